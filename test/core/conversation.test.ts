import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { asksConversation, tellsConversation } from '../../src/core/conversation.js';
import { indexOf, shownParagraphs } from '../helpers.js';

// Invented: a meeting whose agenda one paragraph tells, and another paragraph naming the same
// topic and a "table" for something else the chair did.
const meeting = indexOf([
  'The mayor met the council chair on Tuesday to prepare next year’s budget.',
  'The two said the housing shortage was on the agenda of their meeting, along with bus fares.',
  'The chair also urged landlords to return to the negotiating table over the housing shortage.',
  'The mayor has promised to build 2,000 homes by 2030.',
]);
const rankedParagraphs = (question: string) => shownParagraphs(meeting, question);
const asks = (question: string) => asksConversation(question.split(' '));

describe('a question asking what people talked about', () => {
  it('is read from a verb of talking something over, "on the agenda" or "on the table"', () => {
    expect(asks('what did they discuss')).toBe(true);
    expect(asks('did the mayor and the chair talk about housing')).toBe(true);
    expect(asks('did they even talk abt housing')).toBe(true);
    expect(asks('what did the chair say they spoke about')).toBe(true);
    expect(asks('was housing on the agenda')).toBe(true);
    expect(asks('was housing on the table at the meeting')).toBe(true);
  });

  it('is not read from talking to someone, or from a talk the story only sets the time by', () => {
    expect(asks('did the mayor talk to reporters after the meeting')).toBe(false);
    expect(asks('did the mayor seem confident when talking about housing')).toBe(false);
    expect(asks('what did the mayor say when he talked to the radio about it')).toBe(false);
    expect(asks('what happened after the talks')).toBe(false);
    expect(asks('what did the mayor say about housing')).toBe(false);
  });

  it('is answered by a passage telling what was talked about', () => {
    expect(tellsConversation('The two said the housing shortage was on the agenda of their meeting.')).toBe(true);
    expect(tellsConversation('They discussed ways of building more homes.')).toBe(true);
    expect(tellsConversation('The chair said they spoke about “how we can work together”.')).toBe(true);
    expect(tellsConversation('The talks focused on bus fares.')).toBe(true);
    expect(tellsConversation('He urged landlords to return to the negotiating table.')).toBe(false);
    expect(tellsConversation('He told reporters after talks with the chair.')).toBe(false);
  });

  it('finds the paragraph telling the agenda first, before the one naming the topic and a table', () => {
    // Before, the negotiating table's paragraph came first for both, and was the answer to both
    // (confidence 0.97 and 0.92).
    expect(rankedParagraphs('was the housing shortage on the table at the meeting')).toEqual([2, 3]);
    expect(rankedParagraphs('did the mayor and the chair talk about the housing shortage')).toEqual([2, 3, 1, 4]);
    const onTheTable = answerQuestion(meeting, 'was the housing shortage on the table at the meeting');
    expect(onTheTable.best?.citation.paragraph).toBe(2);
  });
});

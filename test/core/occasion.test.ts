import { describe, expect, it } from 'vitest';
import { occasionWordsAt } from '../../src/core/occasion.js';
import { parseQuestion } from '../../src/core/question.js';
import { indexOf, rankedParagraphs } from '../helpers.js';

const words = (question: string) => question.toLowerCase().split(/\s+/);
const occasionOf = (question: string) => occasionWordsAt(words(question)).map((at) => words(question)[at]);

describe('the occasion a question sets its ask in', () => {
  it('is the occasion noun after "at", "in" or "during" and a determiner, with the words between', () => {
    expect(occasionOf('what did she say at the joint news briefing')).toEqual(['joint', 'news', 'briefing']);
    expect(occasionOf('what did he call it in his interview')).toEqual(['interview']);
    expect(occasionOf('what did she pledge at the end of the conference')).toEqual(['conference']);
    expect(occasionOf('how old was she at the time of the interview')).toEqual(['interview']);
  });

  it('is the occasion noun after "for" too ("where did he sit down with the BBC for this interview")', () => {
    expect(occasionOf('where did he sit down with the bbc for this interview')).toEqual(['interview']);
    expect(occasionOf('what did she wear for the televised debate')).toEqual(['televised', 'debate']);
  });

  it('is the occasion someone held when the ask is set ("when he did the BBC interview")', () => {
    expect(occasionOf('how old was he when he did the bbc interview')).toEqual(['bbc', 'interview']);
    expect(occasionOf('what was she wearing when she gave this briefing')).toEqual(['briefing']);
    expect(occasionOf('who did the interview')).toEqual([]);
  });

  it('is none where the occasion is what is asked about or places an event in time', () => {
    expect(occasionOf('when was the interview')).toEqual([]);
    expect(occasionOf('what happened after the interview')).toEqual([]);
    expect(occasionOf('what did he say about the meeting')).toEqual([]);
  });
});

describe('ranking with the occasion a question sets its ask in', () => {
  const report = indexOf([
    'Mayor Lena Ortiz met the transport minister in Harbour City on Tuesday to discuss the river crossing.',
    'Ortiz spoke to reporters at a news conference after the meeting with the minister.',
    '“The old bridge will be rebuilt within two years,” Ortiz said.',
    'The ferry service will run until the work is done.',
  ]);

  it('ranks first the paragraph with what was said, not the one naming the occasion: the report names it once', () => {
    const question = parseQuestion(report, 'What did Ortiz say about the bridge at the news conference?');
    expect(rankedParagraphs(report, question, 3)).toEqual([3, 2, 1]);
  });

  it('is not read in a question asking who was there: the paragraph naming the occasion tells that', () => {
    const question = parseQuestion(report, 'Who stood beside Ortiz at the news conference?');
    expect(question.occasionTerms).toEqual([]);
    expect(rankedParagraphs(report, question, 1)).toEqual([2]);
  });
});

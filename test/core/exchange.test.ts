import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { asksInExchange, saysInExchange } from '../../src/core/exchange.js';
import { parseQuestion } from '../../src/core/question.js';
import { readQuestionWords } from '../../src/core/question-words.js';
import { indexOf, shownParagraphs } from '../helpers.js';

// Invented: a deal told in one paragraph, what the other side gives for it in the next.
const strike = indexOf([
  'The rail union and the operator met on Monday to end the pay dispute.',
  'The operator agreed to a pay rise of four percent and to hire more drivers.',
  'In return, the union will call off the strike planned for next week.',
  'The union has called three strikes this year over drivers’ pay.',
]);
const rankedParagraphs = (question: string) => shownParagraphs(strike, question);

describe('a question asking what was given in exchange', () => {
  it('is read from "in return" and "in exchange" in the ask, not from either noun alone', () => {
    const asks = (question: string) => asksInExchange(question.split(' '));
    expect(asks('what will the union do in return for the pay rise')).toBe(true);
    expect(asks('what did the union agree to do in exchange')).toBe(true);
    expect(asks('what was the return on the fund')).toBe(false);
    expect(asks('was there an exchange of fire')).toBe(false);
  });

  it('is answered by a passage saying "in return" or "in exchange", anywhere in it', () => {
    expect(saysInExchange('In return, the union will call off the strike.')).toBe(true);
    expect(saysInExchange('The union will call off the strike in exchange for a pay rise.')).toBe(true);
    expect(saysInExchange('The return of the drivers was delayed.')).toBe(false);
  });

  it('reads what it was given for as the story the ask tells, not as the ask', () => {
    const focus = (question: string) =>
      readQuestionWords(question, () => false).map(({ word, focus }) => `${word}:${focus === 1 ? 'ask' : 'story'}`);
    expect(focus('what will the union do in exchange for the pay rise?')).toEqual([
      'what:ask',
      'will:ask',
      'the:ask',
      'union:ask',
      'do:ask',
      'in:ask',
      'exchange:ask',
      'for:ask',
      'the:story',
      'pay:story',
      'rise:story',
    ]);
  });

  it('matches "in return" for "in exchange" and the other way round, but not "exchange" out of the phrase', () => {
    const matches = (question: string, word: string) =>
      parseQuestion(strike, question)
        .terms.find((term) => term.word === word)!
        .variants.some((variant) => strike.termText(variant.termId) === 'return');
    expect(matches('what will the union do in exchange for the pay rise', 'exchange')).toBe(true);
    expect(matches('was there an exchange of fire at the depot', 'exchange')).toBe(false);
  });

  it('finds the paragraph saying what is given in return first, before the one telling the deal', () => {
    // Before, the deal's paragraph came first for both, and was the answer to the first (0.80).
    expect(rankedParagraphs('what will the union do in exchange for the pay rise')).toEqual([3, 2, 4, 1]);
    expect(rankedParagraphs('what does the union have to do in return for the pay rise')).toEqual([3, 2, 4, 1]);
    expect(answerQuestion(strike, 'what will the union do in exchange for the pay rise').best?.citation.paragraph).toBe(
      3,
    );
  });
});

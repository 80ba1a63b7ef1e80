import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/core/question.js';
import { rankPassages } from '../../src/core/ranking.js';
import { indexOf } from '../helpers.js';

const dispute = indexOf([
  'Egypt called for calm on Sunday and said it backed neither side in the dispute.',
  'The border talks resume next month in Geneva, officials said.',
]);
/** The best passage's paragraph, and its most weight of a question word left unmatched. */
const bestMatch = (question: string) => {
  const parsed = parseQuestion(dispute, question);
  const best = rankPassages(dispute, parsed, 2)[0]!;
  return {
    paragraph: best.passageNumber + 1,
    missing: best.asked.missing,
    weightOf: (word: string) => parsed.terms.find((term) => term.word === word)!.weight,
  };
};

describe('matching question words in a passage', () => {
  it('matches one passage word to each question word it is a close form of: "Egypt" to "Egyptians" and to "Cairo"', () => {
    const { paragraph, missing } = bestMatch('Did the Egyptians back a side, and what did Cairo call for?');
    // Each matched at 0.8: before, "Cairo" was left out (missing 1).
    expect({ paragraph, missing: Math.round(missing * 100) / 100 }).toEqual({ paragraph: 1, missing: 0.2 });
  });

  it('lets a loose relation stand in for one question word only: "month" for "week", not for "last" too', () => {
    const { paragraph, missing, weightOf } = bestMatch('did the talks resume last week');
    expect({ paragraph, missing }).toEqual({ paragraph: 2, missing: weightOf('last') });
  });

  it('ranks first, for "which city", the passage that names a city over one that only says "the capital"', () => {
    const summit = indexOf([
      'The two leaders signed the treaty in Lisbon.',
      'The leaders had planned to sign the fisheries treaty in the capital last year.',
    ]);
    const question = parseQuestion(summit, 'which city did the two leaders sign the fisheries treaty in');
    expect([...question.classNames].map((termId) => summit.termText(termId))).toEqual(['lisbon']);
    expect(rankPassages(summit, question, 2).map((ranked) => ranked.passageNumber + 1)).toEqual([1, 2]);
  });
});

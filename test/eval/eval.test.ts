import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate, normalizeForMatch, parseQuestionSet } from '../../src/eval/evaluation.js';
import { shippedIndex } from '../helpers.js';

const index = await shippedIndex();
const questionSet = async (url: URL) => parseQuestionSet(await readFile(url, 'utf8'));

describe('measured accuracy', () => {
  it('answers every public question right and abstains on every unanswerable one', async () => {
    const report = evaluate(index, await questionSet(new URL('../../eval/questions.jsonl', import.meta.url)));
    expect(report.misses).toEqual([]);
    expect(report).toMatchObject({ answerable: 18, top1: 18, recallAt3: 18, unanswerable: 4, abstainedRight: 4 });
  });

  it('holds its level on the development questions written apart from the public set', async () => {
    const report = evaluate(index, await questionSet(new URL('../fixtures/dev-questions.jsonl', import.meta.url)));
    // Two of them are honest abstentions (two typos in three words; a paraphrase with no article word).
    expect(report.misses.map((miss) => miss.q)).toEqual(['Stoltenbreg Sargsyan meeting', 'How long is the new plan?']);
    expect(report.abstainedRight).toBe(report.unanswerable);
  });
});

describe('question sets', () => {
  it('compare expect phrases lower-cased, with straight quotes and single spaces', () => {
    expect(normalizeForMatch('Armenia’s  “Commitment”')).toBe('armenia\'s "commitment"');
  });

  it('name the line of a malformed entry', () => {
    expect(() => parseQuestionSet('{"q": "a", "expect": null}\n{"q": 1}')).toThrow(/^line 2:/);
    expect(() => parseQuestionSet('not json')).toThrow(/^line 1: not valid JSON/);
  });
});

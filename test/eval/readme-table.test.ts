import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/core/engine.js';
import type { SearchIndex } from '../../src/core/search-index.js';
import { parseQuestionSet, report, runQuestions } from '../../src/eval/evaluation.js';
import { EVAL_SETS } from '../../src/eval/sets.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The README's row for a question file: its role and its four figures, as written. */
function readmeRow(readme: string, file: string): string[] | undefined {
  const line = readme.split('\n').find((candidate) => candidate.startsWith(`| \`${file}\``));
  return line
    ?.split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
}

// The README's table of measured figures is what a reader trusts: a set added without its row,
// or an engine change that moves a set's figures without the row, is caught here.
describe("the README's table of measured figures", () => {
  it('has a row for every evaluation set, with the figures npm run eval prints', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const indexes = new Map<string, Promise<SearchIndex>>();
    const written: Record<string, string[] | undefined> = {};
    const measured: Record<string, string[]> = {};
    for (const set of EVAL_SETS) {
      const file = path.relative(root, set.questions);
      if (!indexes.has(set.knowledge)) indexes.set(set.knowledge, loadIndex(set.knowledge));
      const counts = report(
        runQuestions(await indexes.get(set.knowledge)!, parseQuestionSet(await readFile(set.questions, 'utf8'))),
      );
      const { answerable, unanswerable } = counts;
      written[file] = readmeRow(readme, file)?.slice(1);
      measured[file] = [
        `${counts.answeredRight}/${answerable}`,
        `${counts.top1}/${answerable}`,
        `${counts.answeredWrong}/${answerable}`,
        `${unanswerable - counts.abstainedRight}/${unanswerable}`,
      ];
    }
    expect(written).toEqual(measured);
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIndex } from '../core/engine.js';
import { evaluate, parseQuestionSet } from '../eval/evaluation.js';

/** The public question sample, copied into the repository's eval/ folder. */
const DEFAULT_SET = fileURLToPath(new URL('../../eval/questions.jsonl', import.meta.url));

const file = process.argv[2] ?? DEFAULT_SET;
let source: string;
try {
  source = await readFile(file, 'utf8');
} catch {
  process.stderr.write(`eval: cannot read ${file}: pass a questions.jsonl path (npm run eval -- path/to/questions.jsonl)\n`);
  process.exit(1);
}
const report = evaluate(await loadIndex(), parseQuestionSet(source));
const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
process.stdout.write(
  [
    `questions: ${path.relative(process.cwd(), file) || file}`,
    `top-1:              ${report.top1}/${report.answerable} (${percent(report.top1, report.answerable)})`,
    `recall@3:           ${report.recallAt3}/${report.answerable} (${percent(report.recallAt3, report.answerable)})`,
    `abstain accuracy:   ${report.abstainedRight}/${report.unanswerable} (${percent(report.abstainedRight, report.unanswerable)})`,
    ...report.misses.map(({ q, got }) => `  miss: ${JSON.stringify(q)} -> ${got ?? 'no answer'}`),
    '',
  ].join('\n'),
);

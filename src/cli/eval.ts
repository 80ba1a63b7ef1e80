import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_KNOWLEDGE_DIR,
  firstLineOf,
  KnowledgeError,
  loadIndex,
  MIN_CONFIDENCE,
  type SearchIndex,
} from '../core/index.js';
import {
  byKind,
  confidenceBands,
  parseQuestionSet,
  type QuestionOutcome,
  report,
  runQuestions,
  shippedDisagreements,
  tradeOffCurve,
} from '../eval/evaluation.js';
import { describeChanges, parseSavedOutcomes, type SavedOutcome, savedOutcomes } from '../eval/outcome-changes.js';
import { byKnowledgeFolder, parseSealedSet, sealedText } from '../eval/sealed.js';
import { EVAL_SETS, type EvalSet } from '../eval/sets.js';
import { readCommandLine } from './command-line.js';

const USAGE = `usage: npm run eval                                   every labelled set, by kind, with the threshold curve
       npm run eval -- questions.jsonl [--knowledge dir]   one set (about the shipped knowledge unless --knowledge)
       npm run eval -- --sealed set.jsonl.gz               a sealed set's counts, no question shown (eval/README.md)
       add --misses to list every question answered wrong or not answered,
       --save outcomes.jsonl to keep what became of each question,
       --compare outcomes.jsonl to list the questions whose outcome moved since it was saved`;

function parseEvalArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      knowledge: { type: 'string' },
      misses: { type: 'boolean' },
      sealed: { type: 'string' },
      save: { type: 'string' },
      compare: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  const args = readCommandLine('eval', USAGE, () => parseEvalArgs(argv));
  if (typeof args === 'number') return args;
  const { save, compare } = args.values;
  if (args.values.sealed !== undefined) {
    if (save !== undefined || compare !== undefined) {
      process.stderr.write(
        'eval: --save and --compare show questions, and a sealed set stays unshown: leave them out\n',
      );
      return 1;
    }
    return evaluateSealed(args.values.sealed);
  }
  let earlier: SavedOutcome[] | undefined;
  if (compare !== undefined) {
    try {
      earlier = parseSavedOutcomes(await readFile(compare, 'utf8'));
    } catch (error) {
      process.stderr.write(`eval: ${compare}: ${firstLineOf(error)}\n`);
      return 1;
    }
  }
  const sets: EvalSet[] =
    args.positionals.length > 0
      ? args.positionals.map((file) => ({
          name: path.basename(file),
          questions: file,
          knowledge: args.values.knowledge ?? DEFAULT_KNOWLEDGE_DIR,
          role: 'public',
        }))
      : [...EVAL_SETS];

  const indexes = new Map<string, SearchIndex>();
  const saved: SavedOutcome[] = [];
  const byRole = new Map<string, { sets: number; outcomes: QuestionOutcome[] }>();
  for (const set of sets) {
    let source: string;
    try {
      source = await readFile(set.questions, 'utf8');
    } catch {
      process.stderr.write(`eval: cannot read ${set.questions}: pass a questions.jsonl path\n`);
      return 1;
    }
    let questions: ReturnType<typeof parseQuestionSet>;
    try {
      questions = parseQuestionSet(source);
    } catch (error) {
      process.stderr.write(`eval: ${set.questions}: ${firstLineOf(error)}\n`);
      return 1;
    }
    let index = indexes.get(set.knowledge);
    if (!index) {
      try {
        index = await loadIndex(set.knowledge);
      } catch (error) {
        if (!(error instanceof KnowledgeError)) throw error;
        process.stderr.write(`eval: cannot load the knowledge: ${error.message}\n`);
        return 1;
      }
      indexes.set(set.knowledge, index);
    }
    const outcomes = runQuestions(index, questions);
    saved.push(...savedOutcomes(set.name, set.role, outcomes));
    process.stdout.write(`${describeSet(set, outcomes, args.values.misses ?? false)}\n`);
    const role = byRole.get(set.role) ?? { sets: 0, outcomes: [] };
    role.sets++;
    role.outcomes.push(...outcomes);
    byRole.set(set.role, role);
  }
  if (sets.length > 1) process.stdout.write(describeTotals(byRole));
  if (earlier !== undefined) process.stdout.write(describeChanges(compare!, earlier, saved));
  if (save !== undefined && !(await saveOutcomes(save, saved))) return 1;
  return 0;
}

/**
 * Writes the outcomes, a JSON line each, whole or not at all: to a file beside the target first,
 * then renamed over it, so a failed write leaves no half file for a later --compare to misread.
 */
async function saveOutcomes(file: string, outcomes: readonly SavedOutcome[]): Promise<boolean> {
  const staged = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(staged, outcomes.map((outcome) => `${JSON.stringify(outcome)}\n`).join(''));
    await rename(staged, file);
    return true;
  } catch (error) {
    await rm(staged, { force: true });
    process.stderr.write(`eval: cannot save the outcomes to ${file}: ${firstLineOf(error)}\n`);
    return false;
  }
}

/**
 * Measures the engine on a sealed set and prints its counts only, never a question: the set stays
 * unread for the next measure (see sealed.ts). Each question is asked of the knowledge folder of
 * the eval sets that holds its article.
 */
async function evaluateSealed(file: string): Promise<number> {
  const outcomes: QuestionOutcome[] = [];
  try {
    const questions = parseSealedSet(sealedText(file, await readFile(file)));
    const folders = [...new Set(EVAL_SETS.map((set) => set.knowledge))];
    for (const [folder, group] of byKnowledgeFolder(questions, folders))
      outcomes.push(...runQuestions(await loadIndex(folder), group));
  } catch (error) {
    process.stderr.write(`eval: ${file}: ${firstLineOf(error)}\n`);
    return 1;
  }
  const counts = report(outcomes);
  process.stdout.write(
    `== sealed: ${file} (${outcomes.length} questions, not shown)\n` +
      `answered right ${counts.answeredRight}/${counts.answerable}   best passage right ${counts.top1}/${counts.answerable}` +
      `   answered with a wrong passage ${counts.answeredWrong}/${counts.answerable}\n` +
      `off-topic answered ${counts.unanswerable - counts.abstainedRight}/${counts.unanswerable} at confidence >= ${MIN_CONFIDENCE}\n`,
  );
  return 0;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(0).padStart(4)}%`;

/** The two lines that sum up a group of outcomes: answerable questions, then off-topic ones. */
function summaryLines(counts: ReturnType<typeof report>): string[] {
  const offTopicAnswered = counts.unanswerable - counts.abstainedRight;
  return [
    `answered right  ${counts.answeredRight}/${counts.answerable} ${percent(counts.answeredRight, counts.answerable)}` +
      `   best passage right ${counts.top1}/${counts.answerable}   in top 3 ${counts.recallAt3}/${counts.answerable}` +
      `   answered with a wrong passage ${counts.answeredWrong}/${counts.answerable}`,
    `off-topic answered ${offTopicAnswered}/${counts.unanswerable} ${percent(offTopicAnswered, counts.unanswerable)}` +
      `   (abstained right ${counts.abstainedRight}/${counts.unanswerable}) at confidence >= ${MIN_CONFIDENCE}`,
  ];
}

/** The outcomes by kind: how many, the best passage right and answered right, or off-topic answered. */
function kindLines(outcomes: readonly QuestionOutcome[]): string[] {
  const lines = ['kind            questions  best right  answered right  off-topic answered'];
  for (const [kind, group] of byKind(outcomes)) {
    const kindCounts = report(group);
    const answerable = kindCounts.answerable > 0;
    lines.push(
      `${kind.padEnd(16)}${String(group.length).padStart(9)}` +
        (answerable
          ? `${`${kindCounts.top1}`.padStart(12)}${`${kindCounts.answeredRight}`.padStart(16)}`
          : `${'-'.padStart(12)}${'-'.padStart(16)}${`${kindCounts.unanswerable - kindCounts.abstainedRight}`.padStart(20)}`),
    );
  }
  return lines;
}

/** Each band of confidence: how many best passages, their mean confidence, and the share right. */
function bandLines(outcomes: readonly QuestionOutcome[]): string[] {
  const lines = ['confidence  questions  mean confidence  best passage right'];
  for (const band of confidenceBands(outcomes)) {
    lines.push(
      `${band.from.toFixed(1)}-${band.to.toFixed(1)}${String(band.questions).padStart(13)}` +
        `${(band.questions === 0 ? '-' : band.meanConfidence.toFixed(2)).padStart(17)}` +
        `${(band.questions === 0 ? '-' : `${(100 * band.shareRight).toFixed(0)}%`).padStart(20)}`,
    );
  }
  return lines;
}

/**
 * The run's totals: each role's sets together, then the held-out questions by kind. A change to
 * the engine is judged on these (`--compare` lists the questions that moved them).
 */
function describeTotals(byRole: ReadonlyMap<string, { sets: number; outcomes: readonly QuestionOutcome[] }>): string {
  const lines: string[] = [];
  for (const [role, { sets, outcomes }] of byRole) {
    lines.push(`== total, ${role} (${sets} set${sets === 1 ? '' : 's'})`, ...summaryLines(report(outcomes)), '');
  }
  const heldOut = byRole.get('held out');
  if (heldOut) {
    lines.push(`== total, held out, by kind (${heldOut.sets} sets)`, ...kindLines(heldOut.outcomes), '');
    lines.push(`== how honest the confidence is, held out (${heldOut.sets} sets)`, ...bandLines(heldOut.outcomes), '');
  }
  return lines.join('\n');
}

function describeSet(set: EvalSet, outcomes: readonly QuestionOutcome[], listMisses: boolean): string {
  const counts = report(outcomes);
  const offTopicAnswered = counts.unanswerable - counts.abstainedRight;
  const lines = [
    `== ${set.name} (${set.role}): ${path.relative(process.cwd(), set.questions) || set.questions}`,
    ...summaryLines(counts),
    '',
    ...kindLines(outcomes),
  ];
  lines.push('', 'threshold  answered right  off-topic answered');
  for (const point of tradeOffCurve(outcomes, 0.1)) {
    lines.push(
      `${point.threshold.toFixed(2).padStart(9)}  ${percent(point.answeredRight, 1).padStart(14)}  ${percent(point.offTopicAnswered, 1).padStart(18)}`,
    );
  }
  lines.push(
    `   chosen  ${percent(counts.answeredRight, counts.answerable).padStart(14)}  ${percent(offTopicAnswered, counts.unanswerable).padStart(18)}  at ${MIN_CONFIDENCE}`,
  );
  // The counts are honest only if the engine, asked as the bot asks, decides as they say.
  const disagreements = shippedDisagreements(outcomes);
  if (disagreements.length > 0) {
    lines.push(`WARNING: asked at its threshold, the engine decides ${disagreements.length} question(s) otherwise:`);
    for (const { q, counted, shipped } of disagreements) {
      lines.push(`  ${JSON.stringify(q)}: counted ${counted ?? 'no answer'}, answers ${shipped ?? 'no answer'}`);
    }
  }
  if (listMisses) {
    for (const miss of counts.misses) {
      lines.push(
        `  miss [${miss.kind}] ${JSON.stringify(miss.q)} -> ${miss.got ?? 'no answer'} (${miss.confidence.toFixed(2)})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

process.exitCode = await main(process.argv.slice(2));

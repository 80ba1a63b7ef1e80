import { MIN_CONFIDENCE } from '../core/index.js';
import type { QuestionOutcome } from './evaluation.js';

/**
 * What became of one labelled question at a threshold: the five outcomes the eval counts. An
 * engine change is judged by which questions it moves between them (DESIGN.md, section 6), so
 * `npm run eval -- --save` keeps them and `--compare` lists the moves.
 */
export type Verdict = 'right' | 'wrong' | 'abstained' | 'off-topic answered' | 'off-topic abstained';

export function verdictOf(outcome: QuestionOutcome, threshold: number = MIN_CONFIDENCE): Verdict {
  const answered = outcome.top !== null && outcome.confidence >= threshold;
  if (!outcome.answerable) return answered ? 'off-topic answered' : 'off-topic abstained';
  if (!answered) return 'abstained';
  return outcome.topRight ? 'right' : 'wrong';
}

/** One question's outcome as `--save` writes it, a JSON line each. */
export interface SavedOutcome {
  set: string;
  q: string;
  kind: string;
  verdict: Verdict;
  top: string | null;
  confidence: number;
}

export function savedOutcomes(set: string, outcomes: readonly QuestionOutcome[]): SavedOutcome[] {
  return outcomes.map((outcome) => ({
    set,
    q: outcome.q,
    kind: outcome.kind,
    verdict: verdictOf(outcome),
    top: outcome.top,
    confidence: outcome.confidence,
  }));
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>([
  'right',
  'wrong',
  'abstained',
  'off-topic answered',
  'off-topic abstained',
]);

/** Parses a file `--save` wrote; throws with the line number on a line it did not write. */
export function parseSavedOutcomes(source: string): SavedOutcome[] {
  const saved: SavedOutcome[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1}: not valid JSON`);
    }
    const { set, q, kind, verdict, top, confidence } = (value ?? {}) as Partial<Record<keyof SavedOutcome, unknown>>;
    if (
      typeof set !== 'string' ||
      typeof q !== 'string' ||
      typeof kind !== 'string' ||
      typeof verdict !== 'string' ||
      !VERDICTS.has(verdict) ||
      (top !== null && typeof top !== 'string') ||
      typeof confidence !== 'number'
    ) {
      throw new Error(`line ${i + 1}: not an outcome saved by npm run eval -- --save`);
    }
    saved.push({ set, q, kind, verdict: verdict as Verdict, top, confidence });
  });
  return saved;
}

export interface OutcomeChange {
  before: SavedOutcome;
  after: SavedOutcome;
}

/**
 * The questions whose verdict differs between two runs, in the order of `after`. A question is
 * the same one when its set and its text are (the n-th of repeated texts in a set is the n-th);
 * questions only one run has are counted apart, as sets come and go.
 */
export function outcomeChanges(
  before: readonly SavedOutcome[],
  after: readonly SavedOutcome[],
): { changes: OutcomeChange[]; onlyBefore: number; onlyAfter: number } {
  const keyed = new Map<string, SavedOutcome>();
  for (const [key, outcome] of withKeys(before)) keyed.set(key, outcome);
  const changes: OutcomeChange[] = [];
  let onlyAfter = 0;
  for (const [key, outcome] of withKeys(after)) {
    const earlier = keyed.get(key);
    if (earlier === undefined) {
      onlyAfter++;
      continue;
    }
    keyed.delete(key);
    if (earlier.verdict !== outcome.verdict) changes.push({ before: earlier, after: outcome });
  }
  return { changes, onlyBefore: keyed.size, onlyAfter };
}

function withKeys(outcomes: readonly SavedOutcome[]): Array<[string, SavedOutcome]> {
  const seen = new Map<string, number>();
  return outcomes.map((outcome) => {
    const base = JSON.stringify([outcome.set, outcome.q]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [`${base}#${n}`, outcome];
  });
}

/**
 * The moves, counted by kind of move and then listed one a line ("abstained -> right 0.58 -> 0.64
 * [synonym] question"), with what only one run has: what an engine change did, question by question.
 */
export function describeChanges(
  file: string,
  { changes, onlyBefore, onlyAfter }: ReturnType<typeof outcomeChanges>,
): string {
  const counts = new Map<string, number>();
  for (const { before, after } of changes) {
    const move = `${before.verdict} -> ${after.verdict}`;
    counts.set(move, (counts.get(move) ?? 0) + 1);
  }
  const lines = [`== changes since ${file}: ${changes.length} question(s) moved`];
  for (const [move, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`${String(count).padStart(5)}  ${move}`);
  }
  if (onlyBefore + onlyAfter > 0) lines.push(`(${onlyBefore} question(s) only in ${file}, ${onlyAfter} only now)`);
  for (const { before, after } of changes) {
    lines.push(
      `  ${before.verdict} -> ${after.verdict}  ${before.confidence.toFixed(2)} -> ${after.confidence.toFixed(2)}` +
        `  (${after.set}) [${after.kind}] ${JSON.stringify(after.q)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

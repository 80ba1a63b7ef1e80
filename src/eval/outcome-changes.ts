import { MIN_CONFIDENCE } from '../core/index.js';
import { answeredAt, type QuestionOutcome, readJsonLines } from './evaluation.js';

/**
 * What became of one labelled question at a threshold: the five outcomes the eval counts. An
 * engine change is judged by which questions it moves between them (as DESIGN.md's lists of what
 * was measured and left out report), so `npm run eval -- --save` keeps them and `--compare` lists
 * the moves.
 */
export type Verdict = 'right' | 'wrong' | 'abstained' | 'off-topic answered' | 'off-topic abstained';

export function verdictOf(outcome: QuestionOutcome, threshold: number = MIN_CONFIDENCE): Verdict {
  const answered = answeredAt(outcome, threshold);
  if (!outcome.answerable) return answered ? 'off-topic answered' : 'off-topic abstained';
  if (!answered) return 'abstained';
  return outcome.topRight ? 'right' : 'wrong';
}

/** One question's outcome as `--save` writes it, a JSON line each. */
export interface SavedOutcome {
  set: string;
  /** The set's role (see EvalSet): what a change is judged on is the held-out sets' totals. */
  role: string;
  q: string;
  kind: string;
  verdict: Verdict;
  top: string | null;
  confidence: number;
}

export function savedOutcomes(set: string, role: string, outcomes: readonly QuestionOutcome[]): SavedOutcome[] {
  return outcomes.map((outcome) => ({
    set,
    role,
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
  return readJsonLines(source).map(({ value, number }) => {
    const { set, role, q, kind, verdict, top, confidence } = (value ?? {}) as Partial<
      Record<keyof SavedOutcome, unknown>
    >;
    if (
      typeof set !== 'string' ||
      typeof role !== 'string' ||
      typeof q !== 'string' ||
      typeof kind !== 'string' ||
      typeof verdict !== 'string' ||
      !VERDICTS.has(verdict) ||
      (top !== null && typeof top !== 'string') ||
      typeof confidence !== 'number'
    ) {
      throw new Error(`line ${number}: not an outcome saved by npm run eval -- --save`);
    }
    return { set, role, q, kind, verdict: verdict as Verdict, top, confidence };
  });
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
 * What an engine change did: each role's totals before and after, the moves counted by kind of
 * move, what only one run has, then the moves one a line ("abstained -> right  0.58 -> 0.64
 * (set) [synonym] question").
 */
export function describeChanges(file: string, before: readonly SavedOutcome[], after: readonly SavedOutcome[]): string {
  const { changes, onlyBefore, onlyAfter } = outcomeChanges(before, after);
  const counts = new Map<string, number>();
  for (const { before, after } of changes) {
    const move = `${before.verdict} -> ${after.verdict}`;
    counts.set(move, (counts.get(move) ?? 0) + 1);
  }
  const lines = [`== changes since ${file}: ${changes.length} question(s) moved`];
  const earlier = totalsByRole(before);
  for (const [role, now] of totalsByRole(after)) {
    const was = earlier.get(role) ?? NO_TOTALS;
    lines.push(
      `${role}: right ${was.right} -> ${now.right}, wrong ${was.wrong} -> ${now.wrong}, ` +
        `off-topic answered ${was.offTopicAnswered} -> ${now.offTopicAnswered}`,
    );
  }
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

interface Totals {
  right: number;
  wrong: number;
  offTopicAnswered: number;
}
const NO_TOTALS: Totals = { right: 0, wrong: 0, offTopicAnswered: 0 };

function totalsByRole(outcomes: readonly SavedOutcome[]): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const { role, verdict } of outcomes) {
    let sum = totals.get(role);
    if (!sum) totals.set(role, (sum = { ...NO_TOTALS }));
    if (verdict === 'right') sum.right++;
    else if (verdict === 'wrong') sum.wrong++;
    else if (verdict === 'off-topic answered') sum.offTopicAnswered++;
  }
  return totals;
}

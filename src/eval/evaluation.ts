import { answerQuestion, MIN_CONFIDENCE, type SearchIndex } from '../core/index.js';

/** One question of an evaluation set: `expect` phrases, or null when the knowledge cannot answer it. */
export interface EvalQuestion {
  q: string;
  expect: string[] | null;
  /** What the question tests (`synonym`, `typo`, `offtopic`, ...); `unlabelled` when the set does not say. */
  kind: string;
}

/** What the engine did with one question, whatever the answering threshold. */
export interface QuestionOutcome {
  q: string;
  kind: string;
  answerable: boolean;
  /** The best passage holds one of the expected phrases. */
  topRight: boolean;
  /** One of the three best passages does. */
  inTopThree: boolean;
  /** The engine's confidence in its best passage (0 when it found none). */
  confidence: number;
  /** The best passage's id, or null when nothing matched at all. */
  top: string | null;
  /**
   * The passage the engine answers with when asked as the bot and the CLI ask, at its own
   * threshold; null when it abstains. Counted only to check that this threshold applied to the
   * outcome above decides as the engine does (`shippedDisagreements`).
   */
  shipped: string | null;
}

export interface EvalReport {
  answerable: number;
  /** Answerable questions answered with the right passage. */
  answeredRight: number;
  /** Answerable questions answered with a wrong passage: a confident wrong answer, as bad as an off-topic one. */
  answeredWrong: number;
  /** Answerable questions whose best passage is right, answered or not. */
  top1: number;
  recallAt3: number;
  unanswerable: number;
  abstainedRight: number;
  misses: Array<{ q: string; kind: string; got: string | null; confidence: number }>;
}

/** Lower case, straight quotes and apostrophes, single spaces: how expect phrases are compared. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The values of a JSON-lines text, each with its line number (blank lines skipped, but counted);
 * throws with the line number on a line that is not JSON.
 */
export function readJsonLines(source: string): Array<{ value: unknown; number: number }> {
  return source
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      try {
        return { value: JSON.parse(line) as unknown, number };
      } catch {
        throw new Error(`line ${number}: not valid JSON`);
      }
    });
}

/** Parses a JSON-lines question set; throws with the line number on a malformed line. */
export function parseQuestionSet(source: string): EvalQuestion[] {
  return readJsonLines(source).map(({ value, number }) => {
    const { q, expect, kind } = (value ?? {}) as { q?: unknown; expect?: unknown; kind?: unknown };
    const expectOk = expect === null || (Array.isArray(expect) && expect.every((e) => typeof e === 'string'));
    if (typeof q !== 'string' || !expectOk) {
      throw new Error(`line ${number}: needs "q" (text) and "expect" (list of phrases or null)`);
    }
    return {
      q,
      expect: expect === null ? null : (expect as string[]).map(normalizeForMatch),
      kind: typeof kind === 'string' ? kind : 'unlabelled',
    };
  });
}

/** Whether a passage's text holds one of a question's expected phrases (none for an off-topic question). */
export function holdsExpected(expect: readonly string[] | null, text: string): boolean {
  if (expect === null) return false;
  const normalized = normalizeForMatch(text);
  return expect.some((phrase) => normalized.includes(phrase));
}

/**
 * Asks every question with no answering threshold, so any threshold can be scored afterwards,
 * and once more as the bot asks it.
 */
export function runQuestions(index: SearchIndex, questions: readonly EvalQuestion[]): QuestionOutcome[] {
  return questions.map(({ q, expect, kind }) => {
    const result = answerQuestion(index, q, { minConfidence: 0 });
    const shipped = answerQuestion(index, q);
    const ranked = [result.best, ...result.alternatives].filter((found) => found !== null).slice(0, 3);
    return {
      q,
      kind,
      answerable: expect !== null,
      topRight: ranked[0] !== undefined && holdsExpected(expect, ranked[0].text),
      inTopThree: ranked.some((found) => holdsExpected(expect, found.text)),
      confidence: ranked[0]?.score ?? 0,
      top: ranked[0]?.id ?? null,
      shipped: shipped.status === 'answered' || shipped.status === 'overview' ? (shipped.best?.id ?? null) : null,
    };
  });
}

/**
 * The questions the engine, asked at its own threshold, answers otherwise than the counts say:
 * the counts apply the threshold to answers found without one, so a reading that only happens
 * when the engine would abstain (asking the parts of a question apart, say) would go unmeasured.
 */
export function shippedDisagreements(outcomes: readonly QuestionOutcome[], threshold: number = MIN_CONFIDENCE) {
  return outcomes
    .map((outcome) => ({
      q: outcome.q,
      counted: answeredAt(outcome, threshold) ? outcome.top : null,
      shipped: outcome.shipped,
    }))
    .filter(({ counted, shipped }) => counted !== shipped);
}

/** Whether the engine answers with its best passage at `threshold`. */
export function answeredAt(outcome: QuestionOutcome, threshold: number = MIN_CONFIDENCE): boolean {
  return outcome.top !== null && outcome.confidence >= threshold;
}

/** Counts what an answering threshold makes of the outcomes. */
export function report(outcomes: readonly QuestionOutcome[], threshold: number = MIN_CONFIDENCE): EvalReport {
  const result: EvalReport = {
    answerable: 0,
    answeredRight: 0,
    answeredWrong: 0,
    top1: 0,
    recallAt3: 0,
    unanswerable: 0,
    abstainedRight: 0,
    misses: [],
  };
  for (const outcome of outcomes) {
    const answered = answeredAt(outcome, threshold);
    const miss = {
      q: outcome.q,
      kind: outcome.kind,
      got: answered ? outcome.top : null,
      confidence: outcome.confidence,
    };
    if (!outcome.answerable) {
      result.unanswerable++;
      if (answered) result.misses.push(miss);
      else result.abstainedRight++;
      continue;
    }
    result.answerable++;
    if (outcome.topRight) result.top1++;
    if (outcome.inTopThree) result.recallAt3++;
    if (answered && outcome.topRight) result.answeredRight++;
    else result.misses.push(miss);
    if (answered && !outcome.topRight) result.answeredWrong++;
  }
  return result;
}

export interface CurvePoint {
  threshold: number;
  /** Share of answerable questions answered with the right passage. */
  answeredRight: number;
  /** Share of unanswerable questions answered anyway. */
  offTopicAnswered: number;
}

/** Answered-right against off-topic-answered as the threshold moves from 0 to 1. */
export function tradeOffCurve(outcomes: readonly QuestionOutcome[], step = 0.05): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let i = 0; i * step <= 1 + 1e-9; i++) {
    const threshold = Math.round(i * step * 1000) / 1000;
    const counts = report(outcomes, threshold);
    points.push({
      threshold,
      answeredRight: counts.answerable === 0 ? 0 : counts.answeredRight / counts.answerable,
      offTopicAnswered:
        counts.unanswerable === 0 ? 0 : (counts.unanswerable - counts.abstainedRight) / counts.unanswerable,
    });
  }
  return points;
}

export interface ConfidenceBand {
  /** The band's confidences: from (included) to (excluded, but for the last band, which holds 1). */
  from: number;
  to: number;
  /** Questions whose best passage's confidence falls in the band. */
  questions: number;
  /** Their mean confidence: what the engine estimates. */
  meanConfidence: number;
  /** The share of them whose best passage answers: what happened (off-topic ones never do). */
  shareRight: number;
}

/**
 * How honest the confidence is: the questions with a best passage, in bands of confidence, each
 * band's mean confidence beside the share of its best passages that answer. An honest estimate
 * has the two alike in every band.
 */
export function confidenceBands(outcomes: readonly QuestionOutcome[], width = 0.2): ConfidenceBand[] {
  const count = Math.round(1 / width);
  const bands = Array.from({ length: count }, (_, i) => ({ sum: 0, right: 0, questions: 0, from: i * width }));
  for (const outcome of outcomes) {
    if (outcome.top === null) continue;
    // A hair over the quotient, so that 0.6 / 0.2 (2.9999999999999996) is band 3, where 0.6 starts.
    const band = bands[Math.min(count - 1, Math.floor(outcome.confidence / width + 1e-9))]!;
    band.questions++;
    band.sum += outcome.confidence;
    if (outcome.answerable && outcome.topRight) band.right++;
  }
  return bands.map(({ sum, right, questions, from }) => ({
    from: Math.round(from * 1000) / 1000,
    to: Math.round((from + width) * 1000) / 1000,
    questions,
    meanConfidence: questions === 0 ? 0 : sum / questions,
    shareRight: questions === 0 ? 0 : right / questions,
  }));
}

/** The outcomes grouped by kind, in first-seen order. */
export function byKind(outcomes: readonly QuestionOutcome[]): Map<string, QuestionOutcome[]> {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.kind) ?? [];
    group.push(outcome);
    groups.set(outcome.kind, group);
  }
  return groups;
}

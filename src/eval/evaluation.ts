import { answerQuestion, type Answer } from '../core/answer.js';
import type { SearchIndex } from '../core/search-index.js';

/** One question of an evaluation set: `expect` phrases, or null when the knowledge cannot answer it. */
export interface EvalQuestion {
  q: string;
  expect: string[] | null;
}

export interface EvalReport {
  answerable: number;
  top1: number;
  recallAt3: number;
  unanswerable: number;
  abstainedRight: number;
  misses: Array<{ q: string; got: string | null }>;
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

/** Parses a JSON-lines question set; throws with the line number on a malformed line. */
export function parseQuestionSet(source: string): EvalQuestion[] {
  return source
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`line ${number}: not valid JSON`);
      }
      const { q, expect } = (value ?? {}) as Partial<EvalQuestion>;
      const expectOk = expect === null || (Array.isArray(expect) && expect.every((e) => typeof e === 'string'));
      if (typeof q !== 'string' || !expectOk) throw new Error(`line ${number}: needs "q" (text) and "expect" (list of phrases or null)`);
      return { q, expect: expect === null ? null : expect.map(normalizeForMatch) };
    });
}

/** Runs every question through the answer function and counts what came back right. */
export function evaluate(index: SearchIndex, questions: readonly EvalQuestion[]): EvalReport {
  const report: EvalReport = { answerable: 0, top1: 0, recallAt3: 0, unanswerable: 0, abstainedRight: 0, misses: [] };
  for (const { q, expect } of questions) {
    const result = answerQuestion(index, q);
    if (expect === null) {
      report.unanswerable++;
      if (result.answer === null) report.abstainedRight++;
      else report.misses.push({ q, got: result.answer.id });
      continue;
    }
    report.answerable++;
    const contains = (text: string) => expect.some((phrase) => normalizeForMatch(text).includes(phrase));
    if (result.answer && contains(result.answer.text)) report.top1++;
    else report.misses.push({ q, got: result.answer?.id ?? null });
    if (topThree(result).some(contains)) report.recallAt3++;
  }
  return report;
}

/** The answer and the alternatives after it, or the suggestions when it abstained. */
function topThree(result: Answer): string[] {
  return [result.answer, ...result.alternatives]
    .filter((found) => found !== null)
    .slice(0, 3)
    .map((found) => found.text);
}

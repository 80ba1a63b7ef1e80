/**
 * Speed and memory of the answer engine: index build, per-query latency and heap, for the
 * shipped article and for 10,000 and 100,000 passages of real English (WordNet glosses).
 * Run with `npm run bench` (node --expose-gc, so heap figures are after a full collection). It times
 * the compiled engine, as the bot and the CLI run it (see compiled-engine.ts).
 */
import { readFileSync } from 'node:fs';
import type { Passage } from '../../src/core/passages.js';
import type { SearchIndex as SearchIndexType } from '../../src/core/search-index.js';
import {
  answerQuestion,
  DEFAULT_KNOWLEDGE_DIR,
  EVAL_SETS,
  forgetWordReadings,
  loadKnowledge,
  loadLexicalResources,
  parseQuestionSet,
  SearchIndex,
  toPassages,
} from './compiled-engine.js';
import { percentile } from './stats.js';
import { asDocuments, benchQueries, wordnetGlosses, wordnetPassageTexts } from './wordnet-corpus.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench: run it with node --expose-gc (npm run bench does)');
  process.exit(1);
}

/** JS heap plus typed-array memory (which lives outside the heap), after a full collection. */
function heapMb(): number {
  gc!();
  gc!();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

/**
 * Per-query latencies in µs, after warm-up questions that let the JIT compile the code.
 * `unseen`: every question as if its words were new (the variant cache emptied first), the
 * cost of a question nobody asked before. `repeated`: the same questions again, cache kept.
 */
function time(index: SearchIndexType, warmUp: readonly string[], queries: readonly string[], rounds: number) {
  for (let r = 0; r < 3; r++) for (const query of warmUp) answerQuestion(index, query);
  const measure = (clearFirst: boolean) =>
    queries.map((query) => {
      if (clearFirst) forgetWordReadings(index);
      const start = process.hrtime.bigint();
      answerQuestion(index, query);
      return Number(process.hrtime.bigint() - start) / 1000;
    });
  const unseen: number[] = [];
  const repeated: number[] = [];
  for (let r = 0; r < rounds; r++) unseen.push(...measure(true));
  for (let r = 0; r < rounds; r++) repeated.push(...measure(false));
  return { unseen, repeated };
}

function report(
  label: string,
  passages: readonly Passage[],
  warmUp: readonly string[],
  queries: readonly string[],
  rounds: number,
): void {
  const before = heapMb();
  const started = process.hrtime.bigint();
  const index = SearchIndex.build(passages);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const indexHeap = heapMb() - before;
  const { unseen, repeated } = time(index, warmUp, queries, rounds);
  const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
  console.log(
    `${label.padEnd(18)} build ${buildMs.toFixed(0).padStart(5)} ms | ` +
      `unseen words: median ${fmt(percentile(unseen, 0.5))}, p95 ${fmt(percentile(unseen, 0.95))} | ` +
      `repeated: median ${fmt(percentile(repeated, 0.5))}, p95 ${fmt(percentile(repeated, 0.95))} | ` +
      `index heap ${indexHeap.toFixed(1)} MB`,
  );
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
{
  // The lexical resources load once per process, on first use: measured apart from any index.
  const before = heapMb();
  const started = process.hrtime.bigint();
  loadLexicalResources();
  const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `lexical resources (WordNet, word frequencies, word neighbours): loaded in ${loadMs.toFixed(0)} ms, heap ${(heapMb() - before).toFixed(1)} MB`,
  );
}

const articlePassages = toPassages(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const publicQuestions = readFileSync(new URL('../../eval/questions.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { q: string }).q);
const devQuestions = readFileSync(new URL('../fixtures/dev-questions.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { q: string }).q);
report(`article (${articlePassages.length})`, articlePassages, devQuestions, publicQuestions, 200);
const BATCHES = 15;
batchOfLabelledQuestions(articlePassages);

/**
 * What `npm run --silent ask -- --json < file` does with a file of questions: each asked once, in
 * order, on a fresh index whose caches fill as the questions come (a word met in an earlier
 * question is cached for a later one). The questions: every labelled question about the shipped
 * article, over 300 of them. A first pass on another index warms the JIT.
 */
function batchOfLabelledQuestions(passages: readonly Passage[]): void {
  const questions = EVAL_SETS.filter((set) => set.knowledge === DEFAULT_KNOWLEDGE_DIR).flatMap((set) =>
    parseQuestionSet(readFileSync(set.questions, 'utf8')).map(({ q }) => q),
  );
  const ask = (index: SearchIndexType) =>
    questions.map((question) => {
      const start = process.hrtime.bigint();
      answerQuestion(index, question);
      return Number(process.hrtime.bigint() - start) / 1000;
    });
  for (let warmUp = 0; warmUp < 3; warmUp++) ask(SearchIndex.build(passages));
  const rounds = Array.from({ length: BATCHES }, () => ask(SearchIndex.build(passages)));
  const medians = rounds.map((latencies) => percentile(latencies, 0.5));
  const p95s = rounds.map((latencies) => percentile(latencies, 0.95));
  // On a shared machine a batch is slowed by whatever else runs; the fastest batch is the
  // engine's own cost, the median what a user of a busy machine sees.
  console.log(
    `article, batch      ${questions.length} labelled questions, each once on a fresh index (as ask --json < file), ${BATCHES} batches: ` +
      `median per question ${percentile(medians, 0.5).toFixed(1)} µs (fastest batch ${Math.min(...medians).toFixed(1)} µs), ` +
      `p95 ${percentile(p95s, 0.5).toFixed(1)} µs`,
  );
}

const glosses = wordnetGlosses();
for (const count of [10_000, 100_000]) {
  const texts = wordnetPassageTexts(glosses, count);
  const beforePassages = heapMb();
  const prepStart = process.hrtime.bigint();
  const passages = toPassages(asDocuments(texts));
  const prepMs = Number(process.hrtime.bigint() - prepStart) / 1e6;
  const passageHeap = heapMb() - beforePassages;
  const averageChars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  console.log(
    `${count.toLocaleString('en')} passages: ${averageChars.toFixed(0)} characters on average; ` +
      `cutting into passages with sentence spans ${prepMs.toFixed(0)} ms, ${passageHeap.toFixed(1)} MB`,
  );
  report(`${count.toLocaleString('en')} passages`, passages, benchQueries(texts, 50, 0.25), benchQueries(texts), 5);
  if (count === 100_000) await reloadWhileAnswering(passages, benchQueries(texts));
}

/**
 * A knowledge reload as the bot does it: the new index is built in slices in the background
 * while questions keep coming to the old one; each question's latency includes any wait for
 * the event loop, which is what a user would feel.
 */
async function reloadWhileAnswering(passages: readonly Passage[], queries: readonly string[]): Promise<void> {
  const current = SearchIndex.build(passages);
  let done = false;
  const latencies: number[] = [];
  const asking = (async () => {
    for (let i = 0; !done; i++) {
      const asked = process.hrtime.bigint();
      await new Promise((resolve) => setImmediate(resolve));
      answerQuestion(current, queries[i % queries.length]!);
      latencies.push(Number(process.hrtime.bigint() - asked) / 1e6);
    }
  })();
  const started = process.hrtime.bigint();
  const rebuilt = await SearchIndex.buildInBackground(passages);
  const rebuildMs = Number(process.hrtime.bigint() - started) / 1e6;
  done = true;
  await asking;
  let answering = current;
  const swapStarted = process.hrtime.bigint();
  answering = rebuilt;
  const swapUs = Number(process.hrtime.bigint() - swapStarted) / 1000;
  console.log(
    `reload of ${answering.passages.length.toLocaleString('en')} passages: rebuilt aside in ${rebuildMs.toFixed(0)} ms, swapped in ${swapUs.toFixed(1)} µs; ` +
      `${latencies.length} questions answered meanwhile: median ${percentile(latencies, 0.5).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms, max ${percentile(latencies, 1).toFixed(2)} ms`,
  );
}

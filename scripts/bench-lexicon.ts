/**
 * Measures the lexical tables as the bot pays for them at start (loadLexicalResources): the data
 * files' sizes, the time of the first lexicon() and neighbours() calls (read + parse + index) and
 * the heap each keeps once loaded.
 * Run: npm run bench:lexicon   (node --expose-gc, so that the heap figures are after collection)
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { lexicon, load } from '../src/core/lexicon.js';
import { neighbours } from '../src/core/word-neighbours.js';

const DATA = new URL('../src/core/lexicon/lexicon-data.json', import.meta.url);
const NEIGHBOURS = new URL('../src/core/lexicon/neighbours.json', import.meta.url);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:lexicon)');

function heapMb(): number {
  gc!();
  gc!();
  const { heapUsed, external } = process.memoryUsage();
  return (heapUsed + external) / 1024 / 1024; // external: typed arrays' memory
}

const before = heapMb();
const t0 = performance.now();
const lx = lexicon();
const firstMs = performance.now() - t0;
lx.related('endorse'); // the first lookups too
const after = heapMb();
const t2 = performance.now();
neighbours('the');
const neighboursMs = performance.now() - t2;
neighbours('boss');
const afterNeighbours = heapMb();

// Further loads of the same text, for a steadier figure than the first (cold) one.
const text = readFileSync(DATA, 'utf8');
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const t = performance.now();
  load(text);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);

const t1 = performance.now();
let n = 0;
for (const word of ['endorsed', 'talk', 'chief', 'rose', 'armistice', 'zorblax']) {
  for (let i = 0; i < 1000; i++) n += lx.related(word).length + lx.zipf(word) + lx.baseForms(word).length;
}
const lookupUs = ((performance.now() - t1) / 6000) * 1000;

const bytes = statSync(DATA).size;
console.log(
  `file: ${(bytes / 1024 / 1024).toFixed(2)} MB (${(gzipSync(text).length / 1024 / 1024).toFixed(2)} MB gzipped)`,
);
console.log(
  `first lexicon() (read + parse + index): ${firstMs.toFixed(1)} ms; load(text) median of 7: ${times[3]!.toFixed(1)} ms`,
);
console.log(`heap kept once loaded (heapUsed + external): ${(after - before).toFixed(1)} MB`);
console.log(`one lookup (related + zipf + baseForms): ${lookupUs.toFixed(1)} µs`);
if (n === 0) throw new Error('no lookups found anything');
console.log(
  `neighbours: file ${(statSync(NEIGHBOURS).size / 1024 / 1024).toFixed(2)} MB; first neighbours() (read + parse + index): ${neighboursMs.toFixed(1)} ms; heap kept: ${(afterNeighbours - after).toFixed(1)} MB`,
);
console.log(
  `both, as loadLexicalResources() pays at start: ${(firstMs + neighboursMs).toFixed(1)} ms, ${(afterNeighbours - before).toFixed(1)} MB of heap`,
);

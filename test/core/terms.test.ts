import { describe, expect, it } from 'vitest';
import { indexTerm } from '../../src/core/terms.js';

describe('the term a word is indexed and searched under', () => {
  it.each([
    ['closer', 'close'],
    ['closest', 'close'],
    ['tighter', 'tight'],
    ['wider', 'wide'],
    ['safer', 'safe'],
    ['easier', 'easy'],
    ['hotter', 'hot'],
    ['bigger', 'big'],
  ])('takes the regular comparative or superlative %j as its adjective %j', (compared, adjective) => {
    expect(indexTerm(compared)).toBe(indexTerm(adjective));
  });

  it.each([
    ['number', 'numb'],
    ['forest', 'fore'],
    ['tower', 'tow'],
  ])('keeps %j, more common than %j, a word of its own', (word, shorter) => {
    expect(indexTerm(word)).not.toBe(indexTerm(shorter));
  });
});

import { describe, expect, it } from 'vitest';
import { memoised, memoisedPerOwner } from '../../src/core/memo.js';

describe('a memo', () => {
  it('computes a key once, and starts over past its limit', () => {
    const computed: string[] = [];
    const upper = memoised((word) => {
      computed.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('c'), upper('a')]).toEqual(['A', 'A', 'B', 'C', 'A']);
    // "c" came past the limit of two: the memo started over, so "a" was computed again.
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it("keeps each owner's keys apart, each owner with a limit of its own", () => {
    const remembered = memoisedPerOwner<object, number>(2);
    const first = {};
    const second = {};
    let calls = 0;
    const count = () => ++calls;
    expect([remembered(first, 'k', count), remembered(first, 'k', count), remembered(second, 'k', count)]).toEqual([
      1, 1, 2,
    ]);
    remembered(first, 'l', count);
    remembered(first, 'm', count);
    // The first owner's memo started over at its third key; the second owner's did not.
    expect([remembered(first, 'k', count), remembered(second, 'k', count)]).toEqual([5, 2]);
  });
});

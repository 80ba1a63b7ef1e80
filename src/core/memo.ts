/** A function that remembers what it returned for each key, and can be made to forget it all. */
export type Memoised<T> = ((key: string) => T) & {
  /** Forgets every key; benchmarks use it to measure what is computed the first time. */
  forget(): void;
};

/**
 * `compute`, remembering what it returned for each key (a word, a passage's text, a date). Past
 * `limit` keys the memo starts over, so its memory stays bounded however long the process runs.
 * An undefined result is not remembered (one lookup tells a miss): return null for "none".
 */
export function memoised<T>(compute: (key: string) => T, limit: number): Memoised<T> {
  const memo = new Map<string, T>();
  const remembered = (key: string) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
  return Object.assign(remembered, { forget: () => memo.clear() });
}

/**
 * A bounded memo of each owner's own (a search index's), made on its first use and gone with it:
 * `remembered(owner, key, compute)` is what `compute` returned for that owner and key. Past `limit`
 * keys an owner's memo starts over, as `memoised` does.
 */
export function memoisedPerOwner<Owner extends object, T>(
  limit: number,
): (owner: Owner, key: string, compute: () => T) => T {
  const memos = new WeakMap<Owner, Map<string, T>>();
  return (owner, key, compute) => {
    let memo = memos.get(owner);
    if (memo === undefined) memos.set(owner, (memo = new Map()));
    let value = memo.get(key);
    if (value === undefined) {
      value = compute();
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

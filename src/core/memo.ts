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

/**
 * `compute`, remembering what it returned for each key (a word, a passage's text, a date). Past
 * `limit` keys the memo starts over, so its memory stays bounded however long the process runs.
 * An undefined result is not remembered (one lookup tells a miss): return null for "none".
 */
export function memoised<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}

// Texts and questions repeat the same words: a word's folded form, stem, index term and weight
// are worked out once. Past this many words a memo starts again, so memory stays bounded.
const MEMO_LIMIT = 200_000;

/** `compute`, remembering what it returned for each word. */
export function memoisedByWord<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) {
      value = compute(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, value);
    }
    return value;
  };
}

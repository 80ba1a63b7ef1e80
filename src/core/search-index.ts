import type { Passage } from './passages.js';
import { indexTerm } from './terms.js';
import { forEachWord } from './text.js';
import { Vocabulary } from './vocabulary.js';

/**
 * An inverted index over passages: for each term, the passages holding it and how often.
 * A query touches only the postings of its own terms, so its cost follows how common those
 * terms are, not how many passages there are. Each passage's words are also kept in order,
 * as integers, so a shortlist can be read closely without tokenizing any text again.
 */
export class SearchIndex {
  /** Passages in document order; a passage's number is its position here. */
  readonly passages: readonly Passage[];
  /** Every word seen, function words included; the topic words carry their term. */
  readonly vocabulary: Vocabulary;
  /** Topic words per passage (BM25's length). */
  readonly lengths: Uint32Array;
  /** Average of `lengths` (BM25's length normalisation). */
  readonly averageLength: number;
  /** All words of all passages in order (vocabulary ids); passage p spans tokenStart[p]..tokenStart[p+1]. */
  readonly tokens: Uint32Array;
  /** Where each token starts in its passage's text. */
  readonly tokenOffsets: Uint16Array;
  readonly tokenStart: Uint32Array;

  private readonly termIds: Map<string, number>;
  private readonly postingPassages: Uint32Array[];
  private readonly postingCounts: Uint16Array[];
  private readonly passageNumbers = new Map<string, number>();

  private constructor(parts: {
    passages: readonly Passage[];
    termIds: Map<string, number>;
    postingPassages: Uint32Array[];
    postingCounts: Uint16Array[];
    lengths: Uint32Array;
    tokens: Uint32Array;
    tokenOffsets: Uint16Array;
    tokenStart: Uint32Array;
    vocabulary: Vocabulary;
  }) {
    this.passages = parts.passages;
    this.termIds = parts.termIds;
    this.postingPassages = parts.postingPassages;
    this.postingCounts = parts.postingCounts;
    this.lengths = parts.lengths;
    this.tokens = parts.tokens;
    this.tokenOffsets = parts.tokenOffsets;
    this.tokenStart = parts.tokenStart;
    this.vocabulary = parts.vocabulary;
    let total = 0;
    for (const length of parts.lengths) total += length;
    this.averageLength = parts.passages.length > 0 ? Math.max(1, total / parts.passages.length) : 1;
    parts.passages.forEach((passage, p) => this.passageNumbers.set(passage.id, p));
  }

  static build(passages: readonly Passage[]): SearchIndex {
    const termIds = new Map<string, number>();
    const passageLists: number[][] = [];
    const countLists: number[][] = [];
    const wordIds = new Map<string, number>();
    const vocabularyWords: string[] = [];
    // Term id of each word, -1 for function words.
    const termOfWord: number[] = [];
    const lengths = new Uint32Array(passages.length);
    const tokenStart = new Uint32Array(passages.length + 1);
    const tokens = new GrowableArray(Uint32Array);
    const tokenOffsets = new GrowableArray(Uint16Array);
    // Occurrences per term in the current passage, and which terms it has touched.
    let counts = new Uint32Array(1024);
    const touchedTerms: number[] = [];

    for (let p = 0; p < passages.length; p++) {
      let topical = 0;
      forEachWord(passages[p]!.text, (word, start) => {
        let wordId = wordIds.get(word);
        if (wordId === undefined) {
          wordId = vocabularyWords.length;
          wordIds.set(word, wordId);
          vocabularyWords.push(word);
          const term = indexTerm(word);
          let termId = term === null ? -1 : termIds.get(term);
          if (termId === undefined) {
            termId = termIds.size;
            termIds.set(term!, termId);
            passageLists.push([]);
            countLists.push([]);
            if (termId >= counts.length) {
              const bigger = new Uint32Array(counts.length * 2);
              bigger.set(counts);
              counts = bigger;
            }
          }
          termOfWord.push(termId);
        }
        tokens.push(wordId);
        tokenOffsets.push(Math.min(start, 0xffff));
        const termId = termOfWord[wordId]!;
        if (termId < 0) return;
        topical++;
        if (counts[termId]!++ === 0) touchedTerms.push(termId);
      });
      lengths[p] = topical;
      tokenStart[p + 1] = tokens.length;
      for (const termId of touchedTerms) {
        passageLists[termId]!.push(p);
        countLists[termId]!.push(Math.min(counts[termId]!, 0xffff));
        counts[termId] = 0;
      }
      touchedTerms.length = 0;
    }

    return new SearchIndex({
      passages,
      termIds,
      postingPassages: passageLists.map((list) => Uint32Array.from(list)),
      postingCounts: countLists.map((list) => Uint16Array.from(list)),
      lengths,
      tokens: tokens.toArray(),
      tokenOffsets: tokenOffsets.toArray(),
      tokenStart,
      vocabulary: new Vocabulary(vocabularyWords, termOfWord),
    });
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** The position of a passage in `passages` by its id. */
  passageNumber(id: string): number | undefined {
    return this.passageNumbers.get(id);
  }

  /** Passages holding the term, ascending, with the term's count in each. */
  postings(termId: number): { passages: Uint32Array; counts: Uint16Array } {
    return { passages: this.postingPassages[termId]!, counts: this.postingCounts[termId]! };
  }

  /** BM25 inverse document frequency: rare terms say more about a passage than common ones. */
  idf(termId: number): number {
    const n = this.passages.length;
    const df = this.postingPassages[termId]!.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

type TypedArray = Uint32Array | Uint16Array;

/** A typed array that doubles as it fills: millions of tokens without boxed numbers. */
class GrowableArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(private readonly Type: new (length: number) => T) {
    this.data = new Type(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Type(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}

import { GrowableArray } from './growable-array.js';
import { analyzerFor, isEnglish, primaryLanguage } from './languages.js';
import type { Passage } from './passages.js';
import { indexTerm } from './terms.js';
import { forEachWord } from './text.js';
import { Vocabulary } from './vocabulary.js';
import { WordInterner } from './word-interner.js';

/**
 * The words of the documents' titles and publishers that no passage uses, as terms with no
 * postings: a question worded like a headline ("Obama's biggest frustration", where the text says
 * "greatest") then matches them through the passages' document context (document-context.ts).
 */
function addTitleTerms(passages: readonly Passage[], termIds: Map<string, number>): void {
  let document: Passage['document'] | undefined;
  for (const passage of passages) {
    if (passage.document === document) continue;
    document = passage.document;
    if (!isEnglish(document.language)) continue;
    forEachWord(`${document.title} ${document.publisher}`, (word) => {
      const term = indexTerm(word);
      if (term !== null && !termIds.has(term)) termIds.set(term, termIds.size);
    });
  }
}

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
  /** Primary subtags of the languages other than English that the documents are in ("fr", "de"). */
  readonly languages: ReadonlySet<string>;

  private readonly termIds: Map<string, number>;
  private termTexts: string[] | undefined;
  private readonly postingList: Postings;
  private readonly passageNumbers = new Map<string, number>();
  /** Passage → the first passage of its document's run of passages, and one past its last. */
  private readonly documentStart: Uint32Array;
  private readonly documentEnd: Uint32Array;

  private constructor(parts: {
    passages: readonly Passage[];
    termIds: Map<string, number>;
    postings: Postings;
    lengths: Uint32Array;
    tokens: Uint32Array;
    tokenOffsets: Uint16Array;
    tokenStart: Uint32Array;
    vocabulary: Vocabulary;
  }) {
    this.passages = parts.passages;
    this.termIds = parts.termIds;
    this.postingList = parts.postings;
    this.lengths = parts.lengths;
    this.tokens = parts.tokens;
    this.tokenOffsets = parts.tokenOffsets;
    this.tokenStart = parts.tokenStart;
    this.vocabulary = parts.vocabulary;
    this.languages = new Set(
      parts.passages
        .map((passage) => passage.document.language)
        .filter((tag) => !isEnglish(tag))
        .map(primaryLanguage),
    );
    let total = 0;
    for (const length of parts.lengths) total += length;
    this.averageLength = parts.passages.length > 0 ? Math.max(1, total / parts.passages.length) : 1;
    parts.passages.forEach((passage, p) => {
      this.passageNumbers.set(passage.id, p);
    });
    const n = parts.passages.length;
    this.documentStart = new Uint32Array(n);
    this.documentEnd = new Uint32Array(n);
    for (let p = 0, start = 0; p < n; p++) {
      if (p > 0 && parts.passages[p]!.document.id !== parts.passages[p - 1]!.document.id) start = p;
      this.documentStart[p] = start;
    }
    for (let p = n - 1, end = n; p >= 0; p--) {
      if (p < n - 1 && parts.passages[p]!.document.id !== parts.passages[p + 1]!.document.id) end = p + 1;
      this.documentEnd[p] = end;
    }
  }

  static build(passages: readonly Passage[]): SearchIndex {
    const steps = SearchIndex.buildSteps(passages);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same index, built a slice at a time with the event loop free in between: a running bot
   * rebuilding a large knowledge folder keeps answering from its old index meanwhile.
   */
  static async buildInBackground(passages: readonly Passage[]): Promise<SearchIndex> {
    const steps = SearchIndex.buildSteps(passages);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Builds the index, pausing (yielding) after every slice of work. */
  private static *buildSteps(passages: readonly Passage[]): Generator<void, SearchIndex> {
    const termIds = new Map<string, number>();
    const interner = new WordInterner();
    // Term id of each word, -1 for function words.
    const termOfWord: number[] = [];
    const lengths = new Uint32Array(passages.length);
    const tokenStart = new Uint32Array(passages.length + 1);
    const tokens = new GrowableArray(Uint32Array);
    const tokenOffsets = new GrowableArray(Uint16Array);

    for (let p = 0; p < passages.length; p++) {
      if (p > 0 && p % PASSAGES_PER_SLICE === 0) yield;
      const knownWords = interner.words.length;
      // English as ever; a document in another language has its words apart, analysed in it.
      const language = passages[p]!.document.language;
      const analyzer = isEnglish(language) ? undefined : analyzerFor(language);
      if (analyzer) scanInLanguage(interner, passages[p]!.text, analyzer.language, tokens, tokenOffsets);
      else interner.scan(passages[p]!.text, tokens, tokenOffsets);
      for (let wordId = knownWords; wordId < interner.words.length; wordId++) {
        const term = analyzer ? analyzer.term(plainWord(interner.words[wordId]!)) : indexTerm(interner.words[wordId]!);
        let termId = term === null ? -1 : termIds.get(term);
        if (termId === undefined) {
          termId = termIds.size;
          termIds.set(term!, termId);
        }
        termOfWord.push(termId);
      }
      let topical = 0;
      for (let at = tokenStart[p]!; at < tokens.length; at++) if (termOfWord[tokens.data[at]!]! >= 0) topical++;
      lengths[p] = topical;
      tokenStart[p + 1] = tokens.length;
    }

    addTitleTerms(passages, termIds);
    const allTokens = tokens.toArray();
    const postings = yield* invertTokens(allTokens, tokenStart, Int32Array.from(termOfWord), termIds.size);
    yield;
    const vocabulary = yield* Vocabulary.build(interner.words.map(plainWord), termOfWord);
    yield;
    return new SearchIndex({
      passages,
      termIds,
      postings,
      lengths,
      tokens: allTokens,
      tokenOffsets: tokenOffsets.toArray(),
      tokenStart,
      vocabulary,
    });
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  /** The term an id stands for (the list is made on first use: few questions need it). */
  termText(termId: number): string {
    if (!this.termTexts) {
      this.termTexts = new Array<string>(this.termIds.size);
      for (const [term, id] of this.termIds) this.termTexts[id] = term;
    }
    return this.termTexts[termId]!;
  }

  /** How many terms the index holds; term ids run from 0 to one less. */
  get termCount(): number {
    return this.termIds.size;
  }

  /**
   * What a question word is in the index's languages other than English: the ids of its terms
   * there, and whether it is a function word in one of them. Nothing for an English-only index.
   */
  otherLanguageTerms(word: string): { termIds: number[]; functionWord: boolean } {
    const termIds: number[] = [];
    let functionWord = false;
    for (const language of this.languages) {
      const term = analyzerFor(language).term(word);
      const termId = term === null ? undefined : this.termIds.get(term);
      if (term === null) functionWord = true;
      else if (termId !== undefined && !termIds.includes(termId)) termIds.push(termId);
    }
    return { termIds, functionWord };
  }

  /** The position of a passage in `passages` by its id. */
  passageNumber(id: string): number | undefined {
    return this.passageNumbers.get(id);
  }

  /** One past the position of the last passage of the document passage `passage` belongs to. */
  documentEndOf(passage: number): number {
    return this.documentEnd[passage]!;
  }

  /** The position of the first passage (the lead) of the document passage `passage` belongs to. */
  leadOf(passage: number): number {
    return this.documentStart[passage]!;
  }

  /**
   * The term's postings: `passages[i]` for i in `from`..`to` hold it, ascending, `counts[i]`
   * times each. One shared array for all terms, not one small array per term.
   */
  postings(termId: number): { passages: Uint32Array; counts: Uint16Array; from: number; to: number } {
    const { passages, counts, start } = this.postingList;
    return { passages, counts, from: start[termId]!, to: start[termId + 1]! };
  }

  /** Where token `at` ends in its passage's text: its start and the length of its word. */
  tokenEnd(at: number): number {
    return this.tokenOffsets[at]! + this.vocabulary.word(this.tokens[at]!).length;
  }

  /**
   * Whether the document of passage `passage` (its run of passages) holds the term somewhere: a
   * search of the term's postings, which are in passage order, from the first.
   */
  documentHolds(termId: number, passage: number): boolean {
    const { from, to } = this.postings(termId);
    return this.isPostingInDocumentOf(this.postingFromDocumentOf(from, to, passage), to, passage);
  }

  /**
   * Whether posting `at`, found by postingFromDocumentOf for `passage` among postings up to `to`,
   * is in that passage's document (and not past its end).
   */
  isPostingInDocumentOf(at: number, to: number, passage: number): boolean {
    return at < to && this.postingList.passages[at]! < this.documentEnd[passage]!;
  }

  /**
   * The first of the postings from `at` to `to` (a term's, see postings()) that is in the document
   * of `passage` or after it; `to` when none is. Asked for passages in ascending order, each time
   * from where the last answer was, it gallops forward: a walk along another term's postings
   * costs a few steps per passage, where searching from the first posting each time would read
   * all of them again.
   */
  postingFromDocumentOf(at: number, to: number, passage: number): number {
    const { passages } = this.postingList;
    const start = this.documentStart[passage]!;
    if (at >= to || passages[at]! >= start) return at;
    let bound = 1;
    while (at + bound < to && passages[at + bound]! < start) bound *= 2;
    let low = at + (bound >> 1) + 1;
    let high = Math.min(at + bound, to);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (passages[middle]! < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** BM25 inverse document frequency: rare terms say more about a passage than common ones. */
  idf(termId: number): number {
    const n = this.passages.length;
    const df = this.postingList.start[termId + 1]! - this.postingList.start[termId]!;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

/**
 * A word of a document in another language is its own vocabulary word, apart from the same
 * spelling in English or a third language ("de" is a function word in French, not in English):
 * it is interned with its language after a separator no folded word holds.
 */
const LANGUAGE_MARK = '\u0002';

function scanInLanguage(
  interner: WordInterner,
  text: string,
  language: string,
  ids: GrowableArray<Uint32Array>,
  starts: GrowableArray<Uint16Array>,
): void {
  forEachWord(text, (word, start) => {
    ids.push(interner.idOf(`${word}${LANGUAGE_MARK}${language}`));
    starts.push(Math.min(start, 0xffff));
  });
}

/** The word as written, without the language a document in another language marks it with. */
function plainWord(word: string): string {
  const mark = word.indexOf(LANGUAGE_MARK);
  return mark < 0 ? word : word.slice(0, mark);
}

// Work between two pauses of a background build: a few milliseconds.
const PASSAGES_PER_SLICE = 1000;

/** All postings, term after term: term t's are at start[t]..start[t+1]. */
interface Postings {
  start: Uint32Array;
  passages: Uint32Array;
  counts: Uint16Array;
}

/** Turns each passage's words into each term's passages: count first, then fill in place. */
function* invertTokens(
  tokens: Uint32Array,
  tokenStart: Uint32Array,
  termOfWord: Int32Array,
  termCount: number,
): Generator<void, Postings> {
  const passageCount = tokenStart.length - 1;
  const lastPassage = new Int32Array(termCount).fill(-1);
  const start = new Uint32Array(termCount + 1);
  for (let p = 0; p < passageCount; p++) {
    if (p > 0 && p % (4 * PASSAGES_PER_SLICE) === 0) yield;
    for (let at = tokenStart[p]!; at < tokenStart[p + 1]!; at++) {
      const term = termOfWord[tokens[at]!]!;
      if (term >= 0 && lastPassage[term] !== p) {
        lastPassage[term] = p;
        start[term + 1]!++;
      }
    }
  }
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const passages = new Uint32Array(start[termCount]!);
  const counts = new Uint16Array(start[termCount]!);
  const fill = start.slice(0, termCount);
  const occurrences = new Uint32Array(termCount);
  const touched: number[] = [];
  for (let p = 0; p < passageCount; p++) {
    if (p > 0 && p % (4 * PASSAGES_PER_SLICE) === 0) yield;
    for (let at = tokenStart[p]!; at < tokenStart[p + 1]!; at++) {
      const term = termOfWord[tokens[at]!]!;
      if (term >= 0 && occurrences[term]!++ === 0) touched.push(term);
    }
    for (const term of touched) {
      passages[fill[term]!] = p;
      counts[fill[term]!++] = Math.min(occurrences[term]!, 0xffff);
      occurrences[term] = 0;
    }
    touched.length = 0;
  }
  return { start, passages, counts };
}

import Fuse from 'fuse.js';
import { lexicon } from './lexicon.js';
import { baseOf } from './terms.js';
import { isSwap, slipsBetween } from './text.js';
import { commonWordMeant } from './typing-slips.js';

/** A vocabulary word a question word may stand for, and how sure that is (0..1]. */
export interface Variant {
  termId: number;
  similarity: number;
  /**
   * A WordNet relation or a word-vector neighbour, not the word itself, a spelling of it or a
   * longer form: it stands in for the word only in documents that do not use the word itself.
   */
  related?: boolean;
  /**
   * A related word that names what the question word names, another way: the country of a
   * national capital ("Iran" and "Iranian" for "Tehran"). It may name the one who speaks (see
   * holdsSpeaker), and it counts in documents that use the word itself too (see relatedWordCounts).
   */
  namesSame?: boolean;
  /**
   * A related word sure to be of the sense the texts use: WordNet relates it and the word vectors
   * put it near ("discussing" for "talks"), or the vectors put it nearly at the word itself
   * ("troops" for "soldiers"). It counts in documents that use the word itself too (see
   * relatedWordCounts).
   */
  sameSense?: boolean;
}

// Shortest word worth correcting: shorter ones are too close to each other ("won", "now").
const MIN_FUZZY_LENGTH = 4;
// Fuse.js pattern limit is 32; no real word is longer, so longer tokens are taken as they are.
const MAX_FUZZY_LENGTH = 32;
// Candidates fuse.js scores for one word, picked by shared trigrams first.
const MAX_CANDIDATES = 8;
/**
 * A word this common in English (Zipf, SUBTLEX-US: "place" 5.8, "started" 5.3, "city" 5.2) is no
 * slip of another word: only its longer forms are matched ("work" → "workers"), as for a word the
 * knowledge uses. Less common ones still are, where a slip is likelier ("scool", "presdient").
 */
const MIN_COMMON_WORD_ZIPF = 4.5;
/** A longer word this common is a word of its own, unless WordNet relates the two (see isFormOf). */
const MIN_OWN_WORD_ZIPF = 3;
const MIN_TRIGRAM_DICE = 0.3;
// A word that only extends the question word ("armenia" → "armenian", "iran" → "iranian").
const MAX_EXTENSION = 3;
const EXTENSION_SIMILARITY = 0.8;
const EXTENSION_STEP = 0.05;
const SWAP_SIMILARITY = 0.9;
// An ending after a doubling slip: "accuse" + "d", "blame" + "d".
const MAX_SLIP_ENDING = 2;
const CACHE_LIMIT = 20_000;
const WORDS_PER_SLICE = 5000;

/**
 * The words of the index, for finding what a misspelt or variant question word stands for.
 * Trigrams pick a handful of candidates from any size of vocabulary; fuse.js then scores
 * each candidate against the word, which is the job it does best.
 */
export class Vocabulary {
  private readonly termOfWord: Int32Array;
  private readonly idOfWord = new Map<string, number>();
  private readonly trigramWords: Map<string, Uint32Array>;
  private readonly sharedCount: Uint16Array;
  /**
   * Each word's length (at most 255): scoring trigram candidates reads thousands of lengths per
   * misspelt word in a large vocabulary, and a string's length means loading the string.
   */
  private readonly lengths: Uint8Array;
  private readonly cache = new Map<string, Variant[]>();
  private readonly bases: Array<string | undefined> = [];
  private sortedTopicWords: number[] | undefined;

  private constructor(
    private readonly words: readonly string[],
    termOf: readonly number[],
    trigramWords: Map<string, Uint32Array>,
  ) {
    this.termOfWord = Int32Array.from(termOf);
    words.forEach((word, i) => {
      this.idOfWord.set(word, i);
    });
    this.trigramWords = trigramWords;
    this.sharedCount = new Uint16Array(words.length);
    this.lengths = Uint8Array.from(words, (word) => Math.min(word.length, 255));
  }

  /**
   * Indexes the words by trigram, pausing (yielding) every few thousand words so a background
   * rebuild never holds the event loop for long.
   * @param termOf maps each word to the id of the term (stem) it was indexed under, -1 for function words.
   */
  static *build(words: readonly string[], termOf: readonly number[]): Generator<void, Vocabulary> {
    const lists = new Map<string, number[]>();
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && i % WORDS_PER_SLICE === 0) yield;
      const word = words[i]!;
      if (termOf[i]! < 0 || !isFuzzyTarget(word)) continue;
      for (const gram of new Set(trigrams(word))) {
        let list = lists.get(gram);
        if (!list) lists.set(gram, (list = []));
        list.push(i);
      }
    }
    yield;
    const trigramWords = new Map<string, Uint32Array>();
    for (const [gram, list] of lists) trigramWords.set(gram, Uint32Array.from(list));
    yield;
    return new Vocabulary(words, termOf, trigramWords);
  }

  /**
   * Terms of the topic words that start with `prefix` (longer than it), for a word still being
   * typed: "restr" → "restraint". At most `limit`, in alphabetical order of the words.
   */
  completions(prefix: string, limit: number): number[] {
    const terms = new Set<number>();
    for (const i of this.wordsStartingWith(prefix)) {
      if (terms.size >= limit) break;
      if (this.words[i]!.length > prefix.length) terms.add(this.termOfWord[i]!);
    }
    return [...terms];
  }

  /** Ids of the topic words that start with `prefix` (itself included), in alphabetical order. */
  private *wordsStartingWith(prefix: string): Generator<number> {
    const sorted = (this.sortedTopicWords ??= this.words
      .map((_, i) => i)
      .filter((i) => this.termOfWord[i]! >= 0)
      .sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1)));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[sorted[middle]!]! < prefix) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < sorted.length && this.words[sorted[i]!]!.startsWith(prefix); i++) yield sorted[i]!;
  }

  /** Forgets the cached variants; benchmarks use it to measure questions with unseen words. */
  clearCache(): void {
    this.cache.clear();
  }

  /** How many words it holds; word ids run from 0 to one less. */
  get size(): number {
    return this.words.length;
  }

  word(wordId: number): string {
    return this.words[wordId]!;
  }

  wordId(word: string): number | undefined {
    return this.idOfWord.get(word);
  }

  /** The term a word was indexed under; -1 for function words. */
  termOf(wordId: number): number {
    return this.termOfWord[wordId]!;
  }

  /** The word's inflectional base, worked out once per word when first needed. */
  baseOf(wordId: number): string {
    return (this.bases[wordId] ??= baseOf(this.words[wordId]!));
  }

  /**
   * Vocabulary words other than `exactTermId` that `word` may be a misspelling or variant of.
   * Results are cached: the vocabulary never changes for the life of an index.
   */
  variants(word: string, exactTermId: number | undefined): Variant[] {
    const key = `${word}\u0000${exactTermId ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = isFuzzyTarget(word) ? this.findVariants(word, exactTermId) : [];
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private findVariants(word: string, exactTermId: number | undefined): Variant[] {
    // A word the knowledge itself uses is spelt right: look only for longer forms of it.
    const spelledRight = this.idOfWord.has(word);
    // A word English uses as much as "place", "started" or "work" is meant as typed: bitap found
    // "peace", "stated" and "world" in it, other words of the knowledge one letter away.
    // An inflection counts as common as its lemma: "fights" (4.1) is no slip of "flight".
    const words = lexicon();
    const common =
      words.zipf(word) >= MIN_COMMON_WORD_ZIPF ||
      words.lemmas(word).some((lemma) => words.zipf(lemma) >= MIN_COMMON_WORD_ZIPF);
    const mayBeSlip = !spelledRight && !common;
    // Only a slip may be another word: a word spelt right, or as common as that, can only be
    // extended ("armenia": "armenian"), and the words extending it are found by their start.
    const candidates = (mayBeSlip ? this.candidates(word) : this.extensionsOf(word)).filter(
      (i) => this.termOfWord[i] !== exactTermId,
    );
    // Two letters swapped share few trigrams with the word meant ("cheif" and "chief" share none),
    // so the words one swap away are looked up directly.
    if (mayBeSlip) {
      for (const i of this.swapsOf(word)) {
        if (this.termOfWord[i] !== exactTermId && !candidates.includes(i)) candidates.push(i);
      }
    }
    const best = new Map<number, number>();
    const keep = (termId: number, similarity: number) => {
      if (similarity > (best.get(termId) ?? 0)) best.set(termId, similarity);
    };
    // A letter typed once for twice or twice for once ("acuse", "blammed"), the slip typists
    // make most, is one slip; with an ending the knowledge adds ("acuse" for "accused") it is
    // two for bitap, and was no match.
    if (!spelledRight) {
      for (const [i, extension] of this.doublingSlipsOf(word)) {
        if (this.termOfWord[i] === exactTermId) continue;
        keep(
          this.termOfWord[i]!,
          extension === 0 ? SWAP_SIMILARITY : EXTENSION_SIMILARITY - EXTENSION_STEP * (extension - 1),
        );
      }
    }
    const bestFirst = () =>
      [...best].map(([termId, similarity]) => ({ termId, similarity })).sort((a, b) => b.similarity - a.similarity);
    if (candidates.length === 0) return bestFirst();
    const misspelt: string[] = [];
    for (const i of candidates) {
      const candidate = this.words[i]!;
      const extension = extensionLength(word, candidate);
      if (extension > 0 && common && !isFormOf(word, candidate)) continue;
      if (extension > 0) {
        keep(this.termOfWord[i]!, EXTENSION_SIMILARITY - EXTENSION_STEP * (extension - 1));
      } else if (mayBeSlip && candidate[0] === word[0]) {
        // Typos rarely hit the first letter; a different first letter is a different word.
        misspelt.push(candidate);
      }
    }
    for (const candidate of misspelt) {
      // Two letters swapped ("cheif", "recieve") is one slip, which bitap counts as two.
      if (isSwap(word, candidate)) keep(this.termOfWord[this.idOfWord.get(candidate)!]!, SWAP_SIMILARITY);
    }
    if (misspelt.length > 0) {
      // A slip of a common English word ("populaton") is that word mistyped: a word of the
      // knowledge more slips away ("popular") is another word, not another reading of it.
      const maxErrors = word.length <= 5 || commonWordMeant(word) !== undefined ? 1 : word.length <= 7 ? 2 : 3;
      const maxLengthGap = word.length <= 7 ? 1 : 2;
      const fuse = new Fuse(misspelt, {
        includeScore: true,
        ignoreLocation: true,
        isCaseSensitive: true,
        shouldSort: false,
        threshold: maxErrors / word.length + 0.001,
      });
      for (const { item, score = 1 } of fuse.search(word)) {
        // Bitap finds the word inside longer ones; a whole-word match must also be about as long.
        if (Math.abs(item.length - word.length) > maxLengthGap) continue;
        // ... and be that many slips from it as a whole: bitap counts "leads" one letter from
        // "least", whose "leas" it holds.
        if (slipsBetween(word, item, maxErrors) > maxErrors) continue;
        keep(this.termOfWord[this.idOfWord.get(item)!]!, 1 - score);
      }
    }
    return bestFirst();
  }

  /** Words the vocabulary holds that are `word` with two neighbouring letters swapped, the first letter kept. */
  private swapsOf(word: string): number[] {
    const found: number[] = [];
    for (let i = 1; i < word.length - 1; i++) {
      if (word[i] === word[i + 1]) continue;
      const id = this.idOfWord.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
      if (id !== undefined) found.push(id);
    }
    return found;
  }

  /**
   * Words the vocabulary holds that are `word` with a consonant doubled or a doubled one typed
   * once (the first letter kept), in any inflection of that form ("acuse" → "accuse" →
   * "accused", "blammed" → "blamed" → "blame"): each with how many letters it adds. Only for a
   * word English does not have: "rooms" is no slip of "roms", which "roman" would extend.
   */
  private doublingSlipsOf(word: string): Array<readonly [number, number]> {
    if (lexicon().zipf(word) > 0) return [];
    const found: Array<readonly [number, number]> = [];
    const lookUp = (form: string) => {
      const base = baseOf(form);
      // The form's base may be shorter than any form the knowledge has ("blam" for "blame").
      for (const i of this.wordsStartingWith(base)) {
        const candidate = this.words[i]!;
        const extension = candidate.length - form.length;
        if (Math.abs(extension) <= MAX_SLIP_ENDING && baseOf(candidate) === base && found.length < MAX_CANDIDATES)
          found.push([i, Math.max(0, extension)]);
      }
    };
    for (let i = 1; i < word.length; i++) {
      if (!/[^aeiou]/.test(word[i]!)) continue;
      if (word[i] === word[i - 1]) lookUp(word.slice(0, i) + word.slice(i + 1));
      else if (word[i] !== word[i + 1]) lookUp(word.slice(0, i) + word[i] + word.slice(i));
    }
    return found;
  }

  /** Words that extend `word` by a few letters, found by prefix without any trigram counting. */
  private extensionsOf(word: string): number[] {
    const found: number[] = [];
    for (const i of this.wordsStartingWith(word)) {
      if (found.length >= MAX_CANDIDATES) break;
      if (extensionLength(word, this.words[i]!) > 0 && isFuzzyTarget(this.words[i]!)) found.push(i);
    }
    return found;
  }

  /** Words sharing the most trigrams with `word`, best first, at most MAX_CANDIDATES. */
  private candidates(word: string): number[] {
    const grams = [...new Set(trigrams(word))];
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.trigramWords.get(gram);
      if (!list) continue;
      for (const i of list) {
        if (this.sharedCount[i] === 0) touched.push(i);
        this.sharedCount[i]!++;
      }
    }
    // A word that extends this one holds all the trigrams of its start: all but the one that
    // ends it ("rd$", the only one with "$"). One sharing fewer is no extension, and its text
    // need not be read to know it.
    const startGrams = grams.length - 1;
    const best: Array<{ i: number; dice: number }> = [];
    for (const i of touched) {
      const length = this.lengths[i]!;
      const shared = this.sharedCount[i]!;
      const dice = (2 * shared) / (grams.length + length);
      this.sharedCount[i] = 0;
      const mayExtend = length > word.length && length - word.length <= MAX_EXTENSION && shared >= startGrams;
      if (dice >= MIN_TRIGRAM_DICE || (mayExtend && extensionLength(word, this.words[i]!) > 0)) keepBest(best, i, dice);
    }
    return best.map(({ i }) => i);
  }
}

/**
 * Keeps in `best` (in order: the highest dice first, then the lowest id) the MAX_CANDIDATES
 * best candidates offered so far: the order a full sort would give them, without sorting the
 * thousands a common trigram brings.
 */
function keepBest(best: Array<{ i: number; dice: number }>, i: number, dice: number): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]!.dice < dice || (best[at - 1]!.dice === dice && best[at - 1]!.i > i))) at--;
  if (at >= MAX_CANDIDATES) return;
  best.splice(at, 0, { i, dice });
  if (best.length > MAX_CANDIDATES) best.pop();
}

/**
 * Whether a longer word the knowledge uses (`candidate`) is a form of a common English word
 * (`word`: "visit" → "visitor"), not a word of its own that starts with it: "week" → "weekend",
 * "part" → "party", "dead" → "deadly". Extended into another common word, it must be an
 * inflection of it or a relation WordNet gives. (Rarer words and names extend freely: "armenia" →
 * "armenian".)
 */
function isFormOf(word: string, candidate: string): boolean {
  const words = lexicon();
  if (words.zipf(candidate) < MIN_OWN_WORD_ZIPF) return true;
  const base = baseOf(candidate);
  if (base === baseOf(word)) return true;
  return words.related(word).some((related) => related.word === candidate || related.word === base);
}

function isFuzzyTarget(word: string): boolean {
  return word.length >= MIN_FUZZY_LENGTH && word.length <= MAX_FUZZY_LENGTH && !/\p{N}/u.test(word);
}

/** Characters `candidate` adds to the end of `word` (0 when it does not extend it). */
function extensionLength(word: string, candidate: string): number {
  const extra = candidate.length - word.length;
  return extra > 0 && extra <= MAX_EXTENSION && candidate.startsWith(word) ? extra : 0;
}

/** Trigrams of the word padded at both ends, so short words and word edges count. */
function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

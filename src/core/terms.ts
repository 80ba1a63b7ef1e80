import { lexicon } from './lexicon.js';
import { memoised } from './memo.js';
import { inflectionalBase, stem } from './text.js';
import { FRAME_WORDS, REPORTING_WORDS, STOP_WORDS, WEIGHT } from './word-lists.js';

/**
 * All verbs of saying index as this one term, so "who urged X" finds "said ... X": a news
 * article reports speech with whichever verb reads best, and the asker cannot know which.
 * The leading control character keeps it apart from any real word.
 */
export const SAY_TERM = '\u0001say';

// A question's related words are looked up again and again: each word's term and weight once.
const TERM_MEMO_LIMIT = 200_000;

/**
 * The index term a folded word is stored and searched under, or null for words that carry no
 * topic. An irregular form is indexed under its base form ("rose" as "rise", "men" as "man"),
 * so either form finds the other.
 */
export const indexTerm: (word: string) => string | null = memoised(termOf, TERM_MEMO_LIMIT);

function termOf(word: string): string | null {
  if (STOP_WORDS.has(word) || isLoneLetter(word)) return null;
  if (REPORTING_WORDS.has(word)) return SAY_TERM;
  const base = lexicon().baseForms(word)[0] ?? comparedBase(word);
  if (base !== undefined && base !== word) {
    if (REPORTING_WORDS.has(base)) return SAY_TERM;
    if (STOP_WORDS.has(base)) return null;
    return stem(base);
  }
  return stem(word);
}

const COMPARED = /(?:er|est)$/;

/**
 * The adjective a regular comparative or superlative is of ("closer", "tighter", "widest": close,
 * tight, wide), which WordNet's lists of irregular forms leave out and the stemmer keeps apart.
 */
function comparedBase(word: string): string | undefined {
  if (!COMPARED.test(word)) return undefined;
  const [lemma, other] = lexicon().lemmas(word);
  // A word more common than what it would compare is a word of its own: "number" is no "numb"-er,
  // "forest" no "fore"-st.
  if (lemma === undefined || other !== undefined || lexicon().zipf(word) > lexicon().zipf(lemma)) return undefined;
  const ending = word.endsWith('est') ? 'est' : 'er';
  const stemOf = word.slice(0, -ending.length);
  const compares =
    stemOf === lemma ||
    `${stemOf}e` === lemma ||
    (stemOf.endsWith('i') && `${stemOf.slice(0, -1)}y` === lemma) ||
    (stemOf.length > 2 && stemOf.at(-1) === stemOf.at(-2) && stemOf.slice(0, -1) === lemma);
  return compares ? lemma : undefined;
}

// Informativeness from how common a word is in English at large (Zipf scale: about 7 for
// "the", 5 to 6 for "long", "new", "thing", 3 and under for "restraint" and for most names).
const COMMON_ZIPF = 6.5;
const RARE_ZIPF = 3.5;
const MIN_CONTENT_WEIGHT = 0.2;

/**
 * How much a question word weighs: rare words and names fully, common words less (how
 * informative a word is in English decides it, not this article), saying and framing words a
 * little.
 */
export const termWeight: (word: string) => number = memoised(weightOf, TERM_MEMO_LIMIT);

function weightOf(word: string): number {
  if (REPORTING_WORDS.has(word) || FRAME_WORDS.has(word)) return WEIGHT.weak;
  const zipf = lexicon().zipf(word);
  if (zipf <= RARE_ZIPF) return WEIGHT.content;
  const commonness = Math.min(1, (zipf - RARE_ZIPF) / (COMMON_ZIPF - RARE_ZIPF));
  return Math.max(MIN_CONTENT_WEIGHT, WEIGHT.content * (1 - commonness * (1 - MIN_CONTENT_WEIGHT)));
}

/** The inflectional base, through WordNet's irregular forms first ("spoke" → "speak"). */
export function baseOf(word: string): string {
  return inflectionalBase(lexicon().baseForms(word)[0] ?? word);
}

function isLoneLetter(word: string): boolean {
  return word.length === 1 && !/\p{N}/u.test(word);
}

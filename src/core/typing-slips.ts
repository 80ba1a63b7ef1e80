import { lexicon } from './lexicon.js';
import { memoised } from './memo.js';
import { isSwap } from './text.js';

/**
 * Whether `typed` is `intended` with one slip of the fingers: two neighbouring letters swapped, a
 * letter left out or typed extra (the first letter kept), or one letter wrong (a likely one, see
 * isLikelyWrongLetter, the first letter kept).
 */
export function isOneSlipAway(typed: string, intended: string): boolean {
  if (typed.length === intended.length) {
    if (isSwap(typed, intended)) return true;
    let differences = 0;
    for (let i = 0; i < typed.length; i++) if (typed[i] !== intended[i]) differences++;
    return differences === 1 && typed[0] === intended[0] && isLikelyWrongLetter(typed, intended);
  }
  const [shorter, longer] = typed.length < intended.length ? [typed, intended] : [intended, typed];
  if (shorter[0] !== longer[0]) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return shorter.slice(i) === longer.slice(i + 1);
}

// A wrong letter is mostly a key next to the right one, or one vowel for another ("meny").
// Letters far apart on the keyboard are more likely a name or an acronym typed in lower case
// than a slip: "osce" is not "once", "wto" not "who", "nyt" not "not".
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiou');
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function isLikelyWrongLetter(typed: string, intended: string): boolean {
  let i = 0;
  while (typed[i] === intended[i]) i++;
  return isLikelyInPlaceOf(typed[i]!, intended[i]!);
}

function isLikelyInPlaceOf(typed: string, intended: string): boolean {
  return (VOWELS.has(typed) && VOWELS.has(intended)) || areNeighbourKeys(typed, intended);
}

/** Keys side by side in a row, or touching in the next row (each row starts half a key further right). */
function areNeighbourKeys(a: string, b: string): boolean {
  const [p, q] = [keyPlace(a), keyPlace(b)];
  if (p === undefined || q === undefined) return false;
  const across = Math.abs(p.x - q.x);
  return p.row === q.row ? across === 1 : Math.abs(p.row - q.row) === 1 && across === 0.5;
}

function keyPlace(key: string): { row: number; x: number } | undefined {
  const row = KEYBOARD_ROWS.findIndex((letters) => letters.includes(key));
  return row < 0 ? undefined : { row, x: KEYBOARD_ROWS[row]!.indexOf(key) + row / 2 };
}

// A slip is read as the word meant only when that word is this common in English (Zipf, about
// once in 3 million words: "retaliate" is 3.1): among the words one slip from a typo, the
// commonest is the one meant, and a word rarer than this is as likely a name.
const MIN_MEANT_ZIPF = 2.5;
const MIN_MEANT_LENGTH = 3;
// The longest words English uses that often have 16 letters ("responsibilities"), and a slip adds
// one at most: a longer word is read as typed, and its slips, fifty-odd per letter, never made.
const MAX_SLIP_LENGTH = 17;
const MEANT_MEMO_LIMIT = 5_000;

/**
 * The common English word a word nobody writes is a slip of ("suposed": supposed, "lng": long,
 * "thier": their), the commonest where several are one slip away; undefined for a word English
 * or WordNet has, and for one no common word is a slip away from, such as most names
 * ("stoltenbreg") and acronyms ("osce": see isLikelyWrongLetter).
 */
export function commonWordMeant(word: string): string | undefined {
  return wordMeant(word) ?? undefined;
}

// null, not undefined, for no word: the memo keeps only what is not undefined.
const wordMeant: (word: string) => string | null = memoised((word) => {
  const words = lexicon();
  if (word.length < MIN_MEANT_LENGTH || word.length > MAX_SLIP_LENGTH || words.zipf(word) > 0) return null;
  if (words.related(word).length > 0 || words.baseForms(word).length > 0 || words.canBeNoun(word)) return null;
  const inflected = regularInflectionOf(word);
  if (inflected !== undefined && words.zipf(inflected) >= MIN_MEANT_ZIPF) return inflected;
  let meant: string | null = null;
  let meantZipf = MIN_MEANT_ZIPF;
  for (const candidate of oneSlipFrom(word)) {
    const zipf = words.zipf(candidate);
    if (zipf >= meantZipf && candidate.length >= MIN_MEANT_LENGTH && isOneSlipAway(word, candidate)) {
      meant = candidate;
      meantZipf = zipf;
    }
  }
  return meant;
}, MEANT_MEMO_LIMIT);

// A final "y" after a consonant turns to "ie" before "s", "ed", "er" and "est": "countries",
// "worried", "happier". Writers who know the word often forget the rule ("countrys", "worryed"),
// a slip of spelling two keystrokes from the word, which no slip of the fingers reaches.
const Y_KEPT_BEFORE_ENDING = /^(.*[^aeiouy])y(s|ed|er|est)$/;

/** The regular form a word spelt with the "y" kept before its ending is ("countrys": countries). */
function regularInflectionOf(word: string): string | undefined {
  const kept = Y_KEPT_BEFORE_ENDING.exec(word);
  if (kept === null) return undefined;
  const [, stem, ending] = kept;
  return `${stem}i${ending === 's' ? 'es' : ending}`;
}

/** The strings one slip from `typed` may have been meant as (isOneSlipAway decides which are). */
function* oneSlipFrom(typed: string): Generator<string> {
  for (let i = 1; i <= typed.length; i++) {
    const [before, after] = [typed.slice(0, i), typed.slice(i)];
    for (const letter of LETTERS) yield before + letter + after;
    if (i < typed.length) {
      yield before + typed.slice(i + 1);
      for (const letter of LETTERS)
        if (isLikelyInPlaceOf(typed[i]!, letter)) yield before + letter + typed.slice(i + 1);
    }
  }
  for (let i = 0; i < typed.length - 1; i++) yield typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2);
}

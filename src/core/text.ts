import { stemmer } from 'stemmer';
import { memoised } from './memo.js';
import { mapPacked } from './packed.js';

/**
 * A word as written: letters or digits, with any accents and invisible format characters
 * (zero-width spaces and joiners) inside it, and apostrophe parts ("Armenia’s").
 * Control characters and punctuation separate words.
 */
const WORD = /(?:[\p{L}\p{N}][\p{M}\p{Cf}]*)+(?:['\u2019](?:\p{L}[\p{M}\p{Cf}]*)+)*/gu;

export interface Token {
  /** The folded word: see foldWord. */
  word: string;
  /** Where the word starts in the original text. */
  start: number;
}

// Plain ASCII text (most of any English corpus) needs no Unicode classes: lower-case it once
// and split it, which is several times faster than matching word by word.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is the point.
const ASCII_TEXT = /^[\x00-\x7f]*$/;

/** Whether the text is plain ASCII, which the fast word scanners handle without Unicode classes. */
export function isAsciiText(text: string): boolean {
  return ASCII_TEXT.test(text);
}

const ASCII_SEPARATORS = /([^a-z0-9']+)/;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;

/**
 * The word the United States is read as where news writes its name: "US", "U.S.", "U.S.A."
 * would otherwise fold to the pronoun "us" or to lone letters, and no question could find the
 * country, in news the most named of all; "USA", "United States" and "America" are the same
 * country. Read as "america", it also matches "American" (WordNet's pertainym, section 4 of
 * DESIGN.md).
 */
export const UNITED_STATES = 'america';

const CODE_U = 85;
const CODE_S = 83;
const CODE_A = 65;
const CODE_DOT = 46;
const UNITED_STATES_IN_FULL = 'United States';

/**
 * How many characters the United States written as a name takes at `start` of `text` ("US",
 * "U.S.", "U.S", "U.S.A.", "USA", "United States"), where a word starts; 0 for anything else ("USB",
 * "U.N.", "us", "united states").
 */
export function unitedStatesLength(text: string, start: number): number {
  if (text.charCodeAt(start) !== CODE_U) return 0;
  let length = 0;
  const next = text.charCodeAt(start + 1);
  if (next === CODE_S) length = text.charCodeAt(start + 2) === CODE_A ? 3 : 2;
  else if (next === CODE_DOT && text.charCodeAt(start + 2) === CODE_S) {
    // "U.S" with its last dot left out, as in "the U.S's role".
    if (text.charCodeAt(start + 3) !== CODE_DOT) length = 3;
    else length = text.charCodeAt(start + 4) === CODE_A && text.charCodeAt(start + 5) === CODE_DOT ? 6 : 4;
  } else if (text.startsWith(UNITED_STATES_IN_FULL, start)) length = UNITED_STATES_IN_FULL.length;
  return length > 0 && !isWordChar(text, start + length) ? length : 0;
}

function isWordChar(text: string, at: number): boolean {
  return at < text.length && /[\p{L}\p{N}]/u.test(text[at]!);
}

/**
 * Whether a span of a text holds a word that `matches`, given the word and the one before it in
 * the span ("" for the first): a passage telling what came later ("eventually", "ended up"),
 * negating, speaking of a tenure ("took office").
 */
export function spanHasWord(
  text: string,
  [start, end]: readonly [number, number],
  matches: (word: string, before: string) => boolean,
): boolean {
  let found = false;
  let before = '';
  forEachWord(text.slice(start, end), (word) => {
    found ||= matches(word, before);
    before = word;
  });
  return found;
}

/** Calls `visit` with each folded word of the text and where it starts in the text itself. */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  if (!isAsciiText(text)) {
    visitMatches(text, text, WORD, 0, visit);
    return;
  }
  // Odd parts are separators; even parts are words, some with apostrophes to sort out.
  const parts = text.toLowerCase().split(ASCII_SEPARATORS);
  let offset = 0;
  // The end of "U.S." read as one word: its "s" is no word of its own.
  let readTo = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 0 && part.length > 0 && offset < readTo) {
      // A word running on from the name ("States's", "States'x'1y") ends where the pattern
      // says; what follows it is read.
      if (offset + part.length > readTo && part.includes("'"))
        readTo = visitMatches(part, text, ASCII_WORD, offset, visit, readTo);
    } else if (i % 2 === 0 && part.length > 0) {
      const unitedStates = mayNameUnitedStates(part) ? unitedStatesLength(text, offset) : 0;
      if (unitedStates > 0) {
        visit(UNITED_STATES, offset);
        readTo = offset + unitedStates;
      } else if (part.includes("'")) readTo = visitMatches(part, text, ASCII_WORD, offset, visit);
      else visit(part, offset);
    }
    offset += part.length;
  }
}

/** Whether a folded word may start the United States' name (see unitedStatesLength): a quick test first. */
export function mayNameUnitedStates(word: string): boolean {
  return word.charCodeAt(0) === 117 && (word.length <= 3 || word === 'united');
}

/**
 * Visits the pattern's matches in `text`, which stands at `offset` of `source`, as written, but
 * none starting before `readFrom`; returns where in `source` the last name of the United States
 * read ends (`readFrom` if none).
 */
function visitMatches(
  text: string,
  source: string,
  pattern: RegExp,
  offset: number,
  visit: (word: string, start: number) => void,
  readFrom = 0,
): number {
  pattern.lastIndex = 0;
  let readTo = readFrom;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = offset + match.index;
    if (start < readTo) continue;
    const unitedStates = unitedStatesLength(source, start);
    if (unitedStates > 0) {
      visit(UNITED_STATES, start);
      readTo = start + unitedStates;
      continue;
    }
    const word = foldWord(match[0]);
    if (word.length > 0) visit(word, start);
  }
  return readTo;
}

/** The words of a text, folded, with their offsets in the text itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (word, start) => tokens.push({ word, start }));
  return tokens;
}

/**
 * Whether the character at `offset` of the text is a capital letter (one with a lower case): how
 * a word is written as a name, or starts one. The ASCII test first: most words are.
 */
export function isCapitalAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 128) return code >= 65 && code <= 90;
  const character = text[offset]!;
  return character !== character.toLowerCase();
}

/**
 * Whether only spaces or hyphens stand between two offsets of the text: the gap between two words
 * of one name ("NATO Secretary General", the hyphen of "Co-operation").
 */
export function joinsName(text: string, from: number, to: number): boolean {
  return WITHIN_NAME.test(text.slice(from, to));
}
const WITHIN_NAME = /^[\s-]*$/;

/** The folded words of a text, for callers that need no offsets. */
export function words(text: string): string[] {
  return mapPacked(tokenize(text), (token) => token.word);
}

// Texts and questions repeat the same words: each is folded and stemmed once.
const WORD_MEMO_LIMIT = 200_000;

/**
 * The form a word is indexed and matched in: compatibility forms unified (full-width letters,
 * ligatures), accents and invisible characters dropped, lower case, possessive dropped.
 * Memoised: texts repeat the same words, and this is most of the cost of tokenizing.
 */
export const foldWord: (raw: string) => string = memoised(
  (raw) =>
    raw
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]+/gu, '')
      .toLowerCase()
      .replace(/['\u2019]s?$/, '')
      .replace(/['\u2019]/g, ''),
  WORD_MEMO_LIMIT,
);

/** Porter stem of a folded word, memoised like foldWord. Numbers are kept as they are. */
export const stem: (word: string) => string = memoised(
  (word) => (/^\p{N}+$/u.test(word) ? word : stemmer(word)),
  WORD_MEMO_LIMIT,
);

/**
 * The word without its inflection (plural, past, -ing; a final e or doubled consonant), so
 * that "troops"/"troop" and "inaugurated"/"inaugurate" read as one word while
 * "cooperation"/"cooperate", which share a stem but not a meaning, do not.
 */
export function inflectionalBase(word: string): string {
  let base = word;
  if (base.length > 4 && base.endsWith('ies')) base = `${base.slice(0, -3)}y`;
  else if (base.length > 5 && base.endsWith('ing')) base = base.slice(0, -3);
  else if (base.length > 4 && base.endsWith('ed')) base = base.slice(0, -2);
  else if (base.length > 4 && base.endsWith('es')) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) base = base.slice(0, -1);
  if (base.length > 3 && base.endsWith('e')) base = base.slice(0, -1);
  if (/([^aeiouls])\1$/.test(base)) base = base.slice(0, -1);
  return base;
}

/** Whether `candidate` is `word` with two neighbouring letters swapped ("cheif", "hte"). */
export function isSwap(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  let i = 0;
  while (i < word.length && word[i] === candidate[i]) i++;
  return (
    i < word.length - 1 &&
    word[i] === candidate[i + 1] &&
    word[i + 1] === candidate[i] &&
    word.slice(i + 2) === candidate.slice(i + 2)
  );
}

/**
 * How many slips of the fingers make `typed` of `intended`: letters left out, typed extra or
 * wrong, and two neighbouring letters swapped, each one (the optimal string alignment
 * distance). Past `limit` it stops counting and says `limit + 1`.
 */
export function slipsBetween(typed: string, intended: string, limit: number): number {
  if (Math.abs(typed.length - intended.length) > limit) return limit + 1;
  let beforeLast: number[] = [];
  let last = Array.from({ length: intended.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i++) {
    const row = [i];
    let fewest = i;
    for (let j = 1; j <= intended.length; j++) {
      const wrong = typed[i - 1] === intended[j - 1] ? 0 : 1;
      let slips = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + wrong);
      const swapped = i > 1 && j > 1 && typed[i - 1] === intended[j - 2] && typed[i - 2] === intended[j - 1];
      if (swapped) slips = Math.min(slips, beforeLast[j - 2]! + 1);
      row.push(slips);
      fewest = Math.min(fewest, slips);
    }
    if (fewest > limit) return limit + 1;
    beforeLast = last;
    last = row;
  }
  return Math.min(last[intended.length]!, limit + 1);
}

import { stem } from './text.js';
import { FRAME_WORDS, REPORTING_WORDS, STOP_WORDS, WEIGHT } from './word-lists.js';

/**
 * All verbs of saying index as this one term, so "who urged X" finds "said ... X": a news
 * article reports speech with whichever verb reads best, and the asker cannot know which.
 * The leading control character keeps it apart from any real word.
 */
export const SAY_TERM = '\u0001say';

/** The index term a folded word is stored and searched under, or null for words that carry no topic. */
export function indexTerm(word: string): string | null {
  if (STOP_WORDS.has(word) || isLoneLetter(word)) return null;
  if (REPORTING_WORDS.has(word)) return SAY_TERM;
  return stem(word);
}

/** How much a question word weighs: topic words fully, saying and framing words a little. */
export function termWeight(word: string): number {
  return REPORTING_WORDS.has(word) || FRAME_WORDS.has(word) ? WEIGHT.weak : WEIGHT.content;
}

function isLoneLetter(word: string): boolean {
  return word.length === 1 && !/\p{N}/u.test(word);
}

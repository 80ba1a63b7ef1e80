import { forEachWord } from './text.js';
import { REPORTING_WORDS, THINKING_WORDS, YES_NO_OPENERS } from './word-lists.js';

/**
 * What became of it, as far as words tell: "did Trump end up keeping the sanctions lifted", "was
 * the plan adopted in the end", "did they eventually catch the gunmen" ask whether something
 * happened after the story the passage tells, which a news report, written on its day, can say
 * only where it tells of later events ("the bill was eventually passed", "later", "since then").
 * A passage holding every word of the question (the plan, its adoption "soon") does not say
 * whether it happened in the end.
 */

const LATER_WORDS: ReadonlySet<string> = new Set(['eventually', 'ultimately', 'later']);
// In a passage: it tells what came after ("later", "since then", "went on to", "finally").
const TELLS_LATER: ReadonlySet<string> = new Set([...LATER_WORDS, 'since', 'finally', 'afterwards', 'subsequently']);

/**
 * Whether a yes-or-no ask asks what became of something: "did it end up ...", "... in the end",
 * "eventually", "were they caught later on".
 */
export function asksAftermath(askingWords: readonly string[]): boolean {
  if (!YES_NO_OPENERS.has(askingWords[0] ?? '')) return false;
  for (let i = 1; i < askingWords.length; i++) {
    const word = askingWords[i]!;
    // "Did he think he'd eventually get it through?" asks what he thought, not what became of it.
    if (REPORTING_WORDS.has(word) || THINKING_WORDS.has(word)) return false;
    if (LATER_WORDS.has(word)) return true;
    if (/^(?:end|ends|ended|ending)$/.test(word) && askingWords[i + 1] === 'up') return true;
    if (word === 'end' && askingWords[i - 1] === 'the' && askingWords[i - 2] === 'in') return true;
  }
  return false;
}

/** Whether a span of a passage's text tells of what came later: "eventually", "ended up", "since then". */
export function tellsAftermath(text: string, [start, end]: readonly [number, number]): boolean {
  let tells = false;
  let before = '';
  forEachWord(text.slice(start, end), (word) => {
    tells ||= TELLS_LATER.has(word) || (word === 'up' && /^(?:end|ends|ended)$/.test(before));
    before = word;
  });
  return tells;
}

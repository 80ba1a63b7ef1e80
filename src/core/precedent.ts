import { spanHasWord } from './text.js';

/**
 * The one before: "what was the previous plan", "how long did the prior agreement last". A news
 * report tells of the new plan ("a fresh partnership plan"), which holds every word of the
 * question but says nothing of the old one; only a passage that speaks of one before can say
 * ("the previous plan ran for two years", "replaced the 2014 agreement", "since the last one").
 * Not "earlier", which asks as often about what the story compares ("compared with earlier
 * fighting": "the most serious since the April 2016 hostilities"), nor "prior to", a "before".
 */

// In a passage: it speaks of one before.
const TELLS_BEFORE: ReadonlySet<string> = new Set([
  'previous',
  'previously',
  'prior',
  'earlier',
  'former',
  'preceding',
  'predecessor',
  'last',
  'old',
  'older',
  'original',
  'first',
  'existing',
  'replaced',
  'replaces',
  'replacing',
  'since',
  'before',
  'ago',
]);

/** Whether an ask asks about the one before: "the previous plan", "its prior agreement". */
export function asksPrevious(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => word === 'previous' || (word === 'prior' && askingWords[i + 1] !== 'to'));
}

/** Whether a span of a passage's text speaks of one before: "previous", "former", "replaced", "since". */
export function tellsPrevious(text: string, span: readonly [number, number]): boolean {
  return spanHasWord(text, span, (word) => TELLS_BEFORE.has(word));
}

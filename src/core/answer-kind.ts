import type { AnswerKind } from './word-lists.js';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|few';

/** Whether a passage holds the kind of thing a question asks for: a date, a place, a number. */
const CUES: Record<AnswerKind, RegExp> = {
  time: new RegExp(
    `\\b(?:${MONTHS}|${WEEKDAYS}|(?:1[5-9]|20)\\d\\d|\\d{4}s|yesterday|today|tomorrow|tonight|soon|ago|since|` +
      `weekend|(?:last|next|this|early|late) (?:year|week|month|decade|century))\\b`,
    'i',
  ),
  // A preposition of place before a capitalised name, or a word that names a place.
  place: /\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?\p{Lu}|\b(?:headquarters|capital|city|town|village|border|region)\b/u,
  quantity: new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'i'),
};

export function hasAnswerCue(kind: AnswerKind, text: string): boolean {
  return CUES[kind].test(text);
}

import type { AnswerKind } from './word-lists.js';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|few';

/** Whether a passage holds the kind of thing a question asks for: a date, a place, a number, someone. */
const CUES: Record<AnswerKind, RegExp> = {
  time: new RegExp(
    `\\b(?:${MONTHS}|${WEEKDAYS}|(?:1[5-9]|20)\\d\\d|\\d{4}s|yesterday|today|tomorrow|tonight|soon|ago|since|` +
      `weekend|(?:last|next|this|early|late) (?:year|week|month|decade|century))\\b`,
    'i',
  ),
  // A preposition of place before a capitalised name, or a word that names a place.
  place:
    /\b(?:in|at|near|from|outside|inside)\s+(?:the\s+)?\p{Lu}|\b(?:headquarters|capital|city|town|village|border|region)\b/u,
  quantity: new RegExp(`\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, 'i'),
  // A capitalised word inside a sentence: a name, a nationality, an institution.
  person: /(?<=[\p{Ll},;:'"\u2019\u201D]\s+)\p{Lu}[\p{L}\p{M}.'-]*/u,
};

const GLOBAL_CUES = Object.fromEntries(
  Object.entries(CUES).map(([kind, cue]) => [
    kind,
    new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`),
  ]),
) as Record<AnswerKind, RegExp>;

/**
 * Whether a passage holds the kind of thing a question asks for, beyond what the question
 * already says: "how many" wants a number the question does not state, "who" someone it does
 * not name. `asked` holds the question's folded words.
 */
export function hasAnswerCue(kind: AnswerKind, text: string, asked: ReadonlySet<string>): boolean {
  return cuesIn(kind, text).some((words) => words.some((word) => !asked.has(word)));
}

// A passage is read for the same kind of answer question after question: its cues are found
// once. Keyed by the passage's own text string, whose hash the engine computes only once.
const cueCache = new Map<string, Partial<Record<AnswerKind, string[][]>>>();
const CUE_CACHE_LIMIT = 10_000;

/** The words of each cue of that kind in the text, folded: ["27", "february"], ["monday"]. */
function cuesIn(kind: AnswerKind, text: string): string[][] {
  let found = cueCache.get(text);
  if (!found) {
    if (cueCache.size >= CUE_CACHE_LIMIT) cueCache.clear();
    cueCache.set(text, (found = {}));
  }
  let cues = found[kind];
  if (cues) return cues;
  cues = [];
  const cue = GLOBAL_CUES[kind];
  cue.lastIndex = 0;
  for (let match = cue.exec(text); match !== null; match = cue.exec(text)) {
    cues.push(match[0].toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  }
  found[kind] = cues;
  return cues;
}

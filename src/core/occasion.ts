import { POSITIONS_IN_TIME, STOP_WORDS } from './word-lists.js';

/**
 * Nouns naming an occasion at which something is said or done. They are about news in general:
 * a report tells what was said at one briefing, interview or visit, and names the occasion once.
 */
const OCCASIONS: ReadonlySet<string> = new Set(
  `briefing briefings conference conferences presser interview interviews meeting meetings talks
  speech speeches address remarks summit summits visit visits session sessions hearing hearings
  debate debates rally ceremony appearance broadcast podcast`
    .split(/\s+/)
    .filter(Boolean),
);
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'during', 'for']);
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'that',
  'this',
  'his',
  'her',
  'their',
  'its',
  'a',
  'an',
  'our',
  'those',
  'these',
]);
// Verbs that hold an occasion: "when he did the interview", "when they held the talks".
const HOLDING_VERBS: ReadonlySet<string> = new Set(['did', 'gave', 'had', 'held', 'doing', 'giving', 'holding']);
/** Words between the determiner and the occasion ("the joint news briefing"). */
const MAX_MODIFIERS = 3;

/**
 * The positions of the words naming the occasion a question sets its ask in: "at the briefing",
 * "in his BBC interview", "during the visit", "for this interview", "when he gave the interview",
 * "at the end of the press conference", "at the time of the interview" (the occasion's noun and
 * the words between it and its determiner). Empty when it names none.
 * "After the interview" places an event in time, which the passage saying so answers: no setting.
 */
export function occasionWordsAt(words: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!OCCASIONS.has(words[i]!)) continue;
    for (let at = i - 1; at >= 0 && at >= i - 1 - MAX_MODIFIERS; at--) {
      const word = words[at]!;
      if (DETERMINERS.has(word)) {
        if (setsTheScene(words, at)) for (let k = at + 1; k <= i; k++) found.push(k);
        break;
      }
      if (STOP_WORDS.has(word)) break;
    }
  }
  return found;
}

/**
 * Whether the determiner at `at` follows "at", "in", "during", "for", "at the end of", "at the time
 * of", or a verb holding the occasion after "when" ("when he did the interview").
 */
function setsTheScene(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  if (SETTING_PREPOSITIONS.has(before)) return true;
  // "when he did the BBC interview", "when she gave this briefing": the time of the occasion.
  if (HOLDING_VERBS.has(before) && (words[at - 2] === 'when' || words[at - 3] === 'when')) return true;
  return before === 'of' && POSITIONS_IN_TIME.has(words[at - 2] ?? '') && words[at - 3] === 'the';
}

// "at the joint news briefing", "during a visit", "in an interview with the BBC": an occasion a
// passage names as where something was said. After "in", only with a determiner: "engaged in
// talks" tells of no occasion.
const OCCASION_NAMED = new RegExp(
  `\\b(?:(?:at|during)\\s+(?:(?:${[...DETERMINERS].join('|')})\\s+)?|in\\s+(?:${[...DETERMINERS].join('|')})\\s+)` +
    `(?:[\\p{L}'\u2019-]+\\s+){0,${MAX_MODIFIERS}}(?:${[...OCCASIONS].join('|')})\\b`,
  'giu',
);

/**
 * Whether `text` names, from `from` to `to`, an occasion at which something was said: what answers
 * "where did he say it" as well as a place's name does ("... Stoltenberg said at the joint news
 * briefing").
 */
export function namesOccasionWithin(text: string, from: number, to: number): boolean {
  OCCASION_NAMED.lastIndex = from;
  const found = OCCASION_NAMED.exec(text);
  return found !== null && found.index < to;
}

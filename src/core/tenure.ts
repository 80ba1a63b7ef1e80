import { forEachWord } from './text.js';
import { type AnswerKind, POSTS } from './word-lists.js';

/**
 * When, or how long, someone held a post: "when did the mayor become president of the council",
 * "what year did he come to power", "how many years did she serve as governor", "how long was he
 * in office". A news report names most people by their post ("Council President Jane Doe said"),
 * and such a passage holds every word of the question and a date that is not of the post: it
 * says who holds it, not since when. Only a passage telling of the taking or holding of a post
 * can say ("since becoming president", "elected in 2009", "18 months left in power", "took
 * office").
 */

/** The kinds of answer that say when or for how long. */
const TIME_KINDS: ReadonlySet<AnswerKind> = new Set(['time', 'pastTime', 'year', 'month', 'day', 'duration']);
const BECOME: ReadonlySet<string> = new Set(['become', 'became', 'becoming', 'becomes']);
// "When was she first appointed secretary general", "what year was he elected president".
const PUT_IN: ReadonlySet<string> = new Set(['appointed', 'elected', 'named', 'sworn', 'chosen', 'made']);
// "How many years did he serve as president": a count of spans of time asks how long.
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'decades']);
const COME: ReadonlySet<string> = new Set(['come', 'came', 'coming', 'comes']);
const TAKE: ReadonlySet<string> = new Set(['take', 'took', 'taking', 'takes', 'taken']);
const SERVE: ReadonlySet<string> = new Set(['serve', 'served', 'serving', 'serves']);
// Between "become" and the post: "become the first female president", "became NATO secretary general".
const MAX_WORDS_BEFORE_POST = 3;
// Who held it before or after someone: asked of any kind ("who will replace her", "when was he
// succeeded"); "succeed in" is managing to, not following someone.
const SUCCESSION: ReadonlySet<string> = new Set([
  'replace',
  'replaced',
  'replaces',
  'replacing',
  'succeed',
  'succeeded',
  'succeeds',
  'successor',
  'successors',
  'predecessor',
  'predecessors',
]);
const BEFORE_OR_AFTER: ReadonlySet<string> = new Set(['before', 'after']);
const PERSON_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'name', 'holder']);

// In a passage: it tells of someone taking, holding or leaving a post.
const TELLS_TENURE: ReadonlySet<string> = new Set([
  ...BECOME,
  'power',
  'office',
  'since',
  'elected',
  'appointed',
  'sworn',
  'inaugurated',
  'term',
  'tenure',
  'ruled',
  'reign',
  'served',
  'serving',
  'succeeded',
  'successor',
  'predecessor',
]);

/**
 * Whether a question asking when or how long (`answerKind`; or how many years) asks it of
 * someone's time in a post: "become", "been" or "appointed" a post ("become president", "been NATO
 * secretary general", "elected mayor"), "come to power", "take office", "serve as", "in office",
 * "in power".
 */
export function asksTenure(askingWords: readonly string[], answerKind: AnswerKind | undefined): boolean {
  if (asksSuccession(askingWords, answerKind)) return true;
  if (answerKind === undefined) return false;
  if (!TIME_KINDS.has(answerKind) && !(answerKind === 'quantity' && askingWords.some((w) => TIME_UNITS.has(w)))) {
    return false;
  }
  for (let i = 0; i < askingWords.length; i++) {
    const word = askingWords[i]!;
    const next = askingWords[i + 1];
    // "How long has she been mayor?" asks it as well as "when did she become mayor".
    if ((BECOME.has(word) || PUT_IN.has(word) || word === 'been') && becomesPost(askingWords, i + 1)) return true;
    if (COME.has(word) && next === 'to' && askingWords[i + 2] === 'power') return true;
    if (TAKE.has(word) && next === 'office') return true;
    if (SERVE.has(word) && next === 'as') return true;
    if (word === 'in' && (next === 'office' || next === 'power')) return true;
  }
  return false;
}

/**
 * Whether a question asks who held a post before or after someone, or what they did before it:
 * "who will replace her", "who was his predecessor", "who was mayor before Okafor", "what job did
 * she have before she became mayor".
 */
function asksSuccession(words: readonly string[], answerKind: AnswerKind | undefined): boolean {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SUCCESSION.has(word) && words[i + 1] !== 'in') return true;
    if (!BEFORE_OR_AFTER.has(word)) continue;
    // "... before she became mayor", "... after he took office".
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      if (BECOME.has(words[k]!) && becomesPost(words, k + 1)) return true;
      if (TAKE.has(words[k]!) && words[k + 1] === 'office') return true;
    }
    // "Who was mayor before Okafor?"
    if (
      answerKind !== undefined &&
      PERSON_KINDS.has(answerKind) &&
      words.slice(Math.max(0, i - 3), i).some((w) => POSTS.has(w))
    )
      return true;
  }
  return false;
}

/** Whether the words from `at` name a post, after at most a few others ("the first", "NATO"). */
function becomesPost(words: readonly string[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + MAX_WORDS_BEFORE_POST + 1); k++) {
    if (POSTS.has(words[k]!)) return true;
  }
  return false;
}

/** Whether a span of a passage's text tells of someone taking or holding a post. */
export function tellsTenure(text: string, [start, end]: readonly [number, number]): boolean {
  let tells = false;
  forEachWord(text.slice(start, end), (word) => {
    tells ||= TELLS_TENURE.has(word);
  });
  return tells;
}

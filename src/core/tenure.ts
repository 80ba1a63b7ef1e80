import { spanHasWord } from './text.js';
import { type AnswerKind, POSTS, STOP_WORDS } from './word-lists.js';

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
const TIME_KINDS: ReadonlySet<AnswerKind> = new Set(['time', 'pastTime', 'year', 'month', 'day', 'clock', 'duration']);
const BECOME: ReadonlySet<string> = new Set(['become', 'became', 'becoming', 'becomes']);
// "When was she first appointed secretary general", "what year was he elected president". Not
// "made" or "chosen", whose object is as often a decision or a site.
const PUT_IN: ReadonlySet<string> = new Set(['appointed', 'elected', 'reelected', 'named', 'nominated', 'sworn']);
// "How many years did he serve as president": a count of spans of time asks how long.
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'decades']);
const COME: ReadonlySet<string> = new Set(['come', 'came', 'coming', 'comes']);
const TAKE: ReadonlySet<string> = new Set(['take', 'took', 'taking', 'takes', 'taken']);
const SERVE: ReadonlySet<string> = new Set(['serve', 'served', 'serving', 'serves']);
// "Was he in power", "how long has she been in office", "time left in office".
const BEFORE_IN_POST: ReadonlySet<string> = new Set([
  'is',
  'was',
  'were',
  'be',
  'been',
  'remain',
  'remained',
  'stay',
  'stayed',
  'still',
  'left',
]);
// Between "become" and the post: "become the first female president", "became NATO secretary general".
const MAX_WORDS_BEFORE_POST = 3;
// A preposition ends the words before a post: "when was the decision made by the president" says
// who made it, and "it's been weeks since the president" what came before.
const ENDS_BEFORE_POST: ReadonlySet<string> = new Set(
  'by with to for from at on in of about after before during since than'.split(' '),
);
// Who held it before or after someone: "who will replace her", "who succeeded him as mayor"; "succeed
// in" is managing to, not following someone.
const SUCCEED: ReadonlySet<string> = new Set([
  'replace',
  'replaced',
  'replaces',
  'replacing',
  'succeed',
  'succeeded',
  'succeeds',
]);
const SUCCESSION_NOUNS: ReadonlySet<string> = new Set(['successor', 'successors', 'predecessor', 'predecessors']);
const BEFORE_OR_AFTER: ReadonlySet<string> = new Set(['before', 'after']);
const PERSON_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'name', 'holder']);
// After "before" or "after", these start a time or an event, not the one who held the post: "who
// was the spokesman before the attack".
const STARTS_NO_HOLDER: ReadonlySet<string> = new Set(
  'the a an this that these those his her its their my your our last next'.split(' '),
);

// In the part of a passage that speaks of what is asked: it tells of someone taking, holding or
// leaving a post.
const TELLS_TENURE: ReadonlySet<string> = new Set([
  ...BECOME,
  ...PUT_IN,
  'since',
  'inaugurated',
  'tenure',
  'ruled',
  'reign',
  'reigned',
  'served',
  'serving',
  'succeeded',
  'successor',
  'predecessor',
  'replaced',
  'replacing',
  'hired',
  'resigned',
  'former',
  'presidency',
  'incumbent',
  'helm',
]);
// Words that tell it only after certain others: "took office", "in power", "his second term",
// "took over as mayor", "took charge"; not "the president's office said", "power cuts".
const TELLS_TENURE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['office', new Set(['took', 'take', 'taking', 'takes', 'in', 'left', 'leave', 'leaving', 'leaves', 'assumed', 'of'])],
  ['power', new Set(['to', 'in', 'into', 'from', 'seized', 'took', 'take', 'taking', 'assumed'])],
  ['term', new Set(['his', 'her', 'their', 'whose', 'first', 'second', 'third', 'final', 'last', 'year'])],
  ['over', new Set(['took', 'take', 'taking', 'takes'])],
  ['charge', new Set(['took', 'take', 'taking', 'takes', 'in'])],
]);

/**
 * Whether a question asking when or how long (`answerKind`; or how many years) asks it of
 * someone's time in a post: "become", "been" or "appointed" a post ("become president", "been NATO
 * secretary general", "elected mayor"), "come to power", "take office", "serve as" a post, "in
 * office", "in power"; or who held it before or after someone (see asksSuccession).
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
    if (TAKE.has(word) && next === 'office' && endsPhrase(askingWords, i + 2)) return true;
    if (SERVE.has(word) && next === 'as' && becomesPost(askingWords, i + 2)) return true;
    if (
      word === 'in' &&
      (next === 'office' || next === 'power') &&
      BEFORE_IN_POST.has(askingWords[i - 1] ?? '') &&
      endsPhrase(askingWords, i + 2)
    )
      return true;
  }
  return false;
}

/**
 * Whether a question asks who held a post before or after someone, or what they did before it:
 * "who will replace her", "who took over from him", "who was his predecessor", "who was mayor
 * before Okafor", "what job did she have before she became mayor".
 */
function asksSuccession(words: readonly string[], answerKind: AnswerKind | undefined): boolean {
  const ofSomeone = answerKind !== undefined && PERSON_KINDS.has(answerKind);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (SUCCESSION_NOUNS.has(word)) return true;
    // Of someone ("who replaced her"), or of a post ("when was he succeeded as mayor"): "what will
    // replace the bridge", "did the mayor's plan succeed" ask neither.
    if (SUCCEED.has(word) && words[i + 1] !== 'in' && (ofSomeone || asPostAfter(words, i + 1))) return true;
    // "Who took over from Stoltenberg", "who will take over as mayor": the one after, in the post.
    if (TAKE.has(word) && words[i + 1] === 'over' && (words[i + 2] === 'from' || asPostAfter(words, i + 2)))
      return true;
    if (!BEFORE_OR_AFTER.has(word)) continue;
    // "... before she became mayor", "... after he took office".
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      if (BECOME.has(words[k]!) && becomesPost(words, k + 1)) return true;
      if (TAKE.has(words[k]!) && words[k + 1] === 'office') return true;
    }
    // "Who was mayor before Okafor?", "who was NATO secretary general before Stoltenberg?"
    const postBefore = POSTS.has(words[i - 1] ?? '') || (words[i - 1] === 'general' && POSTS.has(words[i - 2] ?? ''));
    if (ofSomeone && postBefore && i + 1 < words.length && !STARTS_NO_HOLDER.has(words[i + 1]!)) return true;
  }
  return false;
}

/** Whether "as" and a post follow within a few words of `at`: "succeeded Okafor as council president". */
function asPostAfter(words: readonly string[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + MAX_WORDS_BEFORE_POST + 1); k++) {
    if (words[k] === 'as') return becomesPost(words, k + 1);
  }
  return false;
}

/** Whether the words from `at` name a post, after at most a few others ("the first", "NATO"). */
function becomesPost(words: readonly string[], at: number): boolean {
  for (let k = at; k < Math.min(words.length, at + MAX_WORDS_BEFORE_POST + 1); k++) {
    if (POSTS.has(words[k]!)) return true;
    if (ENDS_BEFORE_POST.has(words[k]!)) return false;
  }
  return false;
}

/** Whether the phrase ends at `at`: no noun goes on it ("take office buildings", "in power cuts"). */
function endsPhrase(words: readonly string[], at: number): boolean {
  return at >= words.length || STOP_WORDS.has(words[at]!);
}

/** Whether a span of a passage's text tells of someone taking, holding or leaving a post. */
export function tellsTenure(text: string, span: readonly [number, number]): boolean {
  return spanHasWord(
    text,
    span,
    (word, before) => TELLS_TENURE.has(word) || TELLS_TENURE_AFTER.get(word)?.has(before) === true,
  );
}

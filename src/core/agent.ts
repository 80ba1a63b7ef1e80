import { lexicon } from './lexicon.js';
import { memoised } from './memo.js';
import { stem } from './text.js';
import { HEAD_WORDS, HEADING_POSTS, STOP_WORDS } from './word-lists.js';

/**
 * "Who killed the five soldiers?" asks who did it. News often reports the deed without the doer
 * ("five soldiers were killed in the no-man's land"), and that paragraph holds every word of the
 * question: it does not say who. A passage says who where it uses the question's verb actively
 * ("Salafists attacked bars"), or in the passive with "by" ("exercises organized by U.S.
 * forces"); where it uses it only in the passive without "by", or as a noun ("the killing of"),
 * it does not.
 */

// Before a passive participle: "were killed", "was later killed", "got arrested".
const BE_FORMS: ReadonlySet<string> = new Set(
  'am is are was were be been being get gets got getting gotten'.split(' '),
);
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The stem of the verb a "who <verb> ..." ask wants the doer of ("who killed them" → kill), if it
 * is one; or of the deed it names after "behind" or "responsible for" ("who was behind the
 * killing" → kill, "who is responsible for the attack" → attack).
 */
export function deedAsked(askingWords: readonly string[], at: number): string | undefined {
  // "who exactly killed them", "who first reported it": past the adverb; "who will lead it": past the modal.
  let next = ADVERB.test(askingWords[at + 1] ?? '') ? at + 2 : at + 1;
  if (MODALS.has(askingWords[next] ?? '')) next++;
  const verb = askingWords[next];
  if (verb === undefined) return undefined;
  if (!STOP_WORDS.has(verb)) return deedOf(verb);
  if (!BE_FORMS.has(verb)) return undefined;
  return headingAsked(askingWords, next + 1) ?? deedBehind(askingWords, next + 1);
}

/**
 * The deed of leading where a "who" ask asks for the head of something by a word for them ("who
 * is the leader of ...", "who's the head of ...", "who is in charge of ..."), which a question
 * asking for a name reads as its deed; undefined otherwise.
 */
export function headingDeedAsked(askingWords: readonly string[], at: number): string | undefined {
  if (askingWords[at] !== 'who') return undefined;
  // "who will be in charge of ...": past the modal.
  const be = MODALS.has(askingWords[at + 1] ?? '') ? at + 2 : at + 1;
  return BE_FORMS.has(askingWords[be] ?? '') ? headingAsked(askingWords, be + 1) : undefined;
}

const MODALS: ReadonlySet<string> = new Set('will would could should might may can shall must'.split(' '));

/** The deed of leading, asked as a post or a charge: `at` is the word after the verb "be". */
function headingAsked(words: readonly string[], at: number): string | undefined {
  if (words[at] === 'in' && words[at + 1] === 'charge' && words[at + 2] === 'of') return LEAD;
  const k = words[at] === 'the' ? at + 1 : at;
  return HEAD_WORDS.has(words[k] ?? '') && words[k + 1] === 'of' ? LEAD : undefined;
}

/**
 * The deed named after "behind", "responsible for" or "to blame for" at `at` ("the 2013 killing
 * of ..." → kill), past an adverb and the words before its noun that are no deed: "the", "2013".
 */
function deedBehind(words: readonly string[], at: number): string | undefined {
  let k = ADVERB.test(words[at] ?? '') ? at + 1 : at;
  const cue = BLAME_CUES.find((phrase) => phrase.every((word, i) => words[k + i] === word));
  if (cue === undefined) return undefined;
  k += cue.length;
  while (k < words.length && (STOP_WORDS.has(words[k]!) || /^\d+$/.test(words[k]!))) k++;
  return k < words.length ? deedOf(words[k]!) : undefined;
}

// What ties a doer to a deed it names as a noun: "who was behind the bombing", "who is
// responsible for the attacks", "who was to blame for the killings".
const BLAME_CUES: ReadonlyArray<readonly string[]> = [['behind'], ['responsible', 'for'], ['to', 'blame', 'for']];

// Verbs that do one deed: whoever heads a body leads it ("a government led by the Ennahda party"
// is as much no answer to "who heads Ennahda" as to "who leads Ennahda").
const SAME_DEEDS: ReadonlyMap<string, string> = new Map([[stem('head'), stem('lead')]]);

const LEAD = stem('lead');

/** A verb's stem by its base form: "stole" and "stolen" are both steal's; "heads" is "leads". */
function deedOf(word: string): string {
  const deed = stem(lexicon().baseForms(word)[0] ?? word);
  return SAME_DEEDS.get(deed) ?? deed;
}

interface TextWord {
  /** In lower case. */
  word: string;
  /** What stands between the word before and this one. */
  gap: string;
  start: number;
  end: number;
  /** The stem of its base form (deedOf). */
  deed: string;
}

/**
 * A passage's words, read once per text: the same passages are asked about again and again, and
 * reading one word by word took as long as the rest of answering. A few hundred passages are kept.
 */
const wordsOf = memoised((text: string): TextWord[] => {
  const words: TextWord[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    words.push({ word, gap: text.slice(last, match.index), start: match.index, end, deed: deedOf(word) });
    last = end;
  }
  return words;
}, 256);

/**
 * Whether a span of a passage says who did the deed (`deed`, a stem): -1 where it uses the verb
 * only without its doer (in the passive without "by", or as a noun: "the killing of") or done by
 * what the question itself names (`asked`, the stems of its words, as ParsedQuestion.askedWords
 * holds them: "led by the Ennahda party" for "who leads Ennahda"), else 0, also where it does not
 * use the verb at all (it may say it in other words).
 */
export function namesDoer(
  text: string,
  [start, end]: readonly [number, number],
  deed: string,
  asked: ReadonlySet<string> = NONE_ASKED,
): number {
  const words = wordsOf(text);
  let from = 0;
  while (from < words.length && words[from]!.start < start) from++;
  let to = from;
  while (to < words.length && words[to]!.end <= end) to++;
  let used = false;
  for (let k = from; k < to; k++) {
    if (words[k]!.deed !== deed) continue;
    used = true;
    if (!withoutDoer(words, k, from, to) && !doneByWhatIsAsked(words, k, to, asked)) return 0;
  }
  return used ? -1 : 0;
}

/**
 * Whether the verb at `k` stands without its doer: a passive or a noun, with no "by" after it.
 * Only the words from `from` to before `to` (the span read) count.
 */
function withoutDoer(words: readonly TextWord[], k: number, from: number, to: number): boolean {
  const before = k > from ? words[k - 1] : undefined;
  const twoBefore = k - 1 > from ? words[k - 2] : undefined;
  const after = k + 1 < to ? words[k + 1] : undefined;
  // "were killed", "were later killed" (not "Bankole, who is 19, scored"); "the killing of".
  // "were celebrating" is no passive.
  if (words[k]!.word.endsWith('ing') && before?.word !== 'the') return false;
  // Only a space between them: no comma, as in "who is 19, scored".
  const nextToBefore = before !== undefined && /^\s+$/.test(words[k]!.gap);
  const passive =
    (nextToBefore && BE_FORMS.has(before.word)) ||
    (nextToBefore && ADVERB.test(before.word) && /^\s+$/.test(before.gap) && BE_FORMS.has(twoBefore?.word ?? '')) ||
    (before?.word === 'the' && after?.word === 'of');
  if (!passive) return false;
  // "was built for the board over two years in a factory outside Munich by Vireo Medical", "was
  // traced on Jan. 5 by health board scientists": anywhere after it in its clause, not in the
  // next ("the killing of two politicians prompted a crisis, and Ennahda stepped down, replaced by
  // a technocratic government").
  for (let j = k + 1; j < to && !endsClause(words, j); j++) if (words[j]!.word === 'by') return false;
  return true;
}

/**
 * Whether a clause ends before word `j`: a comma, a colon, a semicolon, a dash or a sentence's
 * end stands before it. Not the point of an abbreviation ("Jan. 5", "U.S. forces"), which
 * follows a short word.
 */
function endsClause(words: readonly TextWord[], j: number): boolean {
  const { gap } = words[j]!;
  return CLAUSE_MARK.test(gap) || (/\.\s/.test(gap) && words[j - 1]!.word.length > MAX_ABBREVIATION);
}

const CLAUSE_MARK = /[,;:!?\u2013\u2014]/;
const MAX_ABBREVIATION = 4;

// Between "were" and the participle: "later", "reportedly", "also", "not".
const ADVERB = /^(?:\w+ly|later|also|then|not|never|still|already|just|all|both|first|exactly)$/;

const NONE_ASKED: ReadonlySet<string> = new Set();
// How many words after "by" may name the doer: "by the Ennahda party", "by U.S. forces".
const MAX_DOER_WORDS = 4;

/**
 * Whether the verb at `k` has its doer after "by", and the question names that doer itself: "a
 * government led by the Ennahda party" does not say who leads Ennahda. The doer ends at the first
 * mark between words ("by the Ennahda party — a movement ...").
 */
function doneByWhatIsAsked(words: readonly TextWord[], k: number, to: number, asked: ReadonlySet<string>): boolean {
  if (k + 1 >= to || words[k + 1]!.word !== 'by' || asked.size === 0) return false;
  for (let j = k + 2; j < Math.min(to, k + 2 + MAX_DOER_WORDS); j++) {
    if (j > k + 2 && /\S/.test(words[j]!.gap)) break;
    const { word } = words[j]!;
    if (!STOP_WORDS.has(word) && asked.has(stem(word))) return true;
  }
  return false;
}

/** Whether the part of a text from `start` to `end` uses the verb of the deed, in any form ("won" for win). */
export function usesDeed(text: string, [start, end]: readonly [number, number], deed: string): boolean {
  return wordsOf(text).some((word) => word.start >= start && word.end <= end && word.deed === deed);
}

// The deeds of heading a body (their stems): "who leads", "who heads" (read as leads), "who runs",
// "who chairs", "who commands", "who directs", "who manages".
const HEADING_DEEDS: ReadonlySet<string> = new Set(['lead', 'run', 'chair', 'command', 'direct', 'manag']);
// Beside the posts, words for whoever holds power without one: "overthrew its dictator".
const RULERS = ['dictator', 'autocrat', 'strongman', 'leadership', 'regime'];
const HEAD_WORD = new RegExp(`\\b(?:${[...HEADING_POSTS, ...HEAD_WORDS, ...RULERS].join('|')}|in\\s+charge)s?\\b`, 'i');

// Who heads it said as its doer: "NATO-led missions", "governed for decades by autocrats",
// "exercises organized by U.S. forces".
const DONE_BY = /\b[\p{L}.]+-(?:led|run|headed)\b|\b\p{L}+(?:ed|en)\s+(?:\p{L}+\s+){0,3}by\b/iu;

/**
 * Whether a span that may answer "who <deed> ..." can say who, as far as heading a body goes: asked
 * who leads, runs or chairs something, the span uses the verb, names a post that heads a body ("the
 * team's chief", "Director Jane Roe"), or says who did it ("chaired by", "NATO-led"). A passage
 * naming someone new beside the body ("Obama administration officials briefed Trump's transition
 * team") does not say who leads it. True for any other deed.
 */
export function saysWhoHeads(text: string, span: readonly [number, number], deed: string): boolean {
  if (!HEADING_DEEDS.has(deed) || usesDeed(text, span, deed)) return true;
  const spanText = text.slice(span[0], span[1]);
  return HEAD_WORD.test(spanText) || DONE_BY.test(spanText);
}

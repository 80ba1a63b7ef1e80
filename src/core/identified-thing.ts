import { placeOf } from './answer-kind.js';
import { lexicon } from './lexicon.js';
import { stem } from './text.js';
import { STOP_WORDS } from './word-lists.js';

/**
 * "Which aid groups will get access?" asks which ones: the passage must say which, not only that
 * aid groups will. News restating the thing in the question's own words ("Sudan will improve
 * access for aid groups") shares every word of the question and names none of them, and was
 * answered at 0.95. A passage says which where the thing stands with a word the question does
 * not say: a modifier before it ("the Azerbaijani army", "medical and demining units"), a name
 * after it or set off by a comma ("the group behind the attack — Ansar al-Sharia", "Ennahda, the
 * Islamist party"), a list ("groups such as ..."), or "these"/"those", pointing back.
 */

// "which nato member's foreign ministry ...": the words after "which" that may name the thing.
const MAX_THING_WORDS = 4;
// What "which" may stand before without naming a thing: "which one", "which kind of ...".
const NO_THING: ReadonlySet<string> = new Set(['one', 'kind', 'sort', 'type', 'way', 'part']);
// "which other countries": "other" says the thing is still to come.
const BEFORE_THING: ReadonlySet<string> = new Set(['other']);
const VERB_ENDING = /..(?:ed|ing)$/;
const PLURAL = /[^s]s$/;

/** What "which" asks to identify: its noun's stem, and whether the question asks for more than one. */
export interface IdentifiedThing {
  stem: string;
  plural: boolean;
}

/**
 * The noun a "which" opening the ask (at `at`) asks to identify ("which aid groups will get
 * access" → group; "which gulf allies oppose ..." → alli), or undefined: not "which is more
 * important", "which of them", nor one owning another ("which country's troops", as `owns` says
 * of the word at k): that asks whose, which a passage says in other ways ("Armenian troops").
 */
export function thingWhichAsks(
  questionWords: readonly string[],
  at: number,
  owns: (k: number) => boolean = () => false,
): IdentifiedThing | undefined {
  const words = lexicon();
  let head: string | undefined;
  for (let k = at + 1; k < Math.min(questionWords.length, at + 1 + MAX_THING_WORDS); k++) {
    const word = questionWords[k]!;
    if (owns(k)) return undefined;
    if (BEFORE_THING.has(word) && head === undefined) continue;
    // "which side faced ...", "which country accused ...", "which countries support ...": a verb
    // ends it, which WordNet reads as a noun too ("the accused"): by its ending, or after a plural.
    if (STOP_WORDS.has(word) || VERB_ENDING.test(word) || (head !== undefined && PLURAL.test(head))) break;
    if (words.canBeNoun(word)) {
      head = word;
      continue;
    }
    // An adjective may stand before it ("which foreign ministry"), and a word WordNet does not
    // know is a name that may ("which obama officials"); any other word ends its name ("which
    // gulf allies oppose ...").
    const related = words.related(word);
    if (related.some(({ relation }) => relation === 'similar' || relation === 'pertainym')) continue;
    if (words.zipf(word) > 0 || related.length > 0) break;
  }
  return head === undefined || NO_THING.has(head) ? undefined : { stem: stem(head), plural: PLURAL.test(head) };
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// Words after the thing that introduce the ones meant: "groups such as", "countries including".
const LIST_OPENERS: ReadonlySet<string> = new Set(['such', 'including', 'like', 'namely', 'notably', 'especially']);
// How far after the thing a name may say which: "embassies in Kenya and Tanzania", "the group
// behind the attack — Ansar al-Sharia".
const NAME_REACH_AFTER = 4;
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const NUMBER_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|few)$/;
// How far before the thing its modifiers reach: "specialized medical and demining units".
const MODIFIER_REACH = 4;

interface SpanWord {
  word: string;
  stem: string;
  capitalised: boolean;
  /** The text between the previous word and this one. */
  gap: string;
}

/**
 * Whether a passage's `span` leaves the thing "which" asks about unidentified: -1 when it
 * names the thing only in words the question already says (`asked`, stems), else 0, also when
 * it does not name it at all (it may say which in other words).
 */
export function identifiesThing(
  text: string,
  span: readonly [number, number],
  thing: IdentifiedThing,
  asked: ReadonlySet<string>,
): number {
  const words: SpanWord[] = [];
  let end = span[0];
  for (const match of text.slice(span[0], span[1]).matchAll(WORD)) {
    const at = span[0] + match.index;
    const lower = match[0].toLowerCase().replace(/['’]s$/, '');
    words.push({ word: lower, stem: stem(lower), capitalised: /^\p{Lu}/u.test(match[0]), gap: text.slice(end, at) });
    end = at + match[0].length;
  }
  let named = false;
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.stem !== thing.stem) continue;
    named = true;
    if (saysWhich(words, k, asked, thing.plural)) return 0;
  }
  return named ? -1 : 0;
}

/**
 * Whether the thing at `k` stands with a word that says which one, and that the question does
 * not say; `plural` when the question asks which ones.
 */
function saysWhich(words: readonly SpanWord[], k: number, asked: ReadonlySet<string>, plural: boolean): boolean {
  const isNew = (word: SpanWord) => !asked.has(word.stem) && !STOP_WORDS.has(word.word) && !NUMBER_WORD.test(word.word);
  const { modifiers, setOff } = modifiersBefore(words, k, asked);
  if (setOff !== undefined && isNew(setOff)) return true;
  // "militia and rebel leaders", asked as "which militia leaders": a kind beside the one asked
  // about, not which ones.
  const listsKinds =
    modifiers.some((word) => COORDINATORS.has(word.word)) &&
    modifiers.some((word) => !word.capitalised && asked.has(word.stem));
  for (const word of modifiers) {
    if (COORDINATORS.has(word.word) || !isNew(word)) continue;
    if (!word.capitalised) {
      if (!listsKinds) return true;
      continue;
    }
    // A people's word says which one ("the Azerbaijani army"), not which ones ("Sudanese leaders").
    if (!(plural && placeOf(word.word) !== null)) return true;
  }
  // "those countries", "these groups": the ones the passage has named before.
  if (DEMONSTRATIVES.has(words[k - 1]?.word ?? '') && /^\s+$/.test(words[k]!.gap)) return true;
  // After it, in its sentence: a list, or a name ("the group behind the attack — Ansar al-Sharia",
  // "one of the few countries, along with Iran and Syria").
  if (LIST_OPENERS.has(words[k + 1]?.word ?? '')) return true;
  for (let j = k + 1; j < Math.min(words.length, k + 1 + NAME_REACH_AFTER); j++) {
    const word = words[j]!;
    if (/[.!?]/.test(word.gap)) return false;
    if (word.capitalised && isNew(word)) return true;
  }
  return false;
}

/**
 * The words before the thing at `k` in its phrase, nearest first (its modifiers, "and" between
 * them), and a name set off by a comma before its "the" ("Ennahda, the Islamist party").
 * Past a word of the question only a name goes on ("the Bardo National Museum"): a common word
 * before it is said of the phrase, not of the thing ("stop supporting rebels").
 */
function modifiersBefore(
  words: readonly SpanWord[],
  k: number,
  asked: ReadonlySet<string>,
): { modifiers: SpanWord[]; setOff: SpanWord | undefined } {
  const modifiers: SpanWord[] = [];
  let inName = false;
  for (let j = k - 1; j >= Math.max(0, k - MODIFIER_REACH); j--) {
    const word = words[j]!;
    if (!/^[\s-]*$/.test(words[j + 1]!.gap)) break;
    if (ARTICLES.has(word.word)) {
      const before = words[j - 1];
      const setOff = before && /,\s*$/.test(word.gap) && before.capitalised ? before : undefined;
      return { modifiers, setOff };
    }
    if (COORDINATORS.has(word.word) && inName) break;
    if (STOP_WORDS.has(word.word) && !COORDINATORS.has(word.word)) break;
    if (inName && !word.capitalised) break;
    modifiers.push(word);
    if (asked.has(word.stem) && !COORDINATORS.has(word.word)) {
      if (!word.capitalised) break;
      inName = true;
    }
  }
  return { modifiers, setOff: undefined };
}

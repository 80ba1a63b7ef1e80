import { isNameWord, namesAPeople, placesOf } from './answer-kind.js';
import { MONTHS, WEEKDAYS } from './calendar-date.js';
import { isAdjective, lexicon } from './lexicon.js';
import { stem } from './text.js';
import { POSSESSIVE_DETERMINERS, STOP_WORDS } from './word-lists.js';

/**
 * "Which aid groups will get access?" asks which ones: the passage must say which, not only that
 * aid groups will. News restating the thing in the question's own words ("Sudan will improve
 * access for aid groups", "some rebel leaders will still face sanctions") shares every word of
 * the question and names none of them, and was answered at 0.95. A passage says which in many
 * ways, and only a plainly unidentified mention counts against it: the thing with no word the
 * question lacks before it in its phrase ("the Azerbaijani army", "medical and demining units"),
 * or with "some", "several", "various" before it; no name set off before it ("Iran, another
 * regional power"), right after it or after a dash or colon ("the group behind the attack —
 * Ansar al-Sharia"), after a preposition ("embassies in Kenya"), or after a relative clause or a
 * participle ("the aid groups that will get access ... are Open Hands", "schools closed by the
 * floods were ..."); and not "the airline", "the firm said", "those countries", pointing back at
 * a name the sentence or the one before gives.
 */

// "which nato member state ...": the words after "which" that may name the thing.
const MAX_THING_WORDS = 4;
// What "which" may stand before without asking for something with a name of its own: "which one",
// "which kind of ...", "which areas", "which opportunities" (answered in common words).
const NO_THING: ReadonlySet<string> = new Set(
  'one kind sort type way part area aspect issue topic opportunity step measure thing point reason field'
    .split(' ')
    .map(stem),
);
// "which other countries": "other" says the thing is still to come.
const BEFORE_THING: ReadonlySet<string> = new Set(['other']);
const VERB_ENDING = /..(?:ed|ing)$/;
const PLURAL = /[^s]s$/;

/** What "which" asks to identify: its noun's stem. */
export interface IdentifiedThing {
  stem: string;
}

/**
 * The noun a "which" opening the ask (at `at`) asks to identify ("which aid groups will get
 * access" → group; "which gulf allies oppose ..." → alli; "which of Obama's relatives" → rel), or
 * undefined: not "which is more important", "which of them", nor one owning another ("which
 * country's troops", as `owns` says of the word at k): that asks whose, which a passage says in
 * other ways ("Armenian troops").
 */
export function thingWhichAsks(
  questionWords: readonly string[],
  at: number,
  owns: (k: number) => boolean = () => false,
): IdentifiedThing | undefined {
  const words = lexicon();
  let head: string | undefined;
  // "Which of Obama's relatives", "which of the groups": the thing comes after whose or which ones.
  const first = questionWords[at + 1] === 'of' ? pastOwner(questionWords, at + 2, owns) : at + 1;
  if (first < 0) return undefined;
  for (let k = first; k < Math.min(questionWords.length, first + MAX_THING_WORDS); k++) {
    const word = questionWords[k]!;
    if (owns(k)) return undefined;
    if (BEFORE_THING.has(word) && head === undefined) continue;
    // A verb ends it, though WordNet reads many as nouns too ("the accused", "a sent"): by its
    // ending ("which side faced"), as an irregular form of a verb ("which country sent troops",
    // "which team won"), or after a plural ("which countries support").
    if (STOP_WORDS.has(word) || isVerbForm(word)) break;
    // Before the noun, a participle is an adjective ("which armed groups").
    if (VERB_ENDING.test(word) && (head !== undefined || !isAdjective(word))) break;
    if (head !== undefined && PLURAL.test(head)) break;
    if (words.canBeNoun(word)) {
      head = word;
      continue;
    }
    // An adjective may stand before it ("which foreign ministry"), and a word WordNet does not
    // know is a name that may ("which obama officials"); any other word ends its name ("which
    // gulf allies oppose ...").
    if (isAdjective(word)) continue;
    if (words.zipf(word) > 0 || words.related(word).length > 0) break;
  }
  if (head === undefined || NO_THING.has(stem(head))) return undefined;
  return { stem: stem(head) };
}

/**
 * Where the thing starts after "which of": past "the", "his", "their" or an owner ("Obama's"), or
 * -1 where none stands there ("which of them", "which of these is").
 */
function pastOwner(questionWords: readonly string[], at: number, owns: (k: number) => boolean): number {
  let k = at;
  if (OWNERS.has(questionWords[k] ?? '')) k++;
  // "which of the council's ferries"
  if (owns(k)) k++;
  return k > at ? k : -1;
}
const OWNERS: ReadonlySet<string> = new Set(['the', ...POSSESSIVE_DETERMINERS]);

/** "allies", "leaders": a plural noun, not an adjective ("various"). */
function isPluralNoun(word: string): boolean {
  return PLURAL.test(word) && lexicon().canBeNoun(word) && !isAdjective(word);
}

/** An irregular form of a verb ("sent", "took", "won"), not of a noun ("men", "children"). */
function isVerbForm(word: string): boolean {
  const bases = lexicon().baseForms(word);
  return bases.length > 0 && !bases.some((base) => lexicon().mostlyNoun(base));
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// A sentence ends at . ! ? and a space before a capital: not "9 a.m. on Monday", "Jan. 5".
const SENTENCE_END = /[.!?]["”’)]*\s/;
const endsSentenceBefore = (word: SpanWord) => word.capitalised && SENTENCE_END.test(word.gap);
const opensSentence = (words: readonly SpanWord[], j: number) => j === 0 || endsSentenceBefore(words[j]!);
// A dash or a colon before what says which: "injured - Tom Reed and Ali Kaya", "the group — Ansar".
const SET_OFF = /[:(\u2013\u2014]|\s-{1,2}\s/;
const CALENDAR: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
// Words after the thing that introduce the ones meant: "groups such as", "countries including".
const LIST_OPENERS: ReadonlySet<string> = new Set(['such', 'including', 'like', 'namely', 'notably', 'especially']);
// After the thing, the start of what says which: "the groups that ...", "schools closed by ...",
// "the ministers who resigned were ...".
const RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose', 'whom']);
const EQUATING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'include', 'includes', 'included']);
// "the few countries, along with Iran and Syria", "embassies in Kenya": a name this many words after.
const NAME_REACH_AFTER = 4;
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['these', 'those']);
// "the airline", "their parish councils", "all three paintings", "both banks": the ones named before.
const POINTERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'all', 'both']);
// How far back a pointer looks for its name, in words: two sentences of news, and no further in
// a run-on text.
const POINT_BACK_REACH = 80;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another']);
// Before the thing, words that say it is some of them, not which: "some rebel leaders".
const UNSPECIFIED: ReadonlySet<string> = new Set(
  'some several various many numerous multiple certain other few more unnamed unidentified unspecified'.split(' '),
);
const NUMBER_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|few)$/;
// The first words of a sentence, where the ones a count announced are named ("St Luke and ...").
const ANNOUNCED_NAME_REACH = 3;
// How far before the thing its phrase reaches: "Turkey, a key NATO member state", "some Sudanese
// militia and rebel leaders".
const MODIFIER_REACH = 6;

interface SpanWord {
  word: string;
  stem: string;
  capitalised: boolean;
  /** Where it starts in the passage's text. */
  at: number;
  /** The text between the previous word and this one. */
  gap: string;
}

/**
 * Whether a passage's `span` leaves the thing "which" asks about unidentified: -1 when every
 * mention of it there is a plain one, in the question's own words (`asked`, stems; see the top
 * of this file), else 0, also when it does not name the thing at all (it may say which in other
 * words). The text from `from` (the sentence before the span) may hold the name a "the ..."
 * points back at.
 */
export function identifiesThing(
  text: string,
  span: readonly [number, number],
  thing: IdentifiedThing,
  asked: ReadonlySet<string>,
  from = span[0],
): number {
  const words = spanWords(text, from, span[1]);
  let named = false;
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.at < span[0] || words[k]!.stem !== thing.stem) continue;
    named = true;
    if (saysWhich(words, k, asked)) return 0;
  }
  if (named) return -1;
  // Not named by the question's word, it may be by its name ("which agency": "the CIA"), but a
  // span naming nothing the question does not ("American operatives to a border area near Libya"
  // for "which US agency ... to the Libyan border") cannot say which.
  return namesSomethingNew(words, span, asked) ? 0 : -1;
}

/**
 * Whether the part `span` of a text names someone who may have done a deed that the question (its
 * `asked` stems) does not name (see namesSomethingNew). A name where something happened is no
 * doer: "the April 2016 hostilities in Karabakh" says where, not who won them.
 */
export function textNamesSomeoneNew(
  text: string,
  span: readonly [number, number],
  asked: ReadonlySet<string>,
): boolean {
  const words = spanWords(text, span[0], span[1]);
  return namesSomethingNew(words, span, asked, (k) => !namesAPlaceAt(words, k));
}

// Prepositions of where: a name after one (and after "the" or the name's other words) is a place.
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'inside',
  'outside',
  'across',
  'around',
  'throughout',
  'within',
]);

/** Whether the name at `k` stands after a preposition of place: "in Karabakh", "at the Bardo National Museum". */
function namesAPlaceAt(words: readonly SpanWord[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (words[j]!.capitalised || words[j]!.word === 'the') && /^[\s-]*$/.test(words[j + 1]!.gap)) j--;
  return j >= 0 && PLACE_PREPOSITIONS.has(words[j]!.word) && /^\s+$/.test(words[j + 1]!.gap);
}

/** The words of a text from `from` to `to`, each with what stands before it. */
function spanWords(text: string, from: number, to: number): SpanWord[] {
  const words: SpanWord[] = [];
  let end = from;
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const at = from + match.index;
    const lower = match[0].toLowerCase().replace(/['’]s$/, '');
    words.push({
      word: lower,
      stem: stem(lower),
      capitalised: /^\p{Lu}/u.test(match[0]),
      at,
      gap: text.slice(end, at),
    });
    end = at + match[0].length;
  }
  return words;
}

/**
 * Whether the span names something the question does not (isNameOf): a word that is no function
 * word, date or people's adjective ("Sudanese"), and no place the question names in another form
 * ("Libya" for "Libyan").
 */
function namesSomethingNew(
  words: readonly SpanWord[],
  span: readonly [number, number],
  asked: ReadonlySet<string>,
  counts: (k: number) => boolean = () => true,
): boolean {
  const askedPlaces = new Set([...asked].flatMap(placesOf));
  // Each part of a joined word on its own: "Armenian-Azerbaijani" names two peoples.
  const isNew = (part: string) =>
    !asked.has(stem(part)) &&
    !STOP_WORDS.has(part) &&
    !CALENDAR.has(part) &&
    !namesAPeople(part) &&
    !askedPlaces.has(part) &&
    !placesOf(part).some((place) => askedPlaces.has(place));
  return words.some(
    (word, k) =>
      word.at >= span[0] && isNameOf(word, opensSentence(words, k), (w) => w.word.split('-').some(isNew)) && counts(k),
  );
}

/**
 * Whether a word is a name the question does not say: capitalised and `isNew`; at a sentence's
 * start, where any word is capitalised, only a name word (isNameWord) is surely a name.
 */
function isNameOf(word: SpanWord, sentenceStart: boolean, isNew: (word: SpanWord) => boolean): boolean {
  return word.capitalised && isNew(word) && (!sentenceStart || isNameWord(word.word));
}

/** Whether the thing at `k` stands with something that says which one, that the question does not say. */
function saysWhich(words: readonly SpanWord[], k: number, asked: ReadonlySet<string>): boolean {
  const isNew = (word: SpanWord) =>
    !asked.has(word.stem) && !STOP_WORDS.has(word.word) && !NUMBER_WORD.test(word.word) && !CALENDAR.has(word.word);
  const isName = (word: SpanWord, sentenceStart: boolean) => isNameOf(word, sentenceStart, isNew);
  // "Several councillors walked out, Cllr Ruth Abara told the Gazette": some of them, whoever speaks.
  if (saysSomeOf(words, k)) return false;
  return (
    saysWhichBefore(words, k, asked, isNew) ||
    saysWhichAfter(words, k, isName) ||
    pointsBack(words, k, asked, isName) ||
    namedAfterCount(words, k, isName) ||
    LIST_OPENERS.has(words[k + 1]?.word ?? '')
  );
}

/**
 * "Two hospitals will share the scanner. St Luke's and Pellow General will each ...": a count
 * before the thing announces the ones named after it, in the span, where a sentence opens or set
 * off after a dash, colon or comma.
 */
function namedAfterCount(
  words: readonly SpanWord[],
  k: number,
  isName: (word: SpanWord, sentenceStart: boolean) => boolean,
): boolean {
  if (!NUMBER_WORD.test(words[k - 1]?.word ?? '') && !NUMBER_WORD.test(words[k - 2]?.word ?? '')) return false;
  let sentenceStart = -1;
  for (let j = k + 1; j < words.length; j++) {
    const startsSentence = endsSentenceBefore(words[j]!);
    if (startsSentence) sentenceStart = j;
    // Where the ones announced are named: opening a later sentence ("St Luke and ..."), or set
    // off ("two hospitals: St Luke and ...", "two firms won contracts, Kestrel and Doyle", "three
    // ferries were withdrawn, the Islander, ..."); not a name in another clause ("the killing of
    // two leftist politicians prompted a crisis, and Ennahda stepped down").
    const nearSentenceStart = sentenceStart >= 0 && j - sentenceStart < ANNOUNCED_NAME_REACH;
    if ((nearSentenceStart || setOff(words, j)) && isName(words[j]!, startsSentence)) return true;
  }
  return false;
}

/** Whether the word at `j` is set off: after a dash, colon or comma, an article between or not. */
function setOff(words: readonly SpanWord[], j: number): boolean {
  const { gap } = words[j]!;
  if (SET_OFF.test(gap) || /,\s*$/.test(gap)) return true;
  const before = words[j - 1];
  return before !== undefined && ARTICLES.has(before.word) && /^\s+$/.test(gap) && /,\s*$/.test(before.gap);
}

/** Whether the thing's phrase says it is some of them: "some rebel leaders", "several international charities". */
function saysSomeOf(words: readonly SpanWord[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - MODIFIER_REACH); j--) {
    if (!/^[\s-]*$/.test(words[j + 1]!.gap)) return false;
    const { word } = words[j]!;
    // Not "the few countries, along with Iran and Syria": those few.
    if (UNSPECIFIED.has(word)) return !ARTICLES.has(words[j - 1]?.word ?? '');
    if (ARTICLES.has(word) || (STOP_WORDS.has(word) && !COORDINATORS.has(word))) return false;
  }
  return false;
}

/**
 * Before the thing, in its phrase: a word the question lacks ("the Azerbaijani army"; not a
 * participle, "the neighbouring provinces", nor another noun of a list, "allies and members"),
 * unless the phrase says it is some of them ("some Sudanese militia and rebel leaders"), or a
 * name set off by a comma before its article ("Iran, another regional power") or before "one of"
 * ("Eric Reeves, one of the leading American academic voices"). Past a word of the
 * question, a common word belongs to another phrase ("stop supporting rebels"), and only a name
 * counts ("the Bardo National Museum").
 */
function saysWhichBefore(
  words: readonly SpanWord[],
  k: number,
  asked: ReadonlySet<string>,
  isNew: (word: SpanWord) => boolean,
): boolean {
  let passedAsked = false;
  let says = false;
  for (let j = k - 1; j >= Math.max(0, k - MODIFIER_REACH); j--) {
    const word = words[j]!;
    if (!/^[\s-]*$/.test(words[j + 1]!.gap)) break;
    if (UNSPECIFIED.has(word.word)) return false;
    if (ARTICLES.has(word.word)) {
      // "Eric Reeves, one of the leading academics": the name set off before "one of".
      const setOffAt = words[j - 1]?.word === 'of' && words[j - 2]?.word === 'one' ? j - 2 : j;
      const before = words[setOffAt - 1];
      return (
        says || (before !== undefined && /,\s*$/.test(words[setOffAt]!.gap) && before.capitalised && isNew(before))
      );
    }
    if (COORDINATORS.has(word.word)) continue;
    if (STOP_WORDS.has(word.word)) break;
    // "Gulf allies and members of Congress": a plural noun before "and" is another of a list.
    if (COORDINATORS.has(words[j + 1]!.word) && isPluralNoun(word.word)) break;
    if (asked.has(word.stem)) passedAsked = true;
    // A participle describes them, it does not say which: "two neighbouring provinces", "armed gangs".
    else if (!word.capitalised && VERB_ENDING.test(word.word)) continue;
    else if (isNew(word) && (word.capitalised || !passedAsked)) says = true;
  }
  return says;
}

/**
 * After the thing, in its sentence: a name right after it or after a comma, dash or parenthesis
 * ("the group Ansar al-Sharia", "the agency ..., the Reconstruction Authority"), after only
 * function words ("countries, along with Iran"), or anywhere after a relative clause, a
 * participle, an adjective ("militants loyal to the Islamic State") or a dash or colon.
 */
function saysWhichAfter(
  words: readonly SpanWord[],
  k: number,
  isName: (word: SpanWord, sentenceStart: boolean) => boolean,
): boolean {
  const next = words[k + 1];
  if (next === undefined) return false;
  const opensClause =
    RELATIVES.has(next.word) ||
    next.word === 'to' ||
    (!STOP_WORDS.has(next.word) && (VERB_ENDING.test(next.word) || isAdjective(next.word)));
  let onlyFunctionWords = true;
  let pastDash = false;
  for (let j = k + 1; j < words.length && !endsSentenceBefore(words[j]!); j++) {
    const word = words[j]!;
    // "... the libraries to close first are Eastgate and ...": what they are follows.
    pastDash ||= SET_OFF.test(word.gap) || (opensClause && EQUATING.has(words[j - 1]!.word));
    const near = j <= k + NAME_REACH_AFTER && onlyFunctionWords;
    if (isName(word, false) && (near || pastDash || opensClause)) return true;
    if (!STOP_WORDS.has(word.word)) onlyFunctionWords = false;
  }
  return false;
}

/**
 * "those countries" points back at the ones named before, maybe paragraphs before; "the airline"
 * in "Skyjet said that the airline would ...", and "the firm" in "Carrow Shipping bought two
 * ferries. The firm will ...", at a name the sentence gives before it, or the sentence before.
 */
function pointsBack(
  words: readonly SpanWord[],
  k: number,
  asked: ReadonlySet<string>,
  isName: (word: SpanWord, sentenceStart: boolean) => boolean,
): boolean {
  // "the two lenders", "all three paintings", "their parish councils": past the count and the
  // question's own words to what points.
  let at = k - 1;
  const skipped = (word: SpanWord) =>
    NUMBER_WORD.test(word.word) || (asked.has(word.stem) && !STOP_WORDS.has(word.word));
  while (at > k - MODIFIER_REACH && at > 0 && skipped(words[at]!)) at--;
  const pointer = words[at]?.word ?? '';
  // "those countries": the ones named before, maybe paragraphs before.
  if (DEMONSTRATIVES.has(pointer)) return true;
  if (!POINTERS.has(pointer)) return false;
  // Sentence starts passed: the pointer's own sentence, then the one before it.
  let sentences = opensSentence(words, at) ? 1 : 0;
  for (let j = at - 1; j >= Math.max(0, at - POINT_BACK_REACH); j--) {
    const word = words[j]!;
    const startsSentence = opensSentence(words, j);
    if (isName(word, startsSentence)) return true;
    if (startsSentence && ++sentences > 1) return false;
  }
  return false;
}

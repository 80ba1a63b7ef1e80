import { MONTHS as MONTH_NAMES, WEEKDAYS as WEEKDAY_NAMES, YEAR } from './calendar-date.js';
import { isKnownToWordNet, isParticiple, PASSIVE_AUXILIARIES } from './happening.js';
import { lexicon } from './lexicon.js';
import { memoised } from './memo.js';
import { givesPopulation } from './population.js';
import { indexTerm } from './terms.js';
import { stem } from './text.js';
import {
  type AnswerKind,
  HEAD_WORDS,
  HEADING_POSTS,
  PERIODICALLY,
  PERIODS,
  STOP_WORDS,
  WHEN_AFTER_PERIOD,
} from './word-lists.js';

const MONTHS = MONTH_NAMES.join('|');
const WEEKDAYS = WEEKDAY_NAMES.join('|');
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|' +
  '(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|hundreds?|thousands?|millions?|billions?|several|few';
// "Nov. 5", "Sept. 12": months as news agencies shorten them.
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';

const TIME_OF_DAY = '\\d{1,2}(?::\\d{2})?\\s?[ap]\\.?m\\b\\.?|\\d{1,2}:\\d{2}|noon|midnight';

const TIME = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS}|${YEAR}|\\d{4}s|yesterday|today|tomorrow|tonight|soon|ago|since|` +
    `weekend|(?:last|next|this|early|late) (?:year|week|month|decade|century)|` +
    // "In the middle of the century", "by the end of the year", "mid-century".
    `(?:middle|end|beginning|start|turn) of the (?:year|week|month|decade|century)|mid-(?:year|decade|century)|` +
    // A time of day: "around 8:30 p.m.", "at 10am", "at noon".
    `${TIME_OF_DAY})\\b`,
  'i',
);

const NAME_CUE = /\p{Lu}[\p{L}\p{M}'-]+/u;

/**
 * Whether a passage holds the kind of thing a question asks for: a date (any, past, or a year,
 * month or day), a length of time, a place, a number, an amount of money, someone, a name.
 */
const CUES: Record<AnswerKind, RegExp> = {
  time: TIME,
  // The same, less what only says the future (see isCue).
  pastTime: TIME,
  // A year, not a decade: "in the early 2000s" does not say which year.
  year: new RegExp(`\\b${YEAR}\\b`),
  month: new RegExp(`\\b(?:${MONTHS})\\b`, 'i'),
  // A day: a weekday, or a month with its day's number ("March 18", "Nov. 5", "18 March"); a
  // month alone ("since April 2016") does not say which day, nor "In March 2,500 police ...".
  day: new RegExp(
    `\\b(?:${WEEKDAYS}|yesterday|today|(?:${MONTHS}|(?:${SHORT_MONTHS})\\.?)\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]\\d)|` +
      `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b)`,
    'i',
  ),
  // A preposition of place before a capitalised name (not a month's or a weekday's, see isCue),
  // perhaps with a word of where in it between ("in downtown Tunis", "in northern Syria"), or a
  // word that names a place.
  place:
    /\b(?:in|at|near|from|to|into|towards?|across|outside|inside|(?:north|south|east|west)(?:ern)?\s+of|(?:city|town|village|province|region)\s+of)\s+(?:the\s+)?(?:(?:downtown|central|northern|southern|eastern|western|north|south|east|west|neighbou?ring|nearby)\s+)?\p{Lu}[\p{L}\p{M}'-]*|\b(?:headquarters|capital|city|town|village|border|region|province|district|territory|zone)\b/u,
  // A number (but see isCue: a year says when, not how many).
  quantity: new RegExp(`\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`, 'i'),
  // An amount of money: a currency sign or name by a number.
  money:
    /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:(?:million|billion|thousand|m|bn)\s+)?(?:dollars|euros|pounds|rubles|roubles|yuan|yen|francs|drams|manats|liras?)\b|\b(?:USD|EUR|GBP)\b/i,
  // A time of day, by the clock or a part of the day: "around 8:30 p.m.", "at noon", "on Friday
  // evening", "overnight", "at dawn". Not a date: "what time did the crash happen" is not answered
  // by "on Monday".
  clock: new RegExp(
    `\\b(?:${TIME_OF_DAY}|overnight|dawn|dusk|daybreak|nightfall|tonight|` +
      `(?:the|this|that|${WEEKDAYS}|yesterday|tomorrow|late|early) (?:morning|afternoon|evening|night))\\b`,
    'i',
  ),
  // A length of time: "four-day", "three years", "for weeks".
  duration: new RegExp(
    `\\b(?:\\d+|${NUMBER_WORDS}|a|an)[\\s-]+(?:second|minute|hour|day|night|week|month|year|decade)s?\\b|` +
      '\\b(?:for|over|within|after)\\s+(?:(?:several|many|a few)\\s+)?(?:hours|days|weeks|months|years|decades)\\b',
    'i',
  ),
  // A capitalised word inside a sentence: a name, a nationality, an institution; or at its start,
  // an abbreviation ("U.S.") or two capitalised words ("Jens Stoltenberg"), which "The" and "It" are not.
  // Opening a quotation, a capitalised word is a name only if it is rare (see isCue): "“Ennahda is
  // responsible”", not "“We are grateful”".
  person:
    /(?<=[\p{Ll},;:'"\u2019\u201D\u2014\u2013]\s+)\p{Lu}[\p{L}\p{M}.'-]*|(?<=[\u201C\u2018])\p{Lu}[\p{L}\p{M}.'-]*|\b\p{Lu}(?:\.?\p{Lu})+\b\.?|\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}\p{M}.'-]*|(?<=^|[.!?]\s+)\p{Lu}[\p{L}\p{M}.'-]*/u,
  // A capitalised word that is rare in English (see RARE_NAME_ZIPF), or a person's name first of all
  // (isNameWord): "Okafor", "Paul", not "Ministry".
  name: NAME_CUE,
  // The same, of someone: not a country's or a people's ("Who is the president of Azerbaijan?" is
  // not answered by "Armenia and Azerbaijan"; see isCue).
  holder: NAME_CUE,
  // Someone's age ("58-year-old", "aged 58", "Essid, 65,", "who is 58", "in his late sixties",
  // "born in 1959") or a thing's ("founded in 1888", "centuries-old"). A capital or a digit starts
  // a match only at the start of its word or number: scanned from inside one, the pattern would
  // be tried again at every letter, in time quadratic in its length.
  age: new RegExp(
    `(?<![\\d,.])\\b\\d{1,3}[\\s-]+(?:years?|yrs?)[\\s-]+old\\b|\\b\\p{L}+(?:-\\p{L}+)?-years?-old\\b|` +
      `\\b(?:[Aa]ged|[Tt]urned|who is|age of)\\s+\\d{1,3}\\b|\\b\\d{1,3}\\s+years\\s+of\\s+age\\b|\\(\\d{1,3}\\)|` +
      `(?<![\\p{L}\\p{M}'-])\\p{Lu}[\\p{L}\\p{M}'-]+,\\s+\\d{1,3}(?:[,.]|\\s+(?:said|says|told))|` +
      `\\bin\\s+(?:his|her|their)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\\b|` +
      `\\b[Bb]orn\\s+(?:in\\s+|on\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}\\b|` +
      `\\b(?:[Ff]ounded|[Bb]uilt|[Ee]stablished|[Oo]pened|[Cc]onstructed|[Cc]ompleted|[Ee]rected|[Dd]at(?:es|ing)(?:\\s+back)?)\\s+(?:in|to|from)\\s+(?:the\\s+)?(?:${YEAR}|\\d{1,2}(?:st|nd|rd|th)\\s+century)\\b|` +
      '\\b(?:decades|century|centuries|years)[\\s-]+old\\b',
    'u',
  ),
  // A height, a length or a weight: a number and its unit ("1.85 metres", "six feet", "14-storey").
  // Not "m" or "pounds", which as often say money ("$40m", "two pounds").
  measure: new RegExp(
    `(?:(?<![\\d,.])\\d[\\d,.]*|\\b(?:${NUMBER_WORDS}))[\\s-]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|cm|feet|foot|ft|inch(?:es)?|yards?|kg|kilos?|kilograms?|tons?|tonnes?|lbs?|stor(?:ey|y|ies|eys)|floors?)\\b`,
    'i',
  ),
  // Instructions to the reader: "you can" (not "you can't"), "visitors should", a web address.
  // Not "how to", which news uses of what others weigh ("discussed how to respond").
  instructions:
    /\b(?:you|one)\s+(?:can|could|should|must|may|need|will need)\b(?!['’]t|\s+not\b)|\b(?:visitors|readers|applicants|tourists|travell?ers|residents|users|customers|people)\s+(?:can|could|should|must|may|need|are advised)\b(?!['’]t|\s+not\b)|https?:\/\/|\bwww\./i,
};

const OPENS_QUOTE = /[\u201C\u2018]$/u;
const SENTENCE_OPENS = /(?:^|[.!?]\s+)$/;
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}'-]*$/u;

// Names are rare words: most people's and places' names are under this Zipf frequency, while the
// capitalised common words of institutions ("Foreign Ministry", "Army") are above it.
export const RARE_NAME_ZIPF = 3.5;

/**
 * Whether a word may be a name by itself: rare in English, or first of all a person's name however
 * common ("Paul Martin", "George W. Bush": "paul" is as frequent in subtitles as "window").
 */
export function isNameWord(word: string): boolean {
  return lexicon().zipf(word) < RARE_NAME_ZIPF || lexicon().namesPersonFirst(word);
}

const GLOBAL_CUES = Object.fromEntries(
  Object.entries(CUES).map(([kind, cue]) => [
    kind,
    new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`),
  ]),
) as Record<AnswerKind, RegExp>;

/**
 * Whether a passage holds the kind of thing a question asks for, beyond what the question
 * already says, within `span` of its text (all of it unless given): "how many" wants a number
 * the question does not state, "who" someone it does not name, "what is the name of" a name
 * standing by what the question names (see wordsNameStandsBy). `asked` holds the stems of the
 * question's words.
 */
export function hasAnswerCue(
  kind: AnswerKind,
  text: string,
  asked: ReadonlySet<string>,
  {
    span = [0, text.length],
    counted,
    countsApart = false,
    exact = false,
    perPeriod = false,
    countsWhole = false,
    population = false,
    origin = false,
    nationality = false,
    post,
    title,
    whenSaid = true,
  }: {
    span?: readonly [number, number];
    /** Whether a date of saying answers ("said on Monday"): only where the question asks of a saying. */
    whenSaid?: boolean;
    counted?: CountedThing;
    /** Whether the question asks the count of each of several apart (see countsNamesTogether). */
    countsApart?: boolean;
    exact?: boolean;
    /** Whether the question asks how many in each period: the number must be one ("a year", "annually"). */
    perPeriod?: boolean;
    /** Whether the question asks a count, which a share ("15 percent of ...") does not give. */
    countsWhole?: boolean;
    /** Whether the question asks how many people live somewhere: only a population answers (population.ts). */
    population?: boolean;
    /**
     * Whether the question asks where someone or something is from ("which countries were the
     * tourists from"): only a place after "from", or a people's adjective said of them ("his father
     * was Kenyan"), answers; a place named otherwise ("at Tunisia's most renowned museum") is where
     * it happened.
     */
    origin?: boolean;
    /** Whether it asks a nationality: then a people's adjective said of anyone answers too ("five Azerbaijani soldiers"). */
    nationality?: boolean;
    post?: OwnedPost;
    /** The title of the text's document, where the place holding `post` may be named instead. */
    title?: string;
  } = {},
): boolean {
  // "The name of Azerbaijan's president" is not "President Serzh Sarkisian" in a story about Armenia.
  if (
    post !== undefined &&
    post.owners.length > 0 &&
    !namesAnyPlace(text, post.owners) &&
    (title === undefined || !namesAnyPlace(title, post.owners))
  )
    return false;
  if (origin && kind === 'place' && (statesOrigin(text, span) || (nationality && namesPeopleWithin(text, span))))
    return true;
  return cuesIn(kind, text).some(
    (cue) =>
      (!origin || FROM_PLACE.test(text.slice(cue.at, cue.at + FROM_CHARS))) &&
      // A place's population is said where the paragraph names it, not only where it speaks of what is asked.
      ((cue.at >= span[0] && cue.at < span[1]) || (population && cue.population)) &&
      cue.stems.some((group) => group.every((word) => !asked.has(word))) &&
      (cue.standsBy === null || cue.standsBy.some((word) => asked.has(word))) &&
      (post === undefined || (cue.standsBy !== null && standsByPost(cue.standsBy, post))) &&
      // "How long did the meeting last" is not answered by "a three-year plan": the length of
      // something else.
      (cue.measures === null || cue.measures.some((term) => term !== null && asked.has(term))) &&
      (counted === undefined ||
        cue.following === null ||
        ((!cue.share || counted.shares === true) && countsThing(cue, counted))) &&
      (!countsApart || !countsNamesTogether(cue, asked)) &&
      (!exact || !cue.rough) &&
      (!perPeriod || statesRate(text, cue.at)) &&
      (!countsWhole || !cue.share) &&
      (!population || cue.population) &&
      (whenSaid || !TIME_KINDS.has(kind) || !datesASaying(text, cue.at, asked)),
  );
}
// "The Japanese leader", "the Tesco boss": whoever heads it, whatever their title ("Prime
// Minister Koizumi", "Dave Lewis, CEO of Tesco").
const HEAD_STEMS: ReadonlySet<string> = new Set([...HEAD_WORDS].map(stem));
const HEADING_STEMS: ReadonlySet<string> = new Set([...HEADING_POSTS, 'prime'].map(stem));

/** Whether a name standing by these words (stems) holds the post asked: its own word, or for a head, a heading post. */
function standsByPost(standsBy: readonly string[], post: OwnedPost): boolean {
  if (standsBy.includes(post.stem)) return true;
  return HEAD_STEMS.has(post.stem) && standsBy.some((word) => HEADING_STEMS.has(word));
}

// A place cue saying where from: "from Italy, Poland, Germany and Spain".
const FROM_PLACE = /^from\s/i;
const FROM_CHARS = 5;
// "His father was Kenyan", "the victims were Italian": a people's adjective said of someone.
const OF_A_PEOPLE = /\b(?:is|was|are|were)\s+(\p{Lu}\p{Ll}+)\b/gu;

/** Whether a span of a text says of someone that they are of a people: "was Kenyan". */
function statesOrigin(text: string, span: readonly [number, number]): boolean {
  for (const found of text.slice(span[0], span[1]).matchAll(OF_A_PEOPLE))
    if (placeOf(found[1]!.toLowerCase()) !== null) return true;
  return false;
}

const CAPITALISED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?![\p{L}\p{M}'’-])/gu;

/** Whether a span of a text names a people by its adjective: "five Azerbaijani soldiers", "Italian tourists". */
function namesPeopleWithin(text: string, span: readonly [number, number]): boolean {
  for (const found of text.slice(span[0], span[1]).matchAll(CAPITALISED_WORD))
    if (namesAPeople(found[0].toLowerCase())) return true;
  return false;
}

// "2.5 million tourists a year", "per month", "annually"; or a year's own figure ("in 2013").
const RATE = new RegExp(
  `\\b(?:an?|per|each|every)\\s+(?:${PERIODS.join('|')})\\b(?!\\s+(?:${WHEN_AFTER_PERIOD.join('|')})\\b)|` +
    `\\b(?:annual|${PERIODICALLY.join('|')})\\b|\\b(?:in|during|for)\\s+\\d{4}\\b`,
  'i',
);
// How far from its number a rate may stand, within its sentence: "drew 2.5 million visitors to its
// beaches in 2014", "the losses, put at $4 billion a year".
const RATE_REACH_CHARS = 60;

/** Whether the sentence of the number at `at` says it is per year, month or day, near it. */
function statesRate(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - RATE_REACH_CHARS), at);
  let start = 0;
  for (const end of before.matchAll(SENTENCE_END)) start = end.index + end[0].length;
  NEXT_SENTENCE_END.lastIndex = at;
  const end = Math.min(at + RATE_REACH_CHARS, NEXT_SENTENCE_END.exec(text)?.index ?? text.length);
  return RATE.test(before.slice(start) + text.slice(at, end));
}

const TIME_KINDS: ReadonlySet<AnswerKind> = new Set(['time', 'pastTime', 'year', 'month', 'day', 'clock']);
// "Officials divulged Thursday that the government had allowed two visits": Thursday is when it
// was told, not when the visits were.
const DATE_OF_SAYING =
  /\b(said|says|told|announced|divulged|stated|added|noted|reported|declared|confirmed|disclosed|revealed|warned)(?:\s+(?!that\b)\S+)?\s+(?:on\s+|late\s+|early\s+|last\s+)?$/i;

/**
 * Whether the date at `at` says when something was said ("divulged on Thursday that ..."), by a
 * verb the question does not use ("when did the coast guard warn" is answered by "warned on Monday").
 */
function datesASaying(text: string, at: number, asked: ReadonlySet<string>): boolean {
  const found = DATE_OF_SAYING.exec(text.slice(Math.max(0, at - 40), at));
  return found !== null && !asked.has(stem(found[1]!.toLowerCase()));
}

/**
 * What "how many ..." asks to count: whether a passage word names it (the question's word, a
 * form or a related word of it), and the places the question says it is of ("how many Armenian
 * soldiers", "soldiers from Armenia": armenia).
 */
export interface CountedThing {
  /** Whether a passage word, by its index term (see indexTerm), names what is counted. */
  isCounted(term: string): boolean;
  places: ReadonlySet<string>;
  /** Whether a share says how much of it ("how much of the land": "40 percent of it"). */
  shares?: boolean;
  /**
   * Whether a passage's participle says what the question says the counted thing underwent
   * ("how many people were killed": "19 people were killed", not "50 other people were
   * wounded"); undefined where the question says nothing of it.
   */
  undergoes?: (participle: string) => boolean;
}

// A number and the thing it counts stand this close: "130 troops", "150 specially trained
// military medical staff" after it; "the number of Americans killed since 9/11 by terrorism,
// it's less than 100" before it.
const COUNTED_REACH = 6;
const COUNTED_REACH_BEFORE = 14;
// The words before a noun the number comes after that may say whose it is: "the five
// Azerbaijani army soldiers".
const OWNER_REACH = 3;

/**
 * Whether a word of a passage names a thing as it stands: a noun or a plural, no function word
 * ("at" is a Laotian coin in WordNet) nor a verb's form of one ("numbered").
 */
function isNoun(word: string): boolean {
  const folded = word.toLowerCase();
  if (STOP_WORDS.has(folded) || !lexicon().mostlyNoun(folded)) return false;
  return lexicon().lemmas(folded).length === 0 || folded.endsWith('s');
}

/**
 * Whether a number counts what the question asks to count, from the words around it: "how many
 * mosaics" is not answered by "17 foreigners", nor "how many Armenian soldiers died" by "five
 * Azerbaijani soldiers".
 */
function countsThing(cue: Cue, counted: CountedThing): boolean {
  const at = countedAt(cue.following!, counted, true);
  if (at >= 0) return undergoesAsAsked(cue.following!, at, counted);
  // "Children growing up during the eight years": a number followed by a noun counts that noun,
  // not the thing named before it ("the troops numbered 130" counts troops).
  const next = cue.following![0]?.word;
  if (next !== undefined && isNoun(next)) return false;
  return namesCounted(cue.preceding!, counted, false);
}

// Numbers that say roughly how many: "several others", "thousands of Tunisians" (not "a
// thousand", which is exact), "around 130", "at least five", "50-odd", "300 or more", "one of the
// major sources", "between 40 and 50", "40 to 50". Not "up to", as often an amount reached ("went
// up to 23") as a hedge.
const ROUGH_NUMBER = /^(?:several|few|dozens|hundreds|thousands|millions|billions|scores)\b/i;
const HEDGE_BEFORE =
  /\b(?:around|approximately|roughly|nearly|almost|some|as many as|as few as|close to|at least|at most|more than|less than|fewer than|upwards of|in excess of|between|between \S+ and|estimated|perhaps|possibly)\s+(?:a\s+)?$|\d\s*(?:to|-|–)\s*$/i;
// Before digits, "about" and "over" hedge ("about 2,400", "well over 300"); before a word they may
// be prepositions ("a book about three sisters").
const HEDGE_BEFORE_DIGITS = /\b(?:about|over|under)\s+$/i;
// "50-odd", "300 or more", "one of the major sources" (not "Eleven of the ponds", which counts them).
const HEDGE_AFTER = /^(?:-odd\b|\s*\+|\s+or\s+(?:more|so|fewer|less)\b)/i;
const ONE_OF = /^one$/i;
const DECADE_AFTER = /^'?s\b/;
const OF_THE = /^\s+of\s+(?:the|them|those|these)\b/i;
// Enough text around a number for its hedge.
const HEDGE_CHARS = 20;

// "82 percent of union members who voted", "a 3% rise": a share of them, not how many.
// The number may be written in words: "Sixty-four per cent".
const SHARE_AFTER = /^(?:-\p{L}+)?(?:\s*%|[\s-]+(?:percent|per\s+cent|percentage\s+points?)\b)/iu;

/**
 * Whether a number says roughly how many: no answer to a question asking exactly ("how many
 * exactly", "specifically"). `at` and `number` are where the number stands and how it is written.
 */
function isRough(text: string, at: number, number: string): boolean {
  const before = text.slice(Math.max(0, at - HEDGE_CHARS), at);
  return (
    ROUGH_NUMBER.test(number) ||
    HEDGE_BEFORE.test(before) ||
    (/^\d/.test(number) && HEDGE_BEFORE_DIGITS.test(before)) ||
    HEDGE_AFTER.test(text.slice(at + number.length, at + number.length + HEDGE_CHARS)) ||
    (ONE_OF.test(number) && OF_THE.test(text.slice(at + number.length, at + number.length + HEDGE_CHARS)))
  );
}

/**
 * Whether the words name the counted thing, and not as another place's: the places named
 * between the number and the noun (`afterNumber`), or just before the noun, must include one the
 * question says, when it says one ("Two Armenian and three Azerbaijani soldiers" counts Armenian
 * soldiers).
 */
function namesCounted(words: readonly CueWord[], counted: CountedThing, afterNumber: boolean): boolean {
  return countedAt(words, counted, afterNumber) >= 0;
}

// "were reported killed", "were later found dead": how far past the auxiliaries the participle asked may stand.
const PARTICIPLE_REACH = 3;

/**
 * Whether what a passage says befell the counted thing at `at` is what the question asks of it:
 * only where the passage says it in the passive right after the thing ("50 other people were
 * wounded" answers no "how many people were killed"). A participle that is no verb's form, or
 * nothing said after the thing, leaves the count standing.
 */
function undergoesAsAsked(words: readonly CueWord[], at: number, counted: CountedThing): boolean {
  if (counted.undergoes === undefined) return true;
  let next = at + 1;
  while (next < words.length && PASSIVE_AUXILIARIES.has(words[next]!.word.toLowerCase())) next++;
  if (next === at + 1 || next >= words.length) return true;
  const said = words.slice(next, next + PARTICIPLE_REACH).map(({ word }) => word.toLowerCase());
  if (said.some((word) => !STOP_WORDS.has(word) && counted.undergoes!(word))) return true;
  // Only a participle tells another happening, and only one WordNet knows: "were medevaced" it cannot tell apart.
  return !isParticiple(said[0]!) || !isKnownToWordNet(said[0]!);
}

/** Where among the words the counted thing is named (see namesCounted); -1 where it is not. */
function countedAt(words: readonly CueWord[], counted: CountedThing, afterNumber: boolean): number {
  for (let k = 0; k < words.length; k++) {
    const { term } = words[k]!;
    if (term === null || !counted.isCounted(term)) continue;
    // Before another noun it only qualifies that one: "gun violence" counts no guns.
    const next = words[k + 1]?.word;
    if (next !== undefined && isNoun(next)) continue;
    if (counted.places.size === 0) return k;
    const owners = words.slice(afterNumber ? 0 : Math.max(0, k - OWNER_REACH), k);
    const places = owners.filter(({ word }) => /^\p{Lu}/u.test(word)).map(({ word }) => placeOf(word.toLowerCase()));
    if (places.every((place) => place === null) || places.some((place) => place !== null && counted.places.has(place)))
      return k;
  }
  return -1;
}

// Words whose place is remembered: "which city" reads it for every word of two dozen passages.
const PLACE_MEMO_LIMIT = 50_000;

/**
 * The country or people a word names, through WordNet's pertainyms: "armenian" and "armenia"
 * both name armenia; null for a word of no place. (Not the "similar" adjectives lexicon's
 * isAdjective takes too: those are no place.) Remembered per word: reading a word's WordNet
 * entry costs more than the rest of a close look at it.
 */
export const placeOf: (word: string) => string | null = memoised(placeOfWord, PLACE_MEMO_LIMIT);

/** Whether the word is the adjective of a country or a people ("Armenian"), which names no one. */
export function namesAPeople(word: string): boolean {
  const place = placeOf(word);
  return place !== null && place !== word;
}

function placeOfWord(word: string): string | null {
  const related = lexicon().related(word);
  const noun = related.find((relation) => relation.relation === 'pertainym');
  if (noun) return noun.word;
  return related.some((relation) => relation.relation === 'pertainingAdjective') ? word : null;
}

/**
 * Whether the word names a nation: a country or a people, or its adjective (see placeOf:
 * "azerbaijan", "azerbaijani", "turkish"), or a national capital ("baku", standing for Azerbaijan).
 */
export function namesNation(word: string): boolean {
  return (
    placeOf(word) !== null ||
    lexicon()
      .related(word)
      .some(({ relation }) => relation === 'country')
  );
}

// A name and what it names stand this close in news writing, in words: "Prime Minister Habib
// Essid", "Essid, the prime minister", "the Bardo museum". (Three words let "NATO" in "Turkey, a
// key NATO member" answer "who is the prime minister of Turkey".)
const NAME_REACH = 2;
// Enough text for NAME_REACH words (and, after it, the name's own), without reading the whole passage.
const NAME_REACH_CHARS = 120;
const WORD = /[\p{L}\p{N}]+/gu;
// What a name is, set off by commas after it: "Eric Reeves, one of the leading American academic
// voices on Sudan, said", "Habib Essid, the prime minister,"; not a list ("Italy, Poland and ...").
const APPOSITION =
  /^(?:\p{Lu}[\p{L}\p{M}'.-]*\s+)*\p{Lu}[\p{L}\p{M}'.-]*,\s+(?:the|a|an|one of the)\s((?:[\p{L}\p{M}'.-]+\s+){0,5}?[\p{L}\p{M}'.-]+)(?=\s+(?:of|on|in|at|for|with|from|to|by)\b|[,.;:!?])/u;
// "Lev Arkadin, the former head of the central bank": what the name was, not is.
const NO_LONGER = /^(?:former|ex|then|onetime|one-time|erstwhile|previous|late|outgoing)\b/i;
// A title run together before a name, however long: "the BBC's North America editor Jon Sopel".
// Its words, back to the first function word or punctuation, are what the name is.
const TITLE_BEFORE = /(?:[\p{L}\p{N}][\p{L}\p{N}.-]*(?:['’]s)?\s+){1,6}$/u;
const MAX_TITLE_WORDS = 6;
// A post set off after a name with no article: "Lotfi Azzouz, Tunisia country director for
// Amnesty International, a London-based rights group", to the next comma or stop.
const BARE_APPOSITION =
  /^(?:\p{Lu}[\p{L}\p{M}'.-]*\s+)*\p{Lu}[\p{L}\p{M}'.-]*,\s+((?:[\p{L}\p{M}'.-]+\s+){0,7}?[\p{L}\p{M}'.-]+)(?=[,.;:!?])/u;

/**
 * The words a name starting at `at` stands by, as stems: NAME_REACH words either side of it (not
 * function words), and the name's own words, the one at `at` and the capitalised ones after it,
 * which do not count towards the reach but may say what it names themselves ("the Bardo National
 * Museum"), the title run together before it (TITLE_BEFORE), and the phrase set off after it that
 * says what it is, with an article or without (APPOSITION, BARE_APPOSITION). A name answers
 * "what is the name of ..." only where one of them is a word of the question: "what was the name
 * of the museum worker killed" is not answered by the paragraph that names the prime minister and
 * mentions a museum worker.
 */
function wordsNameStandsBy(text: string, at: number): readonly string[] {
  const preceding = text.slice(Math.max(0, at - NAME_REACH_CHARS), at);
  const following = text.slice(at, at + 2 * NAME_REACH_CHARS);
  const before = preceding.match(WORD)?.slice(-NAME_REACH) ?? [];
  const after = following.match(WORD) ?? [];
  let end = 1;
  while (end < after.length && /^\p{Lu}/u.test(after[end]!)) end++;
  const phrase = APPOSITION.exec(following)?.[1] ?? bareApposition(following);
  const apposition = phrase === undefined || NO_LONGER.test(phrase) ? [] : (phrase.match(WORD) ?? []);
  return [...before, ...titleBefore(preceding), ...after.slice(1, end + NAME_REACH), ...apposition]
    .map((word) => word.toLowerCase())
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

/** The words of a title run together before a name (see TITLE_BEFORE), back to a function word. */
function titleBefore(before: string): string[] {
  const run = TITLE_BEFORE.exec(before)?.[0].match(WORD) ?? [];
  const words: string[] = [];
  for (let i = run.length - 1; i >= 0 && words.length < MAX_TITLE_WORDS; i--) {
    if (run[i] === 's') continue;
    if (STOP_WORDS.has(run[i]!.toLowerCase())) break;
    words.push(run[i]!);
  }
  return words;
}

/**
 * A post set off after a name with no article (see BARE_APPOSITION): only a phrase opening with
 * no function word, holding a word in lower case and no "and" or "or", not a list ("Oslo, Bergen
 * and Tromso joined ...").
 */
function bareApposition(following: string): string | undefined {
  const phrase = BARE_APPOSITION.exec(following)?.[1];
  if (phrase === undefined) return undefined;
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0 || STOP_WORDS.has(words[0]!.toLowerCase())) return undefined;
  if (words.some((word) => word === 'and' || word === 'or')) return undefined;
  return words.some((word) => /^\p{Ll}/u.test(word) && !STOP_WORDS.has(word)) ? phrase : undefined;
}

/**
 * A post the question says a place holds: "the name of Azerbaijan's president" asks for the
 * president (stem "presid") of azerbaijan (see placesOf). No owners where the question names the
 * post and no place ("that president's name"): the name must still stand by the post.
 */
export interface OwnedPost {
  stem: string;
  owners: readonly string[];
}

/**
 * The places a word names: a country or people with an adjective of its own ("armenia"), or all
 * the ones an adjective is "of" ("armenian": armenia; "tunisian": tunis and tunisia, where placeOf
 * gives the first). Empty for others.
 */
export function placesOf(word: string): readonly string[] {
  const places: string[] = [];
  for (const { relation, word: other } of lexicon().related(word)) {
    if (relation === 'pertainym') places.push(other);
    else if (relation === 'pertainingAdjective' && !places.includes(word)) places.push(word);
  }
  return places;
}

/** Whether the text names one of the places ("Tunisian Prime Minister Habib Essid": tunisia). */
function namesAnyPlace(text: string, places: readonly string[]): boolean {
  const named = placesIn(text);
  return places.some((place) => named.has(place));
}

/** The places a text names (see placesOf), once per text. */
function placesIn(text: string): ReadonlySet<string> {
  const remembered = placeCache.get(text);
  if (remembered !== undefined) return remembered;
  if (placeCache.size >= CUE_CACHE_LIMIT) placeCache.clear();
  const places = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) for (const place of placesOf(word)) places.add(place);
  placeCache.set(text, places);
  return places;
}
const placeCache = new Map<string, ReadonlySet<string>>();

/**
 * A cue found in a passage: where it starts, and its words as stems in groups ("27", "februari"; see
 * stemGroups); for a name, the words it stands by (see wordsNameStandsBy), else null. Each is read
 * once per passage, not per question.
 */
interface Cue {
  at: number;
  stems: ReadonlyArray<readonly string[]>;
  standsBy: readonly string[] | null;
  /** For a number, whether it says only roughly how many (see isRough). */
  rough: boolean;
  /** For a number, whether it is a share ("82 percent of members"), which counts nothing. */
  share: boolean;
  /** For a number, whether it says how many people live somewhere (see population.ts). */
  population: boolean;
  /** For a number, the words after it in its clause (COUNTED_REACH at most), else null. */
  following: readonly CueWord[] | null;
  /** For a number, the words before it in its sentence (COUNTED_REACH_BEFORE at most), else null. */
  preceding: readonly CueWord[] | null;
  /**
   * For a number, the names the rest of its sentence joins with "and", "or" or commas, each as the
   * stems of its words ("in Kosovo and Afghanistan": [[kosovo], [afghanistan]]), else null.
   */
  joinedNames: ReadonlyArray<ReadonlyArray<readonly string[]>> | null;
  /**
   * For a length of time written as a modifier ("a three-year plan", "the 26-hour visit"), the
   * index terms of the words it stands before: what it is the length of. Else null.
   */
  measures: ReadonlyArray<string | null> | null;
}

// "three-year", "26-hour": a length of time written as one word with a hyphen modifies the noun after it.
const DURATION_MODIFIER = /-(?:second|minute|hour|day|night|week|month|year|decade)$/i;
// How many words after such a length may be the noun it is of ("a three-year individual plan").
const MEASURED_REACH = 3;

/** A word by a number, as written, and its index term, worked out once with the cue. */
interface CueWord {
  word: string;
  term: string | null;
}

const cueWords = (words: readonly string[]): CueWord[] =>
  words.map((word) => ({ word, term: indexTerm(word.toLowerCase()) }));

// A passage is read for the same kind of answer question after question: its cues are found
// once. Keyed by the passage's own text string, whose hash the engine computes only once.
const cueCache = new Map<string, Partial<Record<AnswerKind, Cue[]>>>();
const CUE_CACHE_LIMIT = 10_000;

/** The cues of that kind in the text. */
function cuesIn(kind: AnswerKind, text: string): Cue[] {
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
    // "Burundi's": the name's words, not its possessive "s".
    const words = (match[0].toLowerCase().match(WORD) ?? []).filter((word) => word !== 's');
    const end = match.index + match[0].length;
    const around = {
      before: text.slice(Math.max(0, match.index - YEAR_LEAD_CHARS), match.index),
      after: text.slice(end, end + HEDGE_CHARS),
    };
    if (isCue(kind, words, match[0], around))
      cues.push({
        at: match.index,
        stems: stemGroups(match[0]),
        standsBy: kind === 'name' || kind === 'holder' ? wordsNameStandsBy(text, match.index) : null,
        following: kind === 'quantity' ? wordsAfter(text, end) : null,
        preceding: kind === 'quantity' ? wordsBefore(text, match.index) : null,
        joinedNames: kind === 'quantity' ? namesJoinedAfter(text, end) : null,
        measures:
          kind === 'duration' && DURATION_MODIFIER.test(match[0])
            ? wordsAfter(text, end)
                .slice(0, MEASURED_REACH)
                .map(({ term }) => term)
            : null,
        rough: kind === 'quantity' && isRough(text, match.index, match[0]),
        share: kind === 'quantity' && SHARE_AFTER.test(text.slice(end)),
        population: kind === 'quantity' && givesPopulation(text, match.index, match[0]),
      });
  }
  if (kind === 'person') cues.push(...peopleNounCues(text));
  found[kind] = cues;
  return cues;
}

// "... during which members of his own party were reluctant to campaign", "critics say": news
// answers "who" with a common noun for people as often as with a name.
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu;

/**
 * A people noun's stem and its synonyms': one group, so that a question naming them in other
 * words ("the nato boss") is not answered by "the NATO chief".
 */
const peopleNounStems = memoised(
  (word: string): string[] => [
    stem(word),
    ...lexicon()
      .related(word)
      .filter((other) => other.relation === 'synonym')
      .map((other) => stem(other.word)),
  ],
  5000,
);

/** The common nouns for people in a text ("members", "officials", "critics"; see Lexicon.namesPeople) as cues. */
function peopleNounCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const match of text.matchAll(LOWER_CASE_WORD)) {
    const [word] = match;
    if (STOP_WORDS.has(word) || !lexicon().namesPeople(word)) continue;
    cues.push({
      at: match.index,
      stems: [peopleNounStems(word)],
      standsBy: null,
      following: null,
      preceding: null,
      joinedNames: null,
      measures: null,
      rough: false,
      share: false,
      population: false,
    });
  }
  return cues;
}

/**
 * A cue's words as stems, in groups: the parts of a hyphenated name are one ("near
 * Nagorno-Karabakh" names no new place to a question about Karabakh), any other word its own.
 */
function stemGroups(matched: string): string[][] {
  const groups: string[][] = [];
  for (const token of matched.toLowerCase().split(/\s+/)) {
    // "Burundi's": the name's words, not its possessive "s".
    const words = (token.match(WORD) ?? []).filter((word) => word !== 's');
    if (HYPHENATED.test(token)) groups.push(words.map(stem));
    else for (const word of words) groups.push([stem(word)]);
  }
  return groups;
}
const HYPHENATED = /\p{L}-\p{L}/u;

/** The words after `at` in its clause, COUNTED_REACH at most. */
function wordsAfter(text: string, at: number): readonly CueWord[] {
  const clause = /^[^.,;:!?()"“”]*/u.exec(text.slice(at, at + NAME_REACH_CHARS))![0];
  return cueWords((clause.match(WORD) ?? []).slice(0, COUNTED_REACH));
}

/**
 * The names the rest of the sentence from `at` joins ("missions in Kosovo and Afghanistan", "from
 * Italy, Poland, Germany and Spain"): runs of capitalised words, two or more of them with only
 * "and", "or" or a comma between.
 */
function namesJoinedAfter(text: string, at: number): ReadonlyArray<ReadonlyArray<readonly string[]>> {
  NEXT_SENTENCE_END.lastIndex = at;
  const end = NEXT_SENTENCE_END.exec(text)?.index ?? text.length;
  const lists: Array<Array<readonly string[]>> = [];
  let list: Array<readonly string[]> = [];
  let name: string[] = [];
  let joinerSeen = false;
  const closeName = () => {
    if (name.length === 0) return;
    if (list.length > 0 && !joinerSeen) {
      if (list.length > 1) lists.push(list);
      list = [];
    }
    list.push(name);
    name = [];
    joinerSeen = false;
  };
  for (const match of text.slice(at, end).matchAll(JOINED_NAME_TOKEN)) {
    const [token] = match;
    if (/^\p{Lu}/u.test(token)) {
      name.push(stem(token.toLowerCase()));
      continue;
    }
    closeName();
    if (token === ',' || token === 'and' || token === 'or') joinerSeen = list.length > 0;
    else {
      if (list.length > 1) lists.push(list);
      list = [];
      joinerSeen = false;
    }
  }
  closeName();
  if (list.length > 1) lists.push(list);
  return lists;
}
const JOINED_NAME_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|,/gu;

/**
 * Whether a number counts together the places or things a question asks the count of each of
 * apart ("how many in Kosovo and how many in Afghanistan", "in Kosovo as opposed to
 * Afghanistan"): "130 troops to missions in Kosovo and Afghanistan" gives neither. (Asked of one
 * of them alone, "how many troops in Kosovo", the total is what the text gives, and answers.)
 */
function countsNamesTogether(cue: Cue, asked: ReadonlySet<string>): boolean {
  for (const names of cue.joinedNames ?? []) {
    if (names.some((words) => words.some((word) => asked.has(word)))) return true;
  }
  return false;
}

// A sentence's end: . ! ? before a space, not the dot of "U.S." or "Mr." (after a word of one or
// two letters).
const SENTENCE_END = /(?<!\b\p{L}{1,2})[.!?]\s/gu;
// The same, searched from a position (namesJoinedAfter): its own object, as searching moves it.
const NEXT_SENTENCE_END = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);

/** The words before `at` in its sentence, COUNTED_REACH_BEFORE at most. */
function wordsBefore(text: string, at: number): readonly CueWord[] {
  const before = text.slice(Math.max(0, at - NAME_REACH_CHARS), at);
  let start = 0;
  for (const end of before.matchAll(SENTENCE_END)) start = end.index + end[0].length;
  const words = before.slice(start).match(WORD) ?? [];
  return cueWords(words.slice(Math.max(0, words.length - COUNTED_REACH_BEFORE)));
}

const CALENDAR_NAME = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'i');
const FUTURE_WORDS = new Set(['soon', 'tomorrow', 'tonight', 'next']);

// Enough text before a number to see the preposition or the month that makes it a year ("since
// 2015", "September 2016").
const YEAR_LEAD_CHARS = 12;
const YEAR_WORD = new RegExp(`^${YEAR}$`);
const YEAR_AFTER_PREPOSITION = new RegExp(`\\b(?:in|since|by|until|from|before|after|during|of|${MONTHS})\\s+$`, 'i');

// "USA Today", "The Tonight Show": capitalised inside a sentence, a word for a day is a name's.
const DAY_WORD_AS_NAME = /^(?:Today|Yesterday|Tomorrow|Tonight)$/;
// Where a sentence, a quotation or an aside may open: a capital there says nothing.
const OPENING_BEFORE = /(?:^|[.!?:;"\u201C\u2018(\u2014\u2013-])\s*$/u;

/**
 * Whether a match of a kind's pattern is a cue of that kind, from its words (`matched` as the text
 * has it) and the text just before and after it.
 */
function isCue(
  kind: AnswerKind,
  words: readonly string[],
  matched: string,
  { before, after }: { before: string; after: string },
): boolean {
  if (TIME_KINDS.has(kind) && DAY_WORD_AS_NAME.test(matched) && !OPENING_BEFORE.test(before)) return false;
  // "The board may close it", "they will march": news writes a month's or a weekday's name with a
  // capital, and the same word in lower case is a verb.
  if (TIME_KINDS.has(kind) && CALENDAR_NAME.test(matched) && matched[0] === matched[0]!.toLowerCase()) return false;
  // "When did it happen?" is not answered by "soon" or "next year".
  if (kind === 'pastTime') return !words.some((word) => FUTURE_WORDS.has(word));
  // "in October", "from Monday" say when, not where.
  if (kind === 'place') return !CALENDAR_NAME.test(words.at(-1) ?? '');
  // A name is rare, and no adjective of a people or a country ("Armenian"), which names no one;
  // another adjective may be a name ("press secretary Josh Earnest"). Of a holder, no country's
  // name either.
  if (kind === 'name' || kind === 'holder')
    return words.some((word) => isNameWord(word) && !namesAPeople(word) && (kind === 'name' || placeOf(word) === null));
  if (kind === 'person' && OPENS_QUOTE.test(before)) return words.some(isNameWord);
  // Opening a sentence, one capitalised word is a name only if it is one: "Sarkisian said", not
  // "The", nor a rare common noun ("Opponents fought the plan").
  if (kind === 'person' && SENTENCE_OPENS.test(before) && ONE_CAPITALISED_WORD.test(matched))
    return isNameWord(words[0]!) && (lexicon().namesPersonFirst(words[0]!) || !lexicon().canBeNoun(words[0]!));
  if (kind === 'quantity')
    return (
      // "In 2015, Yerevan ...", "the April 2016 hostilities" say when, not how many.
      !(YEAR_WORD.test(words[0] ?? '') && YEAR_AFTER_PREPOSITION.test(before)) &&
      // "One of the world's finest collections", "one of them" single one out; "since the early
      // 2000s" is a decade: neither counts.
      !(ONE_OF.test(matched) && OF_THE.test(after)) &&
      !DECADE_AFTER.test(after)
    );
  return true;
}

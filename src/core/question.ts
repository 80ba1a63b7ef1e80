import { definedName, longFormOf } from './acronyms.js';
import { asksAftermath } from './aftermath.js';
import { deedAsked, headingDeedAsked } from './agent.js';
import { type CountedThing, isNameWord, type OwnedPost, placeOf, placesOf } from './answer-kind.js';
import { MONTHS, WEEKDAYS } from './calendar-date.js';
import { asksConversation } from './conversation.js';
import { isDateWordAt } from './document-date.js';
import { asksInExchange, EXCHANGE_NOUNS } from './exchange.js';
import { happeningMatcher, PASSIVE_AUXILIARIES } from './happening.js';
import { type IdentifiedThing, thingWhichAsks } from './identified-thing.js';
import { isAdjective, type LexiconWord, lexicon, type RelatedWord, type Relation, wordForms } from './lexicon.js';
import { memoised, memoisedPerOwner } from './memo.js';
import { asksNegated } from './negation.js';
import { occasionWordsAt } from './occasion.js';
import { asksForOverview } from './overview.js';
import { mapPacked } from './packed.js';
import { asksPopulation, namesPopulationAsked } from './population.js';
import { asksPrevious } from './precedent.js';
import { endsWithStoryComma, opensRelativeClause, type QuestionWord, readQuestionWords } from './question-words.js';
import type { SearchIndex } from './search-index.js';
import { isSpeechVerb, speakerSpan } from './speaker.js';
import { asksSuperlative } from './superlative.js';
import { asksTenure } from './tenure.js';
import { baseOf, indexTerm, SAY_TERM, termWeight } from './terms.js';
import { isCapitalAt, stem } from './text.js';
import { commonWordMeant } from './typing-slips.js';
import type { Variant } from './vocabulary.js';
import {
  type AnswerKind,
  BACKING_WORDS,
  COPULAS,
  FRAME_WORDS,
  HEAD_WORDS,
  KIND_NOUNS,
  PERIODICALLY,
  PERIODS,
  POSITIONS_IN_TIME,
  POSTS,
  QUESTION_WORDS,
  STOP_WORDS,
  WEIGHT,
  WEIGHTY,
  WHEN_AFTER_PERIOD,
  YES_NO_OPENERS,
} from './word-lists.js';
import { type Neighbour, neighbours, neighbourTableSize } from './word-neighbours.js';

/** One topic word of a question, with the index terms it may match. */
export interface QuestionTerm {
  word: string;
  /**
   * Its inflectional base: a passage word with the same stem but another base is a derived
   * word. Null for a verb of saying, which any other verb of saying matches fully.
   */
  base: string | null;
  weight: number;
  /** Whether it stands in the sentence that asks, not in the chatter around it. */
  asked: boolean;
  /**
   * Whether the word weighs WEIGHTY by itself, wherever it stands: a name in the story around
   * the ask ("... soldiers dying near Karabakh ... How many were killed?") still names a topic.
   */
  weighty: boolean;
  /** Index terms it matches, best first: its own stem (similarity 1) and close variants. */
  variants: Variant[];
  /** The index term of the word itself, or -1 when no passage uses it. */
  ownTermId: number;
}

/** How an index term matches the question: which term, how closely, and through what (see Variant). */
export interface QuestionMatch {
  term: number;
  similarity: number;
  related: boolean;
  namesSame: boolean;
  sameSense: boolean;
}

export interface ParsedQuestion {
  terms: QuestionTerm[];
  totalWeight: number;
  answerKind: AnswerKind | undefined;
  /** Whether some of its terms stand in chatter around the sentence that asks (see QuestionTerm.asked). */
  hasChatter: boolean;
  /**
   * The stems of the question's words, for telling what it asks from what it already says:
   * "whats stoltenbergs first name" already says "Stoltenberg". Empty where it asks for no kind of
   * answer and no thing to identify: nothing reads it then.
   */
  askedWords: ReadonlySet<string>;
  /** Vocabulary id of each question word in order, function words included (-1: not in the index). */
  wordIds: Int32Array;
  /** Topic weight of each of those words (0 for function words and repeats), for verbatim phrases. */
  wordWeights: Float64Array;
  /** Index term id → the question term it matches and how closely; for highlighting and proximity. */
  matchOf: Map<number, QuestionMatch>;
  /**
   * Index term id → the other question terms it matches too, when it is a close match (see
   * MIN_SHARED_SIMILARITY) of several: "Iran" of both "Iranian" and "Tehran"; or any match of a
   * word of the ask and one of the story around it ("soldiers" of both "soldiers" and "troops").
   */
  sharedMatches: Map<number, QuestionMatch[]>;
  /**
   * The weighty terms naming whoever the question asks the words or reaction of ("what did the
   * Iranian spokesman say": iranian, spokesman); empty when it asks none (see speaker.ts).
   */
  speaker: readonly number[];
  /** The terms naming a year, a month or a day of the week, which a document's date may hold. */
  dateTerms: readonly number[];
  /** The terms naming the occasion the ask is set in ("at the briefing"; see occasion.ts). */
  occasionTerms: readonly number[];
  /**
   * Where the question names someone by a title ("what was the NATO secretary general concerned
   * about", "what did Tunisia's prime minister say"): the positions of its words in `wordIds`, a
   * post and the two words before it, and the terms they are. A document writes the title once,
   * before the name, and the name alone after (see DocumentContext.titleTerms).
   */
  titleWords: readonly number[];
  titleTerms: readonly number[];
  /**
   * "Which city ...", "which countries ...": the index terms of the names WordNet files under the
   * class asked about (see instanceVariants), one of which the passage that answers gives; empty
   * when the question asks no class or the knowledge names none of it.
   */
  classNames: ReadonlySet<number>;
  /** The index terms of the class words themselves ("city"), where classNames is not empty. */
  classTerms: ReadonlySet<number>;
  /** Whether it asks what the knowledge is about, naming no topic ("what is this article about"). */
  asksForOverview: boolean;
  /** Whether it asks about what did not happen ("who did not urge restraint"; see negation.ts). */
  negated: boolean;
  /** Whether it asks what became of something after the story ("did it end up ..."; see aftermath.ts). */
  aftermath: boolean;
  /** Whether it asks when or how long someone held a post ("when did she become mayor"; see tenure.ts). */
  tenure: boolean;
  /** Whether it asks about the one before ("what was the previous plan"; see precedent.ts). */
  previous: boolean;
  /** Whether it asks what was given for something ("in return for ...", "in exchange"; see exchange.ts). */
  inExchange: boolean;
  /** Whether it asks what people talked about ("what did they discuss"; see conversation.ts). */
  conversation: boolean;
  /** Whether it asks for the one at the top ("the most troops", "the biggest"; see superlative.ts). */
  superlative: boolean;
  /** Whether "how many" asks the count of each of several apart ("... and how many ...", "as opposed to"). */
  countsApart: boolean;
  /** What "how many ..." asks to count, when it names it (see countedThing). */
  counted: CountedThing | undefined;
  /** The stem of the verb "who ..." asks the doer of ("who killed them": kill; see agent.ts). */
  deed: string | undefined;
  /** Whether "how many" asks for the exact number ("how many exactly", "... specifically"). */
  exactNumber: boolean;
  /** Whether "how many" or "how much" asks how many in each year, month or day ("every year", "annually"). */
  perPeriod: boolean;
  /**
   * Whether "how many" asks a count, which a share ("15 percent of its economy") does not give:
   * not "how much", nor "how many percent".
   */
  countsWhole: boolean;
  /** Whether a quantity asked is how many people live somewhere ("the population of Tunisia"; see population.ts). */
  population: boolean;
  /** Whether a place asked is where someone or something is from ("which countries were they from"). */
  origin: boolean;
  /** Whether it asks what nationality someone is: a people's adjective anywhere in the answer says it ("five Azerbaijani soldiers"). */
  nationality: boolean;
  /**
   * For a name asked of a post a place holds ("the name of Azerbaijan's president", "who is the
   * president of Tunisia"), the post and the place: the name must stand by the post in a passage
   * that names the place.
   */
  post: OwnedPost | undefined;
  /** The thing "which ..." asks to identify, when it asks no other kind (see identified-thing.ts). */
  identified: IdentifiedThing | undefined;
}

/**
 * The stems of the words a question asks with, and of the name each acronym among them stands for
 * in the knowledge ("ipap": individual partnership action plan), which a passage may write out.
 * (An acronym the knowledge does not use is read as its name already: see readQuestionWords.)
 */
function askedStems(index: SearchIndex, words: readonly string[]): Set<string> {
  const stems = new Set(mapPacked(words, stem));
  for (const word of words) for (const part of definedName(index, word) ?? []) stems.add(stem(part));
  return stems;
}

/** Prefixes written with a hyphen before a word ("anti-terror", "non-member", "ex-military"). */
const BOUND_PREFIXES: ReadonlySet<string> = new Set(
  'anti pro non counter pre post co ex semi multi mid inter sub super ultra neo pseudo quasi re un de'.split(' '),
);

/**
 * Of those, the ones English writes only as a prefix: typed apart before a topic word ("anti terror
 * law"), the same; before a function word ("who is anti the new law"), a word of its own.
 */
const ONLY_PREFIXES: ReadonlySet<string> = new Set('anti non semi multi pseudo quasi neo ultra'.split(' '));

/** How much of its weight the noun after "which" or "what" keeps (see parseQuestion). */
const KIND_NOUN_SHARE = 0.6;

// Beyond this many words a question is a paste, not a question; the first ones lead.
export const MAX_QUESTION_WORDS = 200;
export const MAX_QUESTION_TERMS = 32;

/**
 * Reads a question: its topic words, their weights and matches, and the kind of answer it wants.
 * With `completeLastWord` (text still being typed), the last word also matches the words it
 * begins.
 */
export function parseQuestion(
  index: SearchIndex,
  question: string,
  options: { completeLastWord?: boolean } = {},
): ParsedQuestion {
  const cache = readingsOf(index);
  const read = readQuestionWords(question, cache.isKnown, cache.tokens, cache.longFormOf).slice(0, MAX_QUESTION_WORDS);
  // Not read on: the lists made from an empty one have another shape, and code optimised for
  // the usual shape would be thrown away and compiled again (tens of ms) when one comes.
  if (read.length === 0) return nothingAsked();
  const all = mapPacked(read, ({ word }) => word);
  if (asksForOverview(all)) return { ...nothingAsked(), asksForOverview: true };
  const asking = askingWords(read, all);
  const askingAsRead = askingRead(read);
  const answerKind = answerKindOf(asking);
  const populationAsked = answerKind === 'quantity' && asksPopulation(asking);
  const nationalityAsked = asking.some((word) => NATIONALITY_NOUNS.has(word));
  const superlative = asksSuperlative(asking);
  const guessed = guessedWords(read, answerKind);
  const terms: QuestionTerm[] = [];
  const wordWeights = new Float64Array(all.length);
  const wordIds = new Int32Array(all.length);
  const termOf = new Map<string, number>();
  // Which term each word is, -1 for none: the speaker is found among the words.
  const termAt = new Int32Array(all.length).fill(-1);
  // The readings of the words the knowledge does not use: the slips they may be (withSpeltRight).
  const unknownToKnowledge: WordReading[] = [];
  let classNames: Set<number> | undefined;
  let classTerms: Set<number> | undefined;
  // Whether the word at k owns the next, "country's troops", as the question spells it.
  const ownsAt = (k: number) => POSSESSIVE.test(question.slice(read[k]!.start));
  read.forEach(({ word, focus }, i) => {
    const reading = readingOf(index, cache, word);
    wordIds[i] = reading.wordId;
    // "what areas", "which country": the noun after the question word names the kind of
    // answer wanted, which the passage need not repeat.
    // (Not in "what Iran said", where the word after "what" says who spoke.)
    // "What exact date", "the full name": a word that only asks the answer whole or precise is
    // no topic either, nor is the noun after it.
    const intensifier =
      ASK_INTENSIFIERS.has(word) && (FRAME_WORDS.has(all[i + 1] ?? '') || ANSWER_DETERMINERS.has(all[i - 1] ?? ''));
    // ... and so does a count between them ("which two countries"): it says how many, not what.
    const between = all[i - 1] ?? '';
    const determinerAt = ASK_INTENSIFIERS.has(between) || isCountWord(between) ? i - 2 : i - 1;
    const kindNoun =
      (ANSWER_DETERMINERS.has(all[determinerAt] ?? '') && !isSpeechVerb(all[i + 1] ?? '')) ||
      // Asked a population, its words name the kind of answer: they weigh as a kind noun does.
      (populationAsked && namesPopulationAsked(word));
    // "more than 120 troops", "at least 100": a bound, not the number the passage must say.
    const bound = /^\d/.test(word) && !isDateWordAt(all, i) && BOUND_WORDS.has(all[i - 1] ?? '');
    // "at the end", "at the start": when something was said or done, no topic of its own.
    const whenInIt = POSITIONS_IN_TIME.has(word) && all[i - 1] === 'the' && all[i - 2] === 'at';
    // "how long", "how big": the measure asked for, which the passage gives ("a three-year plan").
    const measureAsked = all[i - 1] === 'how' && HOW_MEASURES.has(word);
    // "is supposed to see": a modal in words, as "should" is.
    const modal = all[i + 1] === 'to' && isOrMeans(SEMI_MODALS, word);
    // "Where is the museum located": the place asked for, which the passage gives without the word.
    const locating = answerKind === 'place' && isOrMeans(LOCATING, word);
    // "anti-terror law": the prefix says how the next word is meant, and names nothing itself.
    const prefix =
      BOUND_PREFIXES.has(word) &&
      (question[read[i]!.start + word.length] === '-' ||
        (ONLY_PREFIXES.has(word) && i + 1 < all.length && !STOP_WORDS.has(all[i + 1]!)));
    const frameLike =
      intensifier ||
      (kindNoun && ASK_INTENSIFIERS.has(between)) ||
      bound ||
      guessed[i] ||
      whenInIt ||
      measureAsked ||
      modal ||
      locating ||
      prefix;
    // The noun naming the kind of answer still says what the passage speaks of, where it is rare
    // enough to: "what commitment did he reaffirm" is answered by "reaffirm Armenia's commitment".
    const weightAlone = frameLike
      ? WEIGHT.weak
      : kindNoun
        ? Math.max(WEIGHT.weak, KIND_NOUN_SHARE * reading.weight)
        : reading.weight;
    const weight = focus * weightAlone;
    const { term } = reading;
    if (term === null) return;
    // "the article says", "mentioned in the story": what the article does, not what anyone in it said.
    if (term === SAY_TERM && saidOfTheArticle(all, i)) return;
    // "What time (of day)": the kind asked, which the passage says by the clock ("8:30 p.m."); its
    // sentence with "a short time later" is no nearer.
    if (answerKind === 'clock' && namesClockTime(all, i)) return;
    // "the president mentioned in the article": the text itself, which every passage is part of.
    if (isTheText(all, i)) return;
    if (reading.ownTermId < 0) unknownToKnowledge.push(reading);
    const known = termOf.get(term);
    if (known !== undefined) {
      termAt[i] = known;
      // The same topic twice: it counts once, as much as its weightiest mention.
      terms[known]!.weight = Math.max(terms[known]!.weight, weight);
      terms[known]!.asked ||= focus === 1;
      terms[known]!.weighty ||= weightAlone >= WEIGHTY;
      return;
    }
    if (terms.length >= MAX_QUESTION_TERMS) return;
    wordWeights[i] = weight;
    termAt[i] = terms.length;
    termOf.set(term, terms.length);
    // A copy: completing a word being typed adds to its list, and so does asking which one.
    // "Visit Yerevan", "in Tunis": the city itself, not the government news names by its capital
    // ("Yerevan says"), so the writer's own word for the country rules again.
    const asRead = PLACE_CUES.has(all[i - 1] ?? '') ? mapPacked(reading.variants, asPlace) : reading.variants.slice();
    // "The Kenyan capital", "the capital of Kenya": Nairobi, by name, first as the closest.
    const capital = capitalVariants(index, all, i);
    const variants =
      capital.length === 0
        ? asRead
        : [...capital, ...asRead.filter((v) => !capital.some((c) => c.termId === v.termId))];
    if (asksWhichOne(all, i, ownsAt)) {
      const names = instanceVariants(index, cache, word);
      variants.push(...names);
      for (const name of names) (classNames ??= new Set()).add(name.termId);
      if (names.length > 0 && reading.ownTermId >= 0) (classTerms ??= new Set()).add(reading.ownTermId);
    } else if (refersBack(all, i)) {
      for (const name of referenceVariants(index, cache, word))
        if (!variants.some((variant) => variant.termId === name.termId)) variants.push(name);
    }
    terms.push({
      word,
      base: reading.base,
      weight,
      asked: focus === 1,
      weighty: weightAlone >= WEIGHTY,
      variants,
      ownTermId: reading.ownTermId,
    });
  });
  addCompoundVariants(index, all, termAt, terms);
  addExchangeVariants(index, all, termAt, terms);
  addPhrasalVerbVariants(index, all, termAt, terms);
  addLightPhrasalVerbs(index, read, termAt, terms, wordWeights);
  if (answerKind === 'person') nameDoersAsDeeds(index, terms);
  weighGivenNamesAsOne(index, all, termAt, terms, wordWeights);
  // "source?", "link?", "context?": asking only for the article's backing names no topic.
  if (terms.every((term) => BACKING_WORDS.has(term.word))) {
    for (const term of terms) {
      term.weight = WEIGHT.weak;
      term.weighty = false;
    }
  }
  const last = terms.at(-1);
  if (
    options.completeLastWord &&
    last &&
    last.word === all.at(-1) &&
    !/\s$/.test(question) &&
    last.word.length >= MIN_COMPLETION_LENGTH
  ) {
    const known = new Set(last.variants.map((variant) => variant.termId));
    for (const termId of index.vocabulary.completions(last.word, MAX_COMPLETIONS)) {
      if (!known.has(termId)) last.variants.push({ termId, similarity: COMPLETION_SIMILARITY });
    }
  }
  const matchOf = new Map<number, QuestionMatch>();
  const sharedMatches = new Map<number, QuestionMatch[]>();
  terms.forEach((term, i) => {
    for (const { termId, similarity, related = false, namesSame = false, sameSense = false } of term.variants) {
      const match = { term: i, similarity, related, namesSame, sameSense };
      const best = matchOf.get(termId);
      if (best === undefined || similarity > best.similarity) matchOf.set(termId, match);
      // "What did the Iranian spokesman say? Did Tehran pick a side?": "Iran" in a passage is a
      // close match of both, and matches both. A looser one stands in for one of them only, unless
      // one stands in the ask and the other in the story around it ("soldiers died ... how many
      // troops were killed"): the story's word must not take the passage's word from the ask.
      if (
        best === undefined ||
        (Math.min(similarity, best.similarity) < MIN_SHARED_SIMILARITY && terms[best.term]!.asked === term.asked)
      )
        continue;
      const shared = sharedMatches.get(termId) ?? [];
      shared.push(similarity > best.similarity ? best : match);
      sharedMatches.set(termId, shared);
    }
  });
  // An ask with no weighty word of its own is read with the story before it (see asksOfItsOwn).
  const ownTopic = asksOfItsOwn(terms);
  const titleWords = titleWordsOf(all, termAt);
  // "which ferry route is the busiest" is answered by "... runs the busiest ferry route": the
  // superlative says which.
  const identified = answerKind === undefined && !superlative ? thingAsked(question, askingAsRead) : undefined;
  return {
    terms,
    totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
    answerKind,
    negated: asksNegated(askingAsRead),
    // An ask with no topic of its own ("..., so what happened?") asks what the story before it asks.
    aftermath: asksAftermath(asking) || (asking !== all && !ownTopic && asksAftermath(all)),
    tenure: asksTenure(asking, answerKind),
    previous: asksPrevious(asking),
    inExchange: asksInExchange(asking),
    conversation: asksConversation(asking),
    counted: answerKind === 'quantity' ? countedThing(index, read, terms, termAt) : undefined,
    countsApart: answerKind === 'quantity' && asksApart(read),
    post: answerKind === 'name' || answerKind === 'holder' ? postAsked(asking) : undefined,
    superlative,
    identified,
    exactNumber: answerKind === 'quantity' && asksExactly(askingAsRead),
    perPeriod: (answerKind === 'quantity' || answerKind === 'money') && asksPerPeriod(askingAsRead),
    countsWhole: answerKind === 'quantity' && asksCount(read),
    population: populationAsked,
    origin: answerKind === 'place' && (asking.at(-1) === 'from' || nationalityAsked),
    nationality: answerKind === 'place' && nationalityAsked,
    deed:
      answerKind === 'person'
        ? deedAsked(asking, firstAsking(asking))
        : answerKind === 'name'
          ? headingDeedAsked(asking, firstAsking(asking))
          : undefined,
    // "Where did Obama speak to the BBC?" asks where it was said, not what.
    speaker: answerKind === 'place' ? NO_SPEAKER : speakerTerms(read, all, terms, termAt),
    dateTerms: dateTermsOf(all, termAt),
    // Who was there is told where the occasion is named.
    occasionTerms: answerKind === 'person' ? [] : termsAt(occasionWordsAt(all), termAt),
    titleWords,
    titleTerms: termsAt(titleWords, termAt),
    classNames: classNames ?? NO_CLASS_NAMES,
    classTerms: classTerms ?? NO_CLASS_NAMES,
    asksForOverview: false,
    hasChatter: terms.some((term) => !term.asked) && ownTopic,
    // The asker's guess is no part of what the question already says: "130" in the passage
    // still answers "how many troops, 130?". Read only against a kind of answer or a thing asked
    // to identify (see answerKindWhereAsked): most questions ask for neither.
    askedWords:
      answerKind === undefined && identified === undefined
        ? NO_ASKED_WORDS
        : withSpeltRight(
            index,
            unknownToKnowledge,
            askedStems(index, guessed === NO_GUESS ? all : all.filter((_, i) => !guessed[i])),
          ),
    wordIds,
    wordWeights,
    matchOf,
    sharedMatches,
  };
}

/**
 * The index terms of the national capital a question names as "the Kenyan capital", "Kenya's
 * capital" or "the capital of Kenya" (WordNet's), for each of those words (at `i`): the phrase
 * names the place, by a name the passage may write ("Nairobi"). Empty for other words.
 */
function capitalVariants(index: SearchIndex, words: readonly string[], i: number): Variant[] {
  const nation = capitalNamed(words, i);
  if (nation === undefined) return [];
  const found: Variant[] = [];
  for (const { relation, word } of lexicon().related(nation)) {
    if (relation !== 'capital') continue;
    const term = indexTerm(word);
    const termId = term === null ? undefined : index.termId(term);
    if (termId !== undefined) found.push({ termId, similarity: 1 });
  }
  return found;
}

/** The country whose capital the word at `i` is part of naming ("kenyan" or "capital" in "the kenyan capital"). */
function capitalNamed(words: readonly string[], i: number): string | undefined {
  const nationAt = (at: number) => placesOf(words[at] ?? '')[0];
  if (words[i] === 'capital') return nationAt(i - 1) ?? (words[i + 1] === 'of' ? nationAt(i + 2) : undefined);
  if (words[i + 1] === 'capital') return nationAt(i);
  return words[i - 1] === 'of' && words[i - 2] === 'capital' ? nationAt(i) : undefined;
}

/** Words before a place that make a capital the city, not its country's government: "visit Yerevan". */
const PLACE_CUES: ReadonlySet<string> = new Set(
  'in at to into near around outside inside toward towards visit visits visited visiting'.split(' '),
);

/** A variant with the same name's match taken as a related word's (see PLACE_CUES). */
function asPlace(variant: Variant): Variant {
  return variant.namesSame ? { termId: variant.termId, similarity: variant.similarity, related: true } : variant;
}

// The kinds of answer a number or a calendar word after the comma may be a guess at.
const COUNTED_KINDS: ReadonlySet<AnswerKind> = new Set([
  'time',
  'pastTime',
  'year',
  'month',
  'day',
  'clock',
  'duration',
  'quantity',
  'money',
  'age',
  'measure',
]);
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
// A guessed place or someone is a word or two: "where, iraq?", "who, aliyev?".
const MAX_NAMED_GUESS_WORDS = 2;
// Most questions guess at nothing: no word is marked, and nothing is made for them.
const NO_GUESS: readonly boolean[] = [];

/**
 * Which words are the asker's guess at the answer (see QuestionWord.guessing): those after the
 * ask's last comma, when they offer alternatives ("who blamed them, iran or turkey", "what did
 * iran urge, restraint or retaliation") or the kind of answer asked for: a number or a date
 * where it asks for one ("how many, 130?", "when, in october?"), a word or two where it asks
 * for a place or someone ("where, iraq?", "who did he meet, aliyev?"). A guess weighs like a
 * frame word: the passage that answers need not say it, and where it does, it answers. Not the
 * topic said again ("how many were killed, soldiers?") nor a year that places the ask ("what
 * happened to them, in 2013?").
 */
function guessedWords(
  read: readonly { word: string; guessing: boolean }[],
  answerKind: AnswerKind | undefined,
): readonly boolean[] {
  if (!read.some((word) => word.guessing)) return NO_GUESS;
  const tail = mapPacked(
    read.filter((word) => word.guessing),
    ({ word }) => word,
  );
  const guess =
    tail.includes('or') ||
    (answerKind !== undefined &&
      (COUNTED_KINDS.has(answerKind)
        ? tail.some((word) => /\d/.test(word) || CALENDAR_WORDS.has(word))
        : tail.length > 0 && tail.length <= MAX_NAMED_GUESS_WORDS));
  return mapPacked(read, (word) => guess && word.guessing);
}

/** The terms of the words naming a year, a month or a day of the week (see isDateWordAt). */
function dateTermsOf(all: readonly string[], termAt: Int32Array): number[] {
  const dates: number[] = [];
  for (let i = 0; i < all.length; i++) if (isDateWordAt(all, i)) dates.push(i);
  return termsAt(dates, termAt);
}

/**
 * The positions of the words of the titles a question names someone by: a post held by one
 * ("director", "minister", "chief"; not "the two leaders") with the topic words just before it,
 * two at most and no number ("Amnesty International director", "Tunisia's prime minister"), and
 * "general" after it ("secretary general").
 */
function titleWordsOf(all: readonly string[], termAt: Int32Array): number[] {
  const positions: number[] = [];
  const inTitle = (at: number) => termAt[at]! >= 0 && !/\d/.test(all[at]!) && !NUMBER_TWINS.has(all[at]!);
  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    if (!POSTS.has(word) || baseOf(word) !== word || termAt[i]! < 0) continue;
    let first = i;
    while (first > i - MAX_TITLE_WORDS_BEFORE_POST && first > 0 && inTitle(first - 1)) first--;
    for (let at = first; at < i; at++) if (!positions.includes(at)) positions.push(at);
    if (!positions.includes(i)) positions.push(i);
    if (all[i + 1] === 'general' && termAt[i + 1]! >= 0) positions.push(i + 1);
  }
  return positions;
}

/** The distinct terms of the words at `positions`. */
function termsAt(positions: readonly number[], termAt: Int32Array): number[] {
  const found: number[] = [];
  for (const i of positions) {
    const term = termAt[i]!;
    if (term >= 0 && !found.includes(term)) found.push(term);
  }
  return found;
}

/**
 * Whether the verb of saying at `i` is the article's ("the article says", "mentioned in the
 * story"), not anyone's in it. A report the story quotes ("the UN report says") speaks for itself.
 */
function saidOfTheArticle(words: readonly string[], i: number): boolean {
  if (isTheText(words, i - 1)) return true;
  return (words[i + 1] === 'in' || words[i + 1] === 'by') && isTheText(words, i + 3);
}

/** Whether the word at `at` names the text itself: "the article", "the sanctions story", "this BBC piece". */
function isTheText(words: readonly string[], at: number): boolean {
  return (
    TEXT_NOUNS.has(words[at] ?? '') &&
    (POINTING_DETERMINERS.has(words[at - 1] ?? '') || POINTING_DETERMINERS.has(words[at - 2] ?? ''))
  );
}

/** The reading of a question with no words in it ("???", emoji only): nothing to search. */
function nothingAsked(): ParsedQuestion {
  return {
    terms: [],
    totalWeight: 0,
    answerKind: undefined,
    hasChatter: false,
    askedWords: NO_ASKED_WORDS,
    wordIds: new Int32Array(0),
    wordWeights: new Float64Array(0),
    matchOf: new Map(),
    sharedMatches: new Map(),
    speaker: NO_SPEAKER,
    dateTerms: [],
    occasionTerms: [],
    titleWords: [],
    titleTerms: [],
    classNames: NO_CLASS_NAMES,
    classTerms: NO_CLASS_NAMES,
    asksForOverview: false,
    negated: false,
    aftermath: false,
    tenure: false,
    previous: false,
    inExchange: false,
    conversation: false,
    superlative: false,
    counted: undefined,
    countsApart: false,
    post: undefined,
    identified: undefined,
    exactNumber: false,
    perPeriod: false,
    countsWhole: false,
    population: false,
    origin: false,
    nationality: false,
    deed: undefined,
  };
}

// "How many people", "how many times": anyone or anything; no passage word need say it.
const ANY_COUNT: ReadonlySet<string> = new Set([
  'people',
  'person',
  'persons',
  'individuals',
  'times',
  'ones',
  'things',
]);
// "How many percent", "how many percentage points": a share is what it asks.
const SHARE_WORDS: ReadonlySet<string> = new Set(['percent', 'percentage', 'percentages']);

/** Whether the ask says "how many" of no share ("how many percent" asks one; "how much" may take one). */
function asksCount(read: readonly { word: string; focus: number }[]): boolean {
  return askedHowAt(read, MANY) >= 0 && !read.some(({ word }) => SHARE_WORDS.has(word));
}

/**
 * Where the ask (not a story around it: "my friend asked how many ferries run. How many storms
 * hit?") says "how" and one of `words` ("many", "much"): that word, -1 where it does not.
 */
function askedHowAt(read: readonly { word: string; focus: number }[], words: ReadonlySet<string>): number {
  return read.findIndex(({ word, focus }, i) => focus === 1 && words.has(word) && read[i - 1]?.word === 'how');
}
const MANY: ReadonlySet<string> = new Set(['many']);
const MANY_OR_MUCH: ReadonlySet<string> = new Set(['many', 'much']);
// "how many soldiers": the counted noun stands within this many words of "many".
const COUNTED_NOUN_REACH = 3;

/**
 * The terms that name what is counted: its own word's, its forms' and spellings', and those of the
 * words WordNet relates to it ("police officers" for "cops") or the word vectors put at its sense
 * (Variant.sameSense: "troops" for "soldiers"); not a word the vectors only put near it, as they
 * put "soldier" near "civilians": "five soldiers were killed" is no count of civilians hurt.
 */
function countedTerms(index: SearchIndex, word: string, term: QuestionTerm, into: Set<number>): void {
  let inWordNet: Set<number> | undefined;
  for (const variant of term.variants) {
    if (variant.related && variant.sameSense !== true) {
      if (inWordNet === undefined) {
        const known = relatedTermsOf(index);
        inWordNet = new Set(mapPacked(relatedWords(word), (related) => lexiconWordTermId(index, known, related)));
      }
      if (!inWordNet.has(variant.termId)) continue;
    }
    into.add(variant.termId);
  }
}

// "registered", "foreign": a word before the counted noun that describes it, not a noun itself.
const isDescribing = (word: string) => word !== '' && !isNoun(word) && isAdjective(word);

// A plural may also be a verb's form ("storms", "ships"); "died" only names a die by chance.
const isNoun = (word: string) =>
  !STOP_WORDS.has(word) && (lexicon().mostlyNoun(word) || (word.endsWith('s') && lexicon().canBeNoun(word)));

/**
 * What "how many ..." asks to count, or "how much ..." to measure: the nouns right after "many"
 * or "much" ("how many Armenian soldiers died": soldiers; "how much rain": rain), matched by the
 * passage words their terms match, and the places it says they are of: a people's adjective
 * among them (Armenian), or a place after "from" ("how many soldiers from Armenia"). Where it
 * names nothing in particular ("how many people", "how many were killed"), anyone counts, as
 * having undergone what it says (see anyoneWho); undefined where it says nothing of that.
 */
function countedThing(
  index: SearchIndex,
  read: readonly { word: string; focus: number }[],
  terms: readonly QuestionTerm[],
  termAt: Int32Array,
): CountedThing | undefined {
  // "How much rain": an amount of it, which a share may give ("40 percent of the land").
  const many = askedHowAt(read, MANY_OR_MUCH);
  if (many < 0) return undefined;
  const termIds = new Set<number>();
  const places = new Set<string>();
  let start = many + 1;
  // "how many registered voters": past the words that describe them.
  while (start <= many + COUNTED_NOUN_REACH && isDescribing(read[start]?.word ?? '')) start++;
  let end = start;
  while (end < read.length && end <= many + COUNTED_NOUN_REACH && isNoun(read[end]!.word)) end++;
  if (end === start) return anyoneWho(read, start);
  for (let i = start; i < end; i++) {
    const { word } = read[i]!;
    if (ANY_COUNT.has(word)) return anyoneWho(read, end);
    // Before the last noun, "Armenian" says whose; last, "Americans" or "mosaics" is what is counted.
    const place = i < end - 1 ? placeOf(word) : null;
    if (place !== null) places.add(place);
    else if (termAt[i]! >= 0) countedTerms(index, word, terms[termAt[i]!]!, termIds);
  }
  const from = read[end]?.word === 'from' ? placeOf(read[end + 1]?.word ?? '') : null;
  if (from !== null) places.add(from);
  const undergone = from === null ? undergoneAt(read, end) : undefined;
  return {
    isCounted(term) {
      const termId = index.termId(term);
      return termId !== undefined && termIds.has(termId);
    },
    places,
    shares: read[many]!.word === 'much' || read.slice(many + 1, end).some(({ word }) => SHARE_WORDS.has(word)),
    undergoes: undergone === undefined ? undefined : happeningMatcher(undergone),
  };
}

/**
 * "How many people were killed": anyone counted, but only as having undergone what the question
 * says (see undergoneAt); undefined where it says nothing of that ("how many people").
 */
function anyoneWho(read: readonly { word: string }[], end: number): CountedThing | undefined {
  const undergone = undergoneAt(read, end);
  const undergoes = undergone === undefined ? undefined : happeningMatcher(undergone);
  if (undergoes === undefined) return undefined;
  return { isCounted: () => true, places: NO_PLACES, undergoes };
}
const NO_PLACES: ReadonlySet<string> = new Set();

/**
 * What the counted thing underwent, as the question says right after it: "how many people were
 * killed" (killed), "how many soldiers got wounded", "how many have been arrested"; or its own
 * past tense, "how many soldiers died". Undefined where it says none ("how many troops does
 * Armenia send").
 */
function undergoneAt(read: readonly { word: string }[], at: number): string | undefined {
  let next = at;
  while (next < at + 2 && PASSIVE_AUXILIARIES.has(read[next]?.word ?? '')) next++;
  const word = read[next]?.word;
  if (word === undefined || STOP_WORDS.has(word)) return undefined;
  return next > at || word.endsWith('ed') ? word : undefined;
}

/**
 * Whether a "how many" question asks for each of several counts: "how many ... and how many ...",
 * "in Kosovo as opposed to Afghanistan", "versus", "respectively", "each".
 */
function asksApart(read: readonly { word: string; focus: number }[]): boolean {
  let hows = 0;
  for (let i = 0; i < read.length; i++) {
    const { word, focus } = read[i]!;
    if (focus !== 1) continue;
    if (word === 'how' && (read[i + 1]?.word === 'many' || read[i + 1]?.word === 'much')) hows++;
    // "each year" asks how many a year, not each one's count (see asksPerPeriod).
    if (word === 'each' && PERIOD_NOUNS.has(read[i + 1]?.word ?? '')) continue;
    if (APART_WORDS.has(word) || (word === 'opposed' && read[i + 1]?.word === 'to')) return true;
  }
  return hows > 1;
}
const APART_WORDS: ReadonlySet<string> = new Set(['versus', 'vs', 'respectively', 'each']);

const NO_ASKED_WORDS: ReadonlySet<string> = new Set();

// A speaker's word weighing less than this ("the article", "you") names nobody.
const SPEAKER_WEIGHT = 0.5;
const NO_SPEAKER: readonly number[] = [];

/**
 * Whether the sentence that asks names a topic of its own, as much as one weighty word: "so whats
 * the deal w/ the new plan, how long is it for" asks of what the chatter before it names ("it"),
 * and is read whole.
 */
function asksOfItsOwn(terms: readonly QuestionTerm[]): boolean {
  let weight = 0;
  for (const term of terms) if (term.asked) weight += term.weight;
  return weight >= WEIGHTY;
}

/** The terms of the speaker the sentence that asks names, if it asks what someone said. */
function speakerTerms(
  read: readonly { focus: number }[],
  all: readonly string[],
  terms: readonly QuestionTerm[],
  termAt: Int32Array,
): readonly number[] {
  // Most questions ask no one's words: nothing is made for them.
  if (!all.some(isSpeechVerb)) return NO_SPEAKER;
  const asking: number[] = [];
  for (let i = 0; i < read.length; i++) if (read[i]!.focus === 1) asking.push(i);
  const span = speakerSpan(mapPacked(asking, (i) => all[i]!));
  if (span === undefined) return NO_SPEAKER;
  const speaker: number[] = [];
  for (let k = span[0]; k < span[1]; k++) {
    const term = termAt[asking[k]!]!;
    // A post says who speaks however common its word ("head" weighs 0.45): "NATO's head" is not NATO.
    const named = term >= 0 && (terms[term]!.weight >= SPEAKER_WEIGHT || POSTS.has(terms[term]!.word));
    if (named && !speaker.includes(term)) speaker.push(term);
  }
  return speaker;
}

/**
 * Relations that name the same thing another way, as a form of the word would ("Turkish" and
 * Turkey): not weak evidence, and counted even in a document that uses the question's own word,
 * since writers use both forms alike ("the foreign ministry of Turkey", "the Turkish ministry").
 */
const IS_WORD_FORM: Partial<Record<Relation, boolean>> = { pertainym: true, pertainingAdjective: true };

/**
 * How closely a word WordNet relates to the question word stands in for it. Weak evidence but
 * for the word forms above: a third to a half of such matches are spurious, so they only help a
 * passage that also holds the question's other words.
 */
const RELATION_SIMILARITY: Record<Relation, number> = {
  synonym: 0.55,
  // "Did Tehran take a side" asks what Iran did: news names a government by its capital. Still
  // weak evidence: "the weather in Tehran" is not about the country's government.
  country: 0.8,
  // And the other way: "what did Armenia say" is answered where "Yerevan expressed readiness".
  capital: 0.8,
  pertainym: 0.8,
  pertainingAdjective: 0.8,
  derivation: 0.5,
  // An adjective WordNet calls similar is most often another degree or shade ("hot" for "warm"):
  // among the weakest (fitted, DESIGN.md section 4).
  similar: 0.27,
  hypernym: 0.4,
  // A narrower word of WordNet's tree ("pistol" for "weapon") is as often another thing of the
  // kind as the one asked about: weaker still (fitted).
  hyponym: 0.25,
  // What a word's definition says it is a kind of ("hail": "praise vociferously") is a hypernym in
  // the lexicographer's words, often where WordNet's tree puts the two further apart ("hail" is two
  // steps below "praise"), and as weak. The other way, a word defined as a kind of the question's
  // word ("hailed" for "praise") says it in a stronger way, as a derived word would (fitted).
  genus: 0.4,
  species: 0.5,
};

/**
 * How closely a name stands in for the class noun it is an instance of, where the question asks
 * which one ("which countries": "Afghanistan"). The name is the answer, as close as a form of the
 * word, and no other word a writer might have used for the class: the rule that a related word
 * counts only in a document that does not use the question's word does not apply to it.
 */
const INSTANCE_SIMILARITY = 0.8;
/** The most names of one class a question word matches: those most common in English. */
const MAX_INSTANCE_VARIANTS = 8;

/**
 * Whether the word at `i` is the class of thing the question asks which one of: "which
 * countries", "what city", "which 2 countries", "name the countries". Elsewhere a class noun is
 * one the question speaks of ("stabilizing the countries"), and a name is no match for it.
 */
function asksWhichOne(words: readonly string[], i: number, owns: (k: number) => boolean): boolean {
  const before = words[i - 1] ?? '';
  if (ANSWER_DETERMINERS.has(before)) {
    // "Which US president": the class is the noun the phrase ends in, not a word describing it
    // (but "which country's troops" asks for a country: owning the next word, it heads no thing).
    const thing = thingWhichAsks(words, i - 1, owns);
    if (thing !== undefined && thing.stem !== stem(words[i]!)) return false;
    return !isSpeechVerb(words[i + 1] ?? '');
  }
  if (isCountWord(before)) return ANSWER_DETERMINERS.has(words[i - 2] ?? '');
  if (before === 'the') return LISTING_VERBS.has(words[i - 2] ?? '');
  return LISTING_VERBS.has(before);
}
const LISTING_VERBS: ReadonlySet<string> = new Set(['name', 'list']);

/**
 * "The alliance", "the alliance's chief", "the Western alliance": a class noun after a word that
 * points back (one word may stand between) refers to a named thing of that class the reader is
 * taken to know, and a passage naming one the knowledge holds ("NATO", which WordNet files under
 * alliance) may speak of it. Weak evidence, since the knowledge may name several of the class:
 * fitted on the tuning sets (0.3 to 0.8 all within three of the best, 0.4).
 */
const CLASS_REFERENCE_SIMILARITY = 0.4;
/**
 * A name as common in English as an everyday word (10 a million, "south", "west", "centre" for
 * "the region") more often is that word in a text: not one the class noun refers to.
 */
const MAX_REFERENCE_NAME_ZIPF = 4;
const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their']);

function refersBack(words: readonly string[], i: number): boolean {
  return POINTING_BACK.has(words[i - 1] ?? '') || POINTING_BACK.has(words[i - 2] ?? '');
}

/** The index terms of the names a class noun referring back may stand for (see CLASS_REFERENCE_SIMILARITY). */
function referenceVariants(index: SearchIndex, readings: Readings, word: string): readonly Variant[] {
  return classNameVariants(index, readings.references, word, CLASS_REFERENCE_SIMILARITY, MAX_REFERENCE_NAME_ZIPF);
}

const NO_CLASS_NAMES: ReadonlySet<number> = new Set();

/** The index terms of the names of the class `word` names (see Lexicon.instances), as variants of it. */
function instanceVariants(index: SearchIndex, readings: Readings, word: string): readonly Variant[] {
  return classNameVariants(index, readings.instances, word, INSTANCE_SIMILARITY, Number.POSITIVE_INFINITY);
}

/**
 * The index terms of the names WordNet files under the class `word` names, at most
 * MAX_INSTANCE_VARIANTS, each at `similarity`, leaving out names at or above `maxZipf`;
 * remembered in `memo` (one per use, as the uses weigh and filter them apart).
 */
function classNameVariants(
  index: SearchIndex,
  memo: Map<string, readonly Variant[]>,
  word: string,
  similarity: number,
  maxZipf: number,
): readonly Variant[] {
  const remembered = memo.get(word);
  if (remembered !== undefined) return remembered;
  const known = relatedTermsOf(index);
  const variants: Variant[] = [];
  for (const name of lexicon().instances(word)) {
    if (lexicon().zipf(name.word) >= maxZipf) continue;
    const termId = lexiconWordTermId(index, known, name);
    if (termId >= 0) variants.push({ termId, similarity });
    if (variants.length === MAX_INSTANCE_VARIANTS) break;
  }
  if (memo.size >= READING_CACHE_LIMIT) memo.clear();
  memo.set(word, variants);
  return variants;
}

// Words close in vector space are often related ("ties", "relations") but as often only of
// the same sort ("praise", "criticism"; one capital and another): weaker evidence still, a
// share of their closeness (fitted, DESIGN.md section 4).
const MIN_NEIGHBOUR_SIMILARITY = 0.6;
const NEIGHBOUR_SHARE = 0.66;
/**
 * A word both WordNet relates to the question word and the word vectors put among its nearest
 * ("collaboration": "cooperation", its hypernym and a neighbour) is that relation in the sense
 * the texts use: the wrong-sense relations that make WordNet's matches weak ("boss": "stamp")
 * are not near in the vectors, and a neighbour WordNet does not relate may be only of the same
 * sort ("praise", "criticism"). Still a related word, but one of the sense the texts use, which
 * counts also where the document uses the question's own word (Variant.sameSense): "discussing"
 * for "talks" in an article that says "talks" elsewhere.
 */
const AGREED_SIMILARITY = 0.65;
/**
 * A neighbour this close in the word vectors is the word itself in other words ("troops" for
 * "soldiers", 0.9): of the same sense, though WordNet does not relate them (Variant.sameSense).
 * Chosen on the tuning sets: 0.85 and 0.9 alike, 0.8 answering one more off-topic question.
 */
const SAME_SENSE_NEIGHBOUR_SIMILARITY = 0.85;

/**
 * What a question word is to an index: its term (null for a function word), weight, base form,
 * vocabulary id and variants. Worked out once per index and word: people ask with the same words,
 * and reading a word touches a dozen tables (shorthand, stop words, the vocabulary, the lexicon's
 * word list, the memos of folding, stemming and weights), which under load are no longer in the
 * processor's cache; one lookup here touches one.
 */
interface WordReading {
  term: string | null;
  weight: number;
  base: string | null;
  wordId: number;
  /** Index terms it may match, best first: itself, typo and spelling variants, related words. */
  variants: Variant[];
  ownTermId: number;
}

interface Readings {
  /** Question word → its reading. */
  words: Map<string, WordReading>;
  /** Class noun → its names in the index (see instanceVariants). */
  instances: Map<string, readonly Variant[]>;
  /** Class noun referring back → the names it may stand for in the index (see referenceVariants). */
  references: Map<string, readonly Variant[]>;
  /** Token → the word it is read as (see readQuestionWords). */
  tokens: Map<string, string | null>;
  isKnown: (word: string) => boolean;
  longFormOf: (acronym: string) => readonly string[] | undefined;
}

const readingsByIndex = new WeakMap<SearchIndex, Readings>();
const READING_CACHE_LIMIT = 20_000;

function readingsOf(index: SearchIndex): Readings {
  let readings = readingsByIndex.get(index);
  if (!readings) {
    readings = {
      words: new Map(),
      instances: new Map(),
      references: new Map(),
      tokens: new Map(),
      isKnown: (word) => index.vocabulary.wordId(word) !== undefined,
      longFormOf: (acronym) => longFormOf(index, acronym),
    };
    readingsByIndex.set(index, readings);
  }
  if (readings.tokens.size >= READING_CACHE_LIMIT) readings.tokens.clear();
  return readings;
}

function readingOf(index: SearchIndex, readings: Readings, word: string): WordReading {
  let reading = readings.words.get(word);
  if (reading) return reading;
  // A word that is a function word in the knowledge's other languages, and no English term of
  // it is indexed, carries no topic here.
  let term = indexTerm(word);
  const own = term === null ? undefined : index.termId(term);
  if (term !== null && own === undefined && index.otherLanguageTerms(word).functionWord) term = null;
  const wordId = index.vocabulary.wordId(word) ?? -1;
  const typed = term === null ? [] : findVariants(index, word, term, own);
  const variants = term === null ? typed : withWordMeant(index, word, typed, wordId);
  reading = {
    term,
    // A slip of a common word that nothing in the knowledge is close to weighs as that word:
    // "suposed" is no name the knowledge leaves out.
    weight: termWeight(wordId < 0 && typed.length === 0 ? (commonWordMeant(word) ?? word) : word),
    base: term === null || term === SAY_TERM ? null : baseOf(word),
    wordId,
    variants,
    ownTermId: term === null ? -1 : (own ?? -1),
  };
  if (readings.words.size >= READING_CACHE_LIMIT) readings.words.clear();
  readings.words.set(word, reading);
  return reading;
}

/**
 * How closely a one-word synonym of a two-word name stands in for each of its words: "cinema" for
 * "movie theater", "confident" for "self-assured". WordNet gives the name as one lemma, so its
 * synonyms are of the sense the two words make together, surer than a single word's.
 */
const COMPOUND_SIMILARITY = 0.65;
/**
 * And a one-word hypernym of a two-word verb that has no one-word synonym ("land" for "touch
 * down"): of the sense the two words make, but a wider word for it.
 */
const COMPOUND_HYPERNYM_SIMILARITY = 0.5;

function compoundSimilarity(word: RelatedWord): number {
  return word.relation === 'hypernym' ? COMPOUND_HYPERNYM_SIMILARITY : COMPOUND_SIMILARITY;
}

/**
 * Gives both words of each two-word name in the question that WordNet knows as one lemma
 * ("movie theater", "self-assured", see Lexicon.compound) the name's one-word synonyms as variants.
 */
function addCompoundVariants(
  index: SearchIndex,
  all: readonly string[],
  termAt: Int32Array,
  terms: QuestionTerm[],
): void {
  const known = relatedTermsOf(index);
  forEachTermPair(all, termAt, (i, first, second) => {
    for (const word of lexicon().compound(all[i]!, all[i + 1]!)) {
      const termId = lexiconWordTermId(index, known, word);
      if (termId < 0) continue;
      for (const term of [terms[first]!, terms[second]!]) {
        if (!term.variants.some((variant) => variant.termId === termId))
          term.variants.push({ termId, similarity: compoundSimilarity(word) });
      }
    }
  });
}

/**
 * Gives the noun of "in return" the noun of "in exchange" as a variant, and the other way round:
 * the two say the same, and "what does Sudan have to do in exchange" is answered by "In return,
 * Sudan will ..." (see exchange.ts). Not out of the phrase: "return" and "exchange" apart mean
 * other things ("the return of refugees", "an exchange of fire").
 */
function addExchangeVariants(
  index: SearchIndex,
  all: readonly string[],
  termAt: Int32Array,
  terms: QuestionTerm[],
): void {
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1] !== 'in' || termAt[i]! < 0 || !EXCHANGE_NOUNS.includes(all[i]!)) continue;
    const { variants } = terms[termAt[i]!]!;
    for (const noun of EXCHANGE_NOUNS) {
      const termId = index.termId(indexTerm(noun)!);
      if (termId === undefined) continue;
      const at = variants.findIndex((variant) => variant.termId === termId);
      if (at >= 0) variants.splice(at, 1);
      variants.unshift({ termId, similarity: 1 });
    }
  }
}

/**
 * How closely the noun for one who does a thing stands in for the verb, asked who did it: "who
 * leads Ennahda" is answered by "the leader of Ennahda, Rachid Ghannouchi".
 */
const DOER_SIMILARITY = 0.8;

/** Raises to DOER_SIMILARITY the derived nouns for people among each term's variants ("leads": leader). */
function nameDoersAsDeeds(index: SearchIndex, terms: QuestionTerm[]): void {
  const known = relatedTermsOf(index);
  for (const term of terms) {
    let raised = false;
    for (const form of [term.word, ...lexicon().lemmas(term.word)]) {
      for (const related of lexicon().related(form)) {
        if (related.relation !== 'derivation' || !lexicon().namesPeople(related.word)) continue;
        const termId = lexiconWordTermId(index, known, related);
        const at = term.variants.findIndex((variant) => variant.termId === termId);
        if (at < 0 || term.variants[at]!.similarity >= DOER_SIMILARITY) continue;
        // Of the sense asked, so it counts where the document uses the verb too ("led").
        term.variants[at] = { ...term.variants[at]!, similarity: DOER_SIMILARITY, sameSense: true };
        raised = true;
      }
    }
    if (raised) term.variants.sort((a, b) => b.similarity - a.similarity);
  }
}

/**
 * Gives a verb followed by its particle ("gave up", "take over", "flared up"), where WordNet knows
 * the two as one verb, that verb's one-word synonyms as variants of the verb: "seize" for "take
 * over", "erupt" for "flare up". The particle is a function word, no term of its own.
 */
function addPhrasalVerbVariants(
  index: SearchIndex,
  all: readonly string[],
  termAt: Int32Array,
  terms: QuestionTerm[],
): void {
  const known = relatedTermsOf(index);
  for (let i = 0; i + 1 < all.length; i++) {
    const verb = termAt[i]!;
    const particle = all[i + 1]!;
    if (verb < 0 || termAt[i + 1]! >= 0 || !PARTICLES.has(particle)) continue;
    const { variants } = terms[verb]!;
    for (const form of [all[i]!, ...lexicon().lemmas(all[i]!)])
      addCompoundWords(index, known, form, particle, variants);
  }
}

/**
 * Adds to `variants` the single words WordNet gives the two-word verb `first second`
 * (Lexicon.compound: its synonyms at COMPOUND_SIMILARITY, its hypernyms at
 * COMPOUND_HYPERNYM_SIMILARITY) that the knowledge holds and `variants` does not yet; returns
 * those added.
 */
function addCompoundWords(
  index: SearchIndex,
  known: Int32Array,
  first: string,
  second: string,
  variants: Variant[],
): RelatedWord[] {
  const added: RelatedWord[] = [];
  const words = lexicon().compound(first, second);
  for (const word of words) {
    const termId = lexiconWordTermId(index, known, word);
    if (termId < 0 || variants.some((variant) => variant.termId === termId)) continue;
    variants.push({ termId, similarity: compoundSimilarity(word) });
    added.push(word);
  }
  // And the two-word lemmas the knowledge writes that mean the same: "ramping up" for "stepped up".
  const phrases = phrasesMeaning(
    index,
    words.map(({ word }) => word),
  );
  for (const phrase of phrases)
    if (!variants.some((variant) => variant.termId === phrase.termId)) variants.push(phrase);
  return added;
}

/**
 * "Get" names no topic, and is read as no word; but with its particle it is a verb WordNet knows,
 * whose one-word synonyms say what the passage says: "did any gunman get away" is answered by
 * "three others may have escaped", "when did they get into poland" by "entered the Polish
 * market". Such a pair is a term of its own, weighed as the commonest of those synonyms the
 * knowledge uses.
 */
function addLightPhrasalVerbs(
  index: SearchIndex,
  read: readonly QuestionWord[],
  termAt: Int32Array,
  terms: QuestionTerm[],
  wordWeights: Float64Array,
): void {
  const known = relatedTermsOf(index);
  for (let i = 0; i + 1 < read.length && terms.length < MAX_QUESTION_TERMS; i++) {
    const { word, focus } = read[i]!;
    const particle = read[i + 1]!.word;
    if (termAt[i]! >= 0 || !LIGHT_VERBS.has(word) || !PARTICLES.has(particle)) continue;
    const variants: Variant[] = [];
    const added = addCompoundWords(index, known, LIGHT_VERB_LEMMA, particle, variants);
    if (added.length === 0) continue;
    const weightAlone = Math.max(...added.map((one) => termWeight(one.word)));
    termAt[i] = terms.length;
    wordWeights[i] = focus * weightAlone;
    terms.push({
      word,
      base: LIGHT_VERB_LEMMA,
      weight: focus * weightAlone,
      asked: focus === 1,
      weighty: weightAlone >= WEIGHTY,
      variants,
      ownTermId: -1,
    });
  }
}
const LIGHT_VERB_LEMMA = 'get';
const LIGHT_VERBS: ReadonlySet<string> = new Set(['get', 'got']);

const PARTICLES: ReadonlySet<string> = new Set(
  'up down off out over in on away back into through around about'.split(' '),
);

/** Calls `visit` with each word of the question and the next, where they are two different terms. */
function forEachTermPair(
  all: readonly string[],
  termAt: Int32Array,
  visit: (i: number, first: number, second: number) => void,
): void {
  for (let i = 0; i + 1 < all.length; i++) {
    const first = termAt[i]!;
    const second = termAt[i + 1]!;
    if (first >= 0 && second >= 0 && first !== second) visit(i, first, second);
  }
}

// How closely a slip matches the word meant, where the knowledge uses it: as a swap does.
const MEANT_WORD_SIMILARITY = 0.9;

/**
 * A word the knowledge does not use that is one slip from a common English word ("sponser",
 * "populaton") reads also as that word: its own matches in the knowledge ("sponsors") join the
 * typo's, which reach only words one slip away (see Vocabulary.variants).
 */
function withWordMeant(index: SearchIndex, word: string, variants: Variant[], wordId: number): Variant[] {
  if (wordId >= 0) return variants;
  const meant = commonWordMeant(word);
  if (meant === undefined) return variants;
  const term = indexTerm(meant);
  if (term === null) return variants;
  const own = index.termId(term);
  const spellings = index.vocabulary.variants(meant, own);
  const meantVariants =
    own === undefined ? spellings : [{ termId: own, similarity: MEANT_WORD_SIMILARITY }, ...spellings];
  const merged = new Map<number, Variant>();
  for (const variant of [...variants, ...meantVariants]) {
    const kept = merged.get(variant.termId);
    if (kept === undefined || variant.similarity > kept.similarity) merged.set(variant.termId, variant);
  }
  return [...merged.values()].sort((a, b) => b.similarity - a.similarity);
}

/** Forgets the words read so far; benchmarks use it to measure questions with unseen words. */
export function forgetWordReadings(index: SearchIndex): void {
  readingsByIndex.delete(index);
  relatedTerms.get(index)?.fill(UNKNOWN_TERM);
  neighbourTerms.get(index)?.fill(UNKNOWN_TERM);
  index.vocabulary.clearCache();
  phraseTermsByIndex.delete(index);
  lexicon().forgetLookups();
  neighboursOfNeighbours.forget();
  neighbourLists.forget();
}

/** `exact` is the index term of the word itself (`term`), if the index holds it. */
function findVariants(index: SearchIndex, word: string, term: string, exact: number | undefined): Variant[] {
  const best = new Map<number, number>();
  const related = new Set<number>();
  const namingSame = new Set<number>();
  // Related words sure to be of the sense the texts use (see Variant.sameSense).
  const sameSense = new Set<number>();
  /** Keeps the closest way of matching each index term; -1 is no term. */
  const keep = (termId: number, similarity: number, isRelated = false, namesSame = false) => {
    if (termId < 0 || similarity <= (best.get(termId) ?? 0)) return;
    best.set(termId, similarity);
    if (isRelated) related.add(termId);
    else related.delete(termId);
    if (namesSame) namingSame.add(termId);
    else namingSame.delete(termId);
  };
  if (exact !== undefined) best.set(exact, 1);
  // The same number written the other way ("9 months" for "nine months").
  const twin = NUMBER_TWINS.get(word);
  const twinTerm = twin === undefined ? null : indexTerm(twin);
  const twinId = twinTerm === null ? undefined : index.termId(twinTerm);
  if (twinId !== undefined) best.set(twinId, 1);
  // A decade is written in full and in its years: "the 90s" is "the 1990s", and "in 1997" is in it.
  const decade = decadeOf(word);
  if (decade !== undefined) {
    const decadeId = index.termId(indexTerm(`${decade}s`) ?? '');
    if (decadeId !== undefined) best.set(decadeId, 1);
    for (let year = decade + 1; year < decade + 10; year++) {
      keep(index.termId(String(year)) ?? -1, YEAR_IN_DECADE_SIMILARITY, true);
    }
  }
  // "The weekend" is its Saturday and Sunday: "the weekend fighting" is told as "on Sunday".
  if (WEEKEND.has(word)) {
    for (const day of WEEKEND_DAYS) keep(index.termId(indexTerm(day) ?? '') ?? -1, WEEKEND_DAY_SIMILARITY);
  }
  // The same word in the knowledge's documents in other languages, stemmed their way.
  for (const termId of index.otherLanguageTerms(word).termIds) best.set(termId, 1);
  for (const { termId, similarity } of index.vocabulary.variants(word, exact)) keep(termId, similarity);
  if (term !== SAY_TERM) {
    // A related word stands in for the question word only where the index holds it and it is
    // not so common that it says nothing about a passage (relatedTermId is -1 then).
    const known = relatedTermsOf(index);
    for (const relation of relatedWords(word)) {
      keep(
        lexiconWordTermId(index, known, relation),
        RELATION_SIMILARITY[relation.relation],
        !IS_WORD_FORM[relation.relation],
        relation.relation === 'country' || relation.relation === 'capital',
      );
    }
    const relatedInWordNet = new Set(related);
    const personName = lexicon().namesPersonFirst(word);
    for (const near of neighbourLists(word)) {
      for (const neighbour of near) {
        if (neighbour.similarity < MIN_NEIGHBOUR_SIMILARITY) break;
        if (personName && lexicon().namesPersonFirst(neighbour.word)) continue;
        const termId = neighbourTermId(index, neighbour);
        if (relatedInWordNet.has(termId)) {
          best.set(termId, Math.max(best.get(termId)!, AGREED_SIMILARITY));
          sameSense.add(termId);
        } else {
          keep(termId, NEIGHBOUR_SHARE * neighbour.similarity, true);
          if (neighbour.similarity >= SAME_SENSE_NEIGHBOUR_SIMILARITY && related.has(termId)) sameSense.add(termId);
        }
      }
    }
    // "The head of Ennahda" is its leader, "the NATO boss" its chief: the words for whoever heads
    // a body stand for one another, in the sense the question uses them (one person: "the two
    // leaders" are no one's chief).
    if (HEAD_WORDS.has(word)) {
      for (const other of HEAD_WORDS) {
        if (other === word) continue;
        const termId = relatedTermId(index, other);
        keep(termId, HEAD_WORD_SIMILARITY, true);
        if (termId >= 0 && related.has(termId)) sameSense.add(termId);
      }
    }
    // "Stepped up" in a passage means "increase", "escalate", "intensify": a two-word lemma the
    // knowledge writes, meaning the question word, stands in for it by its first word (see phraseVariants).
    for (const variant of phraseVariants(index, word)) keep(variant.termId, variant.similarity, true);
    // A word nothing in the knowledge is or relates to ("clashes", where the article says
    // "fighting") reads its neighbours' neighbours, weaker still (see neighboursOfNeighbours).
    // Only a word that can name a thing: on the labelled sets that found as much as every word
    // did, at 0.6 of the cost.
    if (best.size === 0 && lexicon().canBeNoun(word)) {
      for (const next of neighboursOfNeighbours(word)) {
        keep(neighbourTermId(index, next), NEIGHBOUR_SHARE * next.similarity, true);
      }
    }
  }
  return mapPacked([...best], ([termId, similarity]): Variant => {
    if (!related.has(termId)) return { termId, similarity };
    if (namingSame.has(termId)) return { termId, similarity, related: true, namesSame: true };
    return sameSense.has(termId)
      ? { termId, similarity, related: true, sameSense: true }
      : { termId, similarity, related: true };
  })
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, MAX_VARIANTS);
}

/**
 * The word vectors' nearest words to a question word: an irregular form's are its base form's
 * ("rose" the flower is near no "rise"); a regular form's are its own and its lemmas', as WordNet
 * relates a word through its lemmas ("thanking" is near "thanked", "thank" near "grateful");
 * a number written in words has none. Remembered per word for the life of the process: they
 * depend on the word alone.
 */
const neighbourLists = memoised(findNeighbourLists, 4_000);

function findNeighbourLists(word: string): ReadonlyArray<readonly Neighbour[]> {
  // The vectors put a number by the other numbers ("two": "three", 0.98), never the same count.
  if (NUMBER_TWINS.has(word)) return [];
  const irregularBase = lexicon().baseForms(word)[0];
  if (irregularBase !== undefined) return [neighbours(irregularBase)];
  const lemmas = lexicon().lemmas(word);
  return lemmas.length === 0 ? [neighbours(word)] : [neighbours(word), ...mapPacked(lemmas, neighbours)];
}

/**
 * The words near two or more of a word's nearest words in the vectors, each with its best
 * product of the two cosines: "clashes" is near "violence" (0.77), which is near "fighting"
 * (0.73), and so is another of its neighbours. At the neighbour share, 0.66 × 0.77 × 0.73 = 0.37:
 * only the nearest of them pass as a match at all (UNMATCHED_SIMILARITY in the ranking). A word
 * only one neighbour is near may only be said with it ("erupted": "sunday"). Remembered per word
 * for the life of the process, as finding them reads a hundred lists.
 */
const neighboursOfNeighbours = memoised(findNeighboursOfNeighbours, 2_000);

function findNeighboursOfNeighbours(word: string): Neighbour[] {
  const lists = neighbourLists(word);
  // Counted first, as most of them are near one neighbour only and need nothing more.
  const nearHowMany = new Map<number, number>();
  forEachNeighbourOfNeighbour(lists, (next) => {
    nearHowMany.set(next.id, (nearHowMany.get(next.id) ?? 0) + 1);
  });
  const best = new Map<number, Neighbour>();
  // A person's name is no other person's name (see findVariants).
  const personName = lexicon().namesPersonFirst(word);
  forEachNeighbourOfNeighbour(lists, (next, neighbour) => {
    if (nearHowMany.get(next.id)! < 2 || (personName && lexicon().namesPersonFirst(next.word))) return;
    const product = neighbour.similarity * next.similarity;
    const kept = best.get(next.id);
    if (kept === undefined) best.set(next.id, { word: next.word, id: next.id, similarity: product });
    else if (product > kept.similarity) kept.similarity = product;
  });
  return [...best.values()];
}

/** Calls `visit` with each near word of each near word in `lists`, and the near word it is near. */
function forEachNeighbourOfNeighbour(
  lists: ReadonlyArray<readonly Neighbour[]>,
  visit: (next: Neighbour, neighbour: Neighbour) => void,
): void {
  for (const near of lists) {
    for (const neighbour of near) {
      if (neighbour.similarity < MIN_NEIGHBOUR_SIMILARITY) break;
      for (const next of neighbours(neighbour.word)) {
        if (next.similarity < MIN_NEIGHBOUR_SIMILARITY) break;
        visit(next, neighbour);
      }
    }
  }
}

/**
 * Numbers written in words and in digits, each the other's twin: "nine" and "9", "twenty" and
 * "20". Not "one", which is as often a pronoun ("which one").
 */
const NUMBER_TWINS: ReadonlyMap<string, string> = (() => {
  const words =
    'zero _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
      ' ',
    );
  const tens = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const pairs: Array<[string, string]> = [];
  words.forEach((word, n) => {
    if (word !== '_') pairs.push([word, String(n)]);
  });
  for (const [k, word] of tens.entries()) pairs.push([word, String(30 + 10 * k)]);
  pairs.push(['hundred', '100'], ['thousand', '1000']);
  return new Map(pairs.flatMap(([word, digits]) => [[word, digits] as const, [digits, word] as const]));
})();

/**
 * The first year of the decade a word names: written short, in words or in full ("90s",
 * "nineties", "1990s": 1990); undefined for any other word. Written short or in words, the
 * decades from the thirties on are the last century's, the rest this one's ("the 00s").
 */
export function decadeOf(word: string): number | undefined {
  const full = /^(1[0-9]|20)([0-9])0s$/.exec(word);
  if (full) return Number(`${full[1]}${full[2]}0`);
  const short = /^([0-9])0s$/.exec(word);
  const tens = short ? Number(short[1]) : DECADE_WORDS.get(word);
  if (tens === undefined) return undefined;
  return (tens >= 3 ? 1900 : 2000) + 10 * tens;
}
const DECADE_WORDS: ReadonlyMap<string, number> = new Map(
  'twenties thirties forties fifties sixties seventies eighties nineties'.split(' ').map((word, k) => [word, k + 2]),
);
// A year of the decade asked about: in it, though the question may want another of its years.
const YEAR_IN_DECADE_SIMILARITY = 0.6;
const WEEKEND: ReadonlySet<string> = new Set(['weekend', 'weekends']);
const WEEKEND_DAYS = ['saturday', 'sunday'];
// As close as a form of the word, not a related word: a writer who says "the weekend" in one
// paragraph still dates a statement "on Sunday" in another.
const WEEKEND_DAY_SIMILARITY = 0.8;

// The closest this many variants of a question word: in a large index a common word has dozens
// of related words, and the weakest of them add little but the time spent reading their postings.
const MAX_VARIANTS = 8;

/**
 * The index term a related word stands in for, or -1 where the index lacks it or holds it in so
 * many passages that it says nothing about any one of them.
 */
function relatedTermId(index: SearchIndex, relatedWord: string, relatedTerm = indexTerm(relatedWord)): number {
  const termId = relatedTerm === null || relatedTerm === SAY_TERM ? undefined : index.termId(relatedTerm);
  return termId === undefined || isCommonTerm(index, termId) ? -1 : termId;
}

// What each lexicon word maps to in an index, worked out the first time a question meets it as a
// related word: WordNet's relations of different question words overlap, and a question's words
// have dozens of them.
const UNKNOWN_TERM = -2;
const relatedTerms = new WeakMap<SearchIndex, Int32Array>();

/**
 * The index term of a lexicon word as a related word (-1 for none, see relatedTermId), remembered
 * in `known`, the index's relatedTermsOf.
 */
function lexiconWordTermId(index: SearchIndex, known: Int32Array, word: LexiconWord): number {
  let termId = known[word.id]!;
  if (termId === UNKNOWN_TERM) known[word.id] = termId = relatedTermId(index, word.word, lexiconTerm(word));
  return termId;
}

function relatedTermsOf(index: SearchIndex): Int32Array {
  let terms = relatedTerms.get(index);
  if (!terms) relatedTerms.set(index, (terms = new Int32Array(lexicon().size).fill(UNKNOWN_TERM)));
  return terms;
}

// And each word of the vector neighbours' table, the same way: a question word has dozens of
// neighbours and neighbours' neighbours, and other question words share them.
const neighbourTerms = new WeakMap<SearchIndex, Int32Array>();

function neighbourTermId(index: SearchIndex, neighbour: Neighbour): number {
  let terms = neighbourTerms.get(index);
  if (!terms) neighbourTerms.set(index, (terms = new Int32Array(neighbourTableSize()).fill(UNKNOWN_TERM)));
  let termId = terms[neighbour.id]!;
  if (termId === UNKNOWN_TERM)
    terms[neighbour.id] = termId = relatedTermId(index, neighbour.word, neighbourTerm(neighbour));
  return termId;
}

// The index term of each lexicon word and of each word of the neighbours' table, as indexTerm
// reads it, kept by the word's place in its table for the life of the process: every new index
// maps the same related words again, and a place is cheaper to look up than a word. (Like
// indexTerm's own memo, not forgotten with the readings: it only finds the same term sooner.)
const lexiconTerm = termsByPlace(() => lexicon().size);
const neighbourTerm = termsByPlace(neighbourTableSize);

/** indexTerm of a table's words, remembered by their place in a table of `size()` words. */
function termsByPlace(size: () => number): (entry: { id: number; word: string }) => string | null {
  let terms: Array<string | null> | undefined;
  return ({ id, word }) => {
    terms ??= new Array<string | null>(size());
    let term = terms[id];
    if (term === undefined) terms[id] = term = indexTerm(word);
    return term;
  };
}

// A related word held by this many passages says next to nothing about any one of them, and
// reading its postings is what a large index would spend its time on.
const COMMON_SHARE = 0.01;
const MIN_COMMON_COUNT = 100;

function isCommonTerm(index: SearchIndex, termId: number): boolean {
  const { from, to } = index.postings(termId);
  return to - from > Math.max(MIN_COMMON_COUNT, COMMON_SHARE * index.passages.length);
}

function relatedWords(word: string): ReadonlyArray<RelatedWord> {
  const words = lexicon();
  const base = words.baseForms(word)[0];
  return base === undefined ? words.related(word) : [...words.related(base), ...words.related(word)];
}

// A word being typed matches the words it begins, nearly as well as itself.
const MIN_COMPLETION_LENGTH = 2;
const MAX_COMPLETIONS = 20;
const COMPLETION_SIMILARITY = 0.9;

// A passage word matching several question words this closely or more matches each of them.
const MIN_SHARED_SIMILARITY = 0.65;

// A word sharing only a stem with the question word ("cooperation" for "cooperate") is a slightly
// weaker match: fitted on the tuning sets (DESIGN.md section 4), it is nearly the word itself, as
// the noun and the verb of one stem mostly tell the same thing.
const DERIVED_SIMILARITY = 0.96;

/**
 * How closely a passage word matches question term `term`, given how closely its index term
 * does: a word that shares only the stem ("cooperation" for "cooperate") matches less.
 */
export function wordSimilarity(
  index: SearchIndex,
  question: ParsedQuestion,
  wordId: number,
  term: number,
  termSimilarity: number,
): number {
  if (termSimilarity < 1) return termSimilarity;
  const base = question.terms[term]!.base;
  return base === null || index.vocabulary.baseOf(wordId) === base ? termSimilarity : DERIVED_SIMILARITY;
}

/**
 * The question's words with, for a word the knowledge does not use, the knowledge's words it is a
 * slip of ("presdient": president): what the question says, as an answer's kind reads it (a
 * holder's name stands by the post it asks about, see answer-kind.ts).
 */
function withSpeltRight(
  index: SearchIndex,
  unknownToKnowledge: readonly WordReading[],
  asked: Set<string>,
): Set<string> {
  // Most questions have none: the empty list, of another shape, is not iterated.
  if (unknownToKnowledge.length === 0) return asked;
  for (const reading of unknownToKnowledge) {
    for (const { termId, similarity, related } of reading.variants)
      if (!related && similarity >= MIN_SLIP_SIMILARITY) asked.add(index.termText(termId));
  }
  return asked;
}
const MIN_SLIP_SIMILARITY = 0.75;

/** The kind of answer the question words ask for, if they say. */
// "what is the population", "what's Tunisia's population", "what is the current population".
const POPULATION_REACH = 6;

function answerKindOf(questionWords: readonly string[]): AnswerKind | undefined {
  // "Are the troops stabilizing the countries where they serve?" asks yes or no: its "where" is
  // a relative, not a question word; but "do you know where ..." asks where, politely.
  if (YES_NO_OPENERS.has(questionWords[0] ?? '') && !asksPolitely(questionWords)) return undefined;
  if (asksForAName(questionWords)) return namesPost(questionWords) ? 'holder' : 'name';
  // "number of troops Armenia sends?", "length of the review period?": the kind comes first.
  const opening = questionWords[1] === 'of' ? KIND_NOUNS.get(questionWords[0] ?? '') : undefined;
  if (opening) return opening;
  // Found once: most kinds are asked only by the question word that leads the ask.
  const first = firstAsking(questionWords);
  // "What's Tunisia's population?": whose it is before the kind noun.
  if (questionWords[first] === 'what' && asksPopulation(questionWords.slice(first, first + POPULATION_REACH)))
    return 'quantity';
  for (let i = 0; i < questionWords.length; i++) {
    const word = questionWords[i];
    const next = questionWords[i + 1];
    if (word === 'how' && next === 'long') return questionWords[i + 2] === 'ago' ? 'time' : 'duration';
    // Only where "how" is the ask: "i wonder how old he is, but what did he say" asks what.
    const asksHow = word === 'how' && i === first && !asksAgainAfter(questionWords, i);
    if (asksHow && (next === 'old' || next === 'young')) return 'age';
    if (word === 'age' && asksAge(questionWords, i)) return 'age';
    // "how tall is he": a height. (Not "how far", which news answers in words, "near Libya"; nor
    // "how deep", "how heavy", "how high", as often meant of divisions, fire or risk.)
    if (asksHow && next === 'tall') return 'measure';
    if (asksHow && asksForInstructions(questionWords, i)) return 'instructions';
    // "what year", "on what exact date" with a word between, "what is the date".
    const noun = COPULAS.has(next ?? '') ? i + 2 : i + 1;
    if (ANSWER_DETERMINERS.has(word ?? '')) {
      const timeNoun =
        TIME_NOUN_KINDS.get(questionWords[noun] ?? '') ?? TIME_NOUN_KINDS.get(questionWords[noun + 1] ?? '');
      const timeAt = questionWords[noun] === 'time' ? noun : noun + 1;
      if (timeNoun) return timeNoun === 'time' && asksClockTime(questionWords, timeAt) ? 'clock' : timeNoun;
      // "what is the number of troops", "what was the length of the review": the kind comes first.
      // One word may say which ("the death toll of", "the total number of").
      // Past "the" and a word asking it precisely: "what was the exact death toll of".
      const afterThe = questionWords[noun] === 'the' ? noun + 1 : noun;
      const kindNoun = ASK_INTENSIFIERS.has(questionWords[afterThe] ?? '') ? afterThe + 1 : afterThe;
      // A toll is of what it counts, or in it: "the death toll in the war".
      const ofAt = (at: number) =>
        questionWords[at + 1] === 'of' || (questionWords[at] === 'toll' && TOLL_IN.has(questionWords[at + 1] ?? ''));
      const ofKind = ofAt(kindNoun)
        ? KIND_NOUNS.get(questionWords[kindNoun] ?? '')
        : ofAt(kindNoun + 1)
          ? KIND_NOUNS.get(questionWords[kindNoun + 1] ?? '')
          : undefined;
      if (ofKind && i === first) return ofKind;
      if (PLACE_NOUNS.has(questionWords[i + 1] ?? '') || NATIONALITY_NOUNS.has(questionWords[i + 1] ?? ''))
        return 'place';
      // "which church", "which us general": one that has a name, which the passage must give.
      const named = NAMED_NOUNS.has(questionWords[i + 1] ?? '') || NAMED_NOUNS.has(questionWords[i + 2] ?? '');
      if (word === 'which' && i === first && named) return 'name';
      // "which countries were the tourists from", "what state are they from": where they come from.
      if (questionWords.at(-1) === 'from' && i === first) return 'place';
    }
    if (word === 'when' && asksFirst(questionWords, i)) return asksAboutThePast(questionWords) ? 'pastTime' : 'time';
    // "where" after a noun is a relative ("list the areas where ..."), not a question word.
    // Ending the question, it asks ("they met where?"), and so it does after a verb of asking
    // ("does it say where ..."). After the question word that leads the ask, it is part of what
    // is asked about ("what did they argue about where Sudan should go"), unless a conjunction
    // opens a second ask with it ("what did they sign, and where?").
    const leadsOrAsksAgain = i <= first || NEW_ASK_CONJUNCTIONS.has(questionWords[i - 1]!);
    if (
      word === 'where' &&
      leadsOrAsksAgain &&
      (i === 0 || i === questionWords.length - 1 || asksAfter(questionWords[i - 1]!))
    )
      return 'place';
    if (word === 'how' && next === 'much' && questionWords.some((w) => MONEY_WORDS.has(w))) return 'money';
    // "How much time did he have left", "how much longer": a length of time ("18 months left"),
    // which counts no "time".
    if (word === 'how' && next === 'much' && TIME_AMOUNTS.has(questionWords[i + 2] ?? '')) return 'duration';
    if (word === 'how' && (next === 'many' || next === 'much')) return 'quantity';
    if (
      word === 'who' &&
      i === first &&
      COPULAS.has(next ?? '') &&
      !AGENT_ENDINGS.has(questionWords.at(-1) ?? '') &&
      !asksWhomTheyWill(questionWords, i + 2)
    ) {
      // "Who is the harbour master?" asks who holds the post: their name (see answer-kind.ts); "who
      // was the statement issued by?" asks who did it. Of a post in a place ("who is the
      // president of azerbaijan"), no country's or people's name is the holder's; elsewhere one
      // may be ("who is the host of the summit": Qatar).
      // "Who were the victims of the beheadings" asks who they were as a group ("21 Christians,
      // 20 of them Egyptian Copts"), which a people's name says; "who were the two politicians
      // killed", counted, asks their names.
      const asksGroup = PLURAL_COPULAS.has(next ?? '') && !countsThem(questionWords, i + 3);
      if (questionWords[i + 2] === 'the' && !asksGroup)
        return holdsPostInPlace(questionWords, i + 3) ? 'holder' : 'name';
      // "Who is tunisia's president?": the same post in a place, the place before it; a post only
      // a person holds (not "who is armenia's ally").
      if (holdsPostOfOwner(questionWords, i + 2)) return 'holder';
    }
    if ((word === 'who' || word === 'whom') && i === first) return 'person';
  }
  return undefined;
}

/**
 * "What is the name of ...", "what was his name", "which rebels, by name, ...", "what was the
 * video called", "name a senator who ...": a proper name, not any capitalised word.
 */
function asksForAName(questionWords: readonly string[]): boolean {
  if (questionWords[0] === 'name') return true;
  const asksWhat = questionWords.includes('what');
  if (asksWhat && asksWhatItIsCalled(questionWords)) return true;
  return (asksWhat || questionWords.includes('which')) && questionWords.some(isNameNoun);
}

/**
 * Whether the name asked for is of someone in a post: "the name of the ennahda minister in the
 * cabinet", "name the armenian president". The post ends the words after "name (of) (the)", up to
 * the first function word: its holder's name is asked for, and no country's or people's name is
 * it (see answer-kind.ts, 'holder'). "The name of the president's party" names a party.
 */
function namesPost(questionWords: readonly string[]): boolean {
  let at = questionWords.findIndex(isNameNoun) + 1;
  if (at === 0) return false;
  if (questionWords[at] === 'of') at++;
  if (questionWords[at] === 'the' || questionWords[at] === 'a') at++;
  let last: string | undefined;
  while (at < questionWords.length && !STOP_WORDS.has(questionWords[at]!)) last = questionWords[at++];
  return last !== undefined && POSTS.has(last);
}

/** "name" or "names": the noun a question asks a name with. */
function isNameNoun(word: string): boolean {
  return word === 'name' || word === 'names';
}

/** After "called", these make it another verb: "called for", "called on", "called off". */
const CALLED_PARTICLES: ReadonlySet<string> = new Set(['for', 'on', 'off', 'up', 'out', 'back', 'upon']);

/**
 * "What was the video called", "what is the cinema called in louisiana": "what", a copula, then
 * "called" as naming, with no other ask after it; not "what was called for".
 */
function asksWhatItIsCalled(questionWords: readonly string[]): boolean {
  const called = questionWords.lastIndexOf('called');
  if (called < 0 || CALLED_PARTICLES.has(questionWords[called + 1] ?? '')) return false;
  // "what was it called, and when did it open" asks when too.
  if (questionWords.slice(called + 1).some((word) => QUESTION_WORDS.has(word))) return false;
  const what = questionWords.indexOf('what');
  return what >= 0 && what < called && questionWords.slice(what + 1, called).some((word) => COPULAS.has(word));
}

const ANSWER_DETERMINERS = new Set(['what', 'which']);
/** What "how ..." asks the measure of, as "how long" asks a duration. */
const HOW_MEASURES: ReadonlySet<string> = new Set(
  'long far often old big large tall high soon early late quickly fast'.split(' '),
);
/** Words before "age" that make it asked: "what age", "his age" ("sarkisian's age" reads as "sarkisian age"). */
const AGE_OWNERS: ReadonlySet<string> = new Set(['what', 'his', 'her', 'their', 'its']);

/**
 * Whether the "age" at `i` asks someone's age: "stoltenberg age?", "what is his age", "what's the
 * age of the museum"; not "in the age of social media", nor "age-old".
 */
function asksAge(questionWords: readonly string[], i: number): boolean {
  const next = questionWords[i + 1];
  if (next === 'old') return false;
  if (i === questionWords.length - 1 || AGE_OWNERS.has(questionWords[i - 1] ?? '')) return true;
  const before = questionWords[i - 2] ?? '';
  return next === 'of' && (i === 0 || (questionWords[i - 1] === 'the' && (before === 'what' || COPULAS.has(before))));
}

const INSTRUCTION_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'can', 'could', 'should', 'would']);
/** Who follows the instructions: the asker ("how do I", "how can we"), anyone ("how does one"). */
const ASKERS: ReadonlySet<string> = new Set(['i', 'we', 'one']);
/** Verbs after "how do we ..." that ask how the story is known, not what to do: "how do we know". */
const KNOWING_VERBS: ReadonlySet<string> = new Set(
  'know knew tell understand read interpret explain say see find learn judge check trust believe be have'.split(' '),
);
/** What "how do you ..." asks to be told how to do: "how do you get to the museum". */
const ERRANDS: ReadonlySet<string> = new Set(
  'get go reach travel visit apply book buy join contact sign register donate enter volunteer'.split(' '),
);

/**
 * Whether "how" at `i` asks how the asker would do something: "how do I get to Brussels", "how
 * can we apply", "how does one visit", "how do you get there", "how to get there"; not "how do we
 * know ...", which asks about the story, nor "how do you think ...".
 */
function asksForInstructions(questionWords: readonly string[], i: number): boolean {
  const auxiliary = questionWords[i + 1] ?? '';
  const who = questionWords[i + 2] ?? '';
  const verb = questionWords[i + 3] ?? '';
  // "how to get to the museum"
  if (auxiliary === 'to') return ERRANDS.has(who);
  if (!INSTRUCTION_AUXILIARIES.has(auxiliary)) return false;
  if (who === 'you' || who === 'u') return ERRANDS.has(verb);
  return ASKERS.has(who) && !KNOWING_VERBS.has(verb);
}

const PLURAL_COPULAS: ReadonlySet<string> = new Set(['are', 'were']);
/** Whether the phrase from `from` up to its first function word counts them: "the two politicians". */
function countsThem(questionWords: readonly string[], from: number): boolean {
  for (let k = from; k < questionWords.length && !STOP_WORDS.has(questionWords[k]!); k++) {
    if (isCountWord(questionWords[k]!)) return true;
  }
  return false;
}
/** A number, in digits or in words: "2", "two". */
const isCountWord = (word: string) => /^\d+$/.test(word) || NUMBER_TWINS.has(word);
/** The last word of a question asking who did something, in the passive: "issued by?", "sent from?". */
const AGENT_ENDINGS: ReadonlySet<string> = new Set(['by', 'from']);

// "The Port Authority chief executive": the longest post read after "who is".
const MAX_POST_WORDS = 5;

/**
 * Whether "who is the ..." goes on with what the one named will do ("who is the president
 * expected to meet", "who is the mayor going to appoint"): it asks whom, not who holds the post.
 * Read from `from`, past the copula: a word that names no thing, before "to".
 */
function asksWhomTheyWill(questionWords: readonly string[], from: number): boolean {
  for (let k = from + 1; k + 1 < questionWords.length && k <= from + MAX_POST_WORDS; k++) {
    const word = questionWords[k]!;
    // "who was the president at the time, and did he react to ...": another ask.
    if (NEW_ASK_CONJUNCTIONS.has(word)) return false;
    if (questionWords[k + 1] === 'to' && !STOP_WORDS.has(word) && !lexicon().mostlyNoun(word)) return true;
  }
  return false;
}

const TOLL_IN: ReadonlySet<string> = new Set(['in', 'from', 'at']);
/** Words before a number that make it a bound: "more than 120", "at least 100", "over 50". */
const BOUND_WORDS: ReadonlySet<string> = new Set(['than', 'least', 'most', 'over', 'under', 'above', 'below']);
/**
 * What is asked for by name after "which": people by rank, and places and bodies with names of
 * their own. One of them: "which units did Yerevan offer" asks which ones of many, which a passage
 * may say by what they are ("specialized medical and demining units"; see identified-thing.ts).
 */
const NAMED_NOUNS: ReadonlySet<string> = new Set(
  'general commander senator church company unit base ship newspaper university officer'.split(' '),
);
/**
 * The nouns that make "what ..." ask where someone is from: "what nationality were the victims",
 * answered by a people's adjective said of them or a place after "from" (see ParsedQuestion.origin).
 */
const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(['nationality', 'nationalities', 'citizenship']);
/** The nouns that make "which ..." ask for a place: "which city", "what village" (see answerKindOf). */
const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'city cities town towns village villages region regions province provinces capital'.split(' '),
);
/**
 * Whether "time" at `at`, after "what" or "at what", asks the time of day: "what time did the
 * crash happen", "what time of day", "what time is the briefing"; not "what time zone", "what
 * time of year", "what time period".
 */
function asksClockTime(questionWords: readonly string[], at: number): boolean {
  if (questionWords[at] !== 'time') return false;
  const after = questionWords[at + 1];
  if (after === 'of') return PARTS_OF_DAY.has(questionWords[at + 2] ?? '');
  return after === undefined || CLOCK_TIME_VERBS.has(after);
}
/** Whether the word at `i` is the "time" or the "day" of "what time (of day)". */
function namesClockTime(all: readonly string[], i: number): boolean {
  if (all[i] === 'time') return ANSWER_DETERMINERS.has(all[i - 1] ?? '');
  return PARTS_OF_DAY.has(all[i] ?? '') && all[i - 1] === 'of' && namesClockTime(all, i - 2);
}
// "What time of day", "what time of night".
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['day', 'night']);
const CLOCK_TIME_VERBS: ReadonlySet<string> = new Set(
  'did does do is was were will would should could can has had are'.split(' '),
);

/** The nouns that make "what ..." or "which ..." ask for a date, and how precise a one. */
const TIME_NOUN_KINDS: ReadonlyMap<string, AnswerKind> = new Map([
  ['year', 'year'],
  // "Since which decade": "since the 1990s", "in the early 2000s" (see the time cue).
  ['decade', 'time'],
  ['month', 'month'],
  ['day', 'day'],
  ['weekday', 'day'],
  ['date', 'day'],
  ['time', 'time'],
  ['week', 'time'],
]);
// "When did it happen", "when was it signed": a date in the past. "When will it", "when is it
// expected": any date.
const PAST_AUXILIARIES = new Set(['did', 'was', 'were', 'had']);
const asksAboutThePast = (questionWords: readonly string[]) =>
  questionWords.some((word) => PAST_AUXILIARIES.has(word)) && !questionWords.includes('will');
const ASKED_OF: ReadonlySet<string> = new Set(['you', 'u', 'ya', 'anyone', 'anybody', 'someone', 'somebody']);
const ASKING_VERBS: ReadonlySet<string> = new Set(['know', 'tell', 'remember', 'say', 'explain', 'recall']);
/** The nouns a reader calls the text by ("the article", "this piece"), and the words pointing at it. */
const TEXT_NOUNS: ReadonlySet<string> = new Set(['article', 'piece', 'story']);
const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/** What a reader asks about the text itself: "does it say ...", "does the article mention ...". */
const THE_TEXT: ReadonlySet<string> = new Set(['it', ...TEXT_NOUNS, 'report', 'text', 'source']);
const TEXT_DETERMINERS: ReadonlySet<string> = new Set([...POINTING_DETERMINERS, 'your']);
const TEXT_SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'mention', 'tell', 'state', 'specify', 'explain']);

/** Whether a question word after `word` asks: after a function word, or a verb of asking or saying. */
const asksAfter = (word: string) => STOP_WORDS.has(word) || ASKING_VERBS.has(word) || TEXT_SAYING_VERBS.has(word);

/**
 * Whether a question opening like a yes-or-no one asks a question word's question: "do you know
 * where ...", "can you tell me who ...", "does anyone remember when ...", and of the text,
 * "does it say which town ...", "does the article mention when ...".
 */
function asksPolitely(questionWords: readonly string[]): boolean {
  let i = 1;
  if (TEXT_DETERMINERS.has(questionWords[i] ?? '') && THE_TEXT.has(questionWords[i + 1] ?? '')) i++;
  const ofTheText = THE_TEXT.has(questionWords[i] ?? '');
  if (!ofTheText && !ASKED_OF.has(questionWords[i] ?? '')) return false;
  i++;
  if (questionWords[i] === 'please') i++;
  if (!(ofTheText ? TEXT_SAYING_VERBS : ASKING_VERBS).has(questionWords[i] ?? '')) return false;
  i++;
  if (questionWords[i] === 'me' || questionWords[i] === 'us') i++;
  return QUESTION_WORDS.has(questionWords[i] ?? '');
}

/** The words of the sentence that asks, as read (see askingWords). */
function askingRead<Word extends { focus: number }>(read: readonly Word[]): readonly Word[] {
  if (read.every((word) => word.focus === 1)) return read;
  const asking = read.filter((word) => word.focus === 1);
  return asking.length > 0 ? asking : read;
}

/**
 * The words of the sentence that asks, where the kind of answer wanted is said: the story around
 * it ("I was confused when I read it") may hold question words that ask nothing.
 */
function askingWords(read: readonly { word: string; focus: number }[], all: readonly string[]): readonly string[] {
  const asking = askingRead(read);
  return asking === read ? all : mapPacked(asking, ({ word }) => word);
}

/**
 * Whether the question word at `i` is the only one of its sentence: "When Iran weighed in, what
 * did it want?" asks what, and "What did he say when he heard?" too; their "when" only sets the
 * scene.
 */
function asksFirst(questionWords: readonly string[], i: number): boolean {
  if (i !== firstAsking(questionWords)) return false;
  for (let k = i + 1; k < questionWords.length; k++) if (QUESTION_WORDS.has(questionWords[k]!)) return false;
  return true;
}

/** Conjunctions that open a second ask: "i forgot how old he is, but who did he meet". */
const NEW_ASK_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'so']);

/** Whether a question word after `i` opens an ask of its own, after a conjunction. */
function asksAgainAfter(questionWords: readonly string[], i: number): boolean {
  for (let k = i + 2; k < questionWords.length; k++)
    if (QUESTION_WORDS.has(questionWords[k]!) && NEW_ASK_CONJUNCTIONS.has(questionWords[k - 1]!)) return true;
  return false;
}

const EXACTLY: ReadonlySet<string> = new Set(['exactly', 'exact', 'precisely', 'precise', 'specifically']);
/** Whether the word at `at` (or the one after it, "death toll") names a number asked for ("number", "toll"). */
const isCountNoun = (asking: readonly QuestionWord[], at: number) =>
  [asking[at]?.word, asking[at + 1]?.word].some((word) => KIND_NOUNS.get(word ?? '') === 'quantity');
const ROUGHLY: ReadonlySet<string> = new Set(['roughly', 'approximately', 'approx', 'ballpark', 'estimate']);

/**
 * Whether the ask says it wants the number exactly: "exactly" in the clause of "how many" or in
 * one of its own ("..., specifically"), not of another question word ("how many died, and where
 * exactly") nor of a number ("killed exactly two days before").
 */
function asksExactly(asking: readonly QuestionWord[]): boolean {
  // "..., if you only know roughly", "exactly ..., approximately?": a rough number will do.
  if (asking.some(({ word }) => ROUGHLY.has(word))) return false;
  // "What's the exact number of ...", "the precise death toll": the word before the number asked.
  if (asking.some(({ word }, i) => EXACTLY.has(word) && isCountNoun(asking, i + 1))) return true;
  const many = asking.findIndex(({ word }, i) => word === 'many' && asking[i - 1]?.word === 'how');
  if (many < 0) return false;
  return asking.some(
    ({ word, clause }, i) =>
      EXACTLY.has(word) &&
      (clause === asking[many]!.clause || asking.every((other, k) => k === i || other.clause !== clause)) &&
      !QUESTION_WORDS.has(asking[i - 1]?.word ?? '') &&
      !/^\d/.test(asking[i + 1]?.word ?? '') &&
      !NUMBER_TWINS.has(asking[i + 1]?.word ?? ''),
  );
}

const PERIOD_NOUNS: ReadonlySet<string> = new Set(PERIODS);
const PER: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);
const PERIODIC_WORDS: ReadonlySet<string> = new Set(PERIODICALLY);
// "A year ago", "a day later", "a day or two": when or how long, not how often.
const NOT_A_RATE_AFTER: ReadonlySet<string> = new Set([...WHEN_AFTER_PERIOD, 'or']);

/**
 * Whether the ask wants how many or how much in each period: "how many tourists visit every year",
 * "how much does it lose annually", "how many a day". A total since some date, or the count of one
 * event, is no answer to it (see answer-kind.ts, statesRate).
 */
function asksPerPeriod(asking: readonly QuestionWord[]): boolean {
  return asking.some(
    ({ word }, i) =>
      PERIODIC_WORDS.has(word) ||
      (PER.has(word) &&
        PERIOD_NOUNS.has(asking[i + 1]?.word ?? '') &&
        !NOT_A_RATE_AFTER.has(asking[i + 2]?.word ?? '')),
  );
}

/**
 * Whether "who is the ..." (its post starting at `at`) asks of a post in a place: a people's or
 * a country's word right before the post ("who is the armenian president") or right after its
 * "of" ("the president of azerbaijan"); not "the host of the next african energy forum".
 */
function holdsPostInPlace(questionWords: readonly string[], at: number): boolean {
  if (placeOf(questionWords[at] ?? '') !== null) return true;
  const of = questionWords.indexOf('of', at);
  if (of < 0) return false;
  const place = questionWords[of + 1] === 'the' ? of + 2 : of + 1;
  return placeOf(questionWords[place] ?? '') !== null;
}

/**
 * A post the question asks about and the place it belongs to: "azerbaijan's president", "the
 * azerbaijani president", "the president of azerbaijan"; undefined when it names none.
 */
function postAsked(questionWords: readonly string[]): OwnedPost | undefined {
  for (let i = 0; i < questionWords.length; i++) {
    const post = questionWords[i]!;
    if (!POSTS.has(post)) continue;
    const owners = [questionWords[i - 1], questionWords[i - 2]];
    if (questionWords[i + 1] === 'of') owners.push(questionWords[questionWords[i + 2] === 'the' ? i + 3 : i + 2]);
    for (const word of owners) {
      const places = placesOwnedBy(word ?? '');
      if (places.length > 0) return { stem: stem(post), owners: places };
    }
    // "What was that president's name", "the name of the spokesman": a name that stands by the
    // post, whoever holds it; "Ennahda" in a paragraph on the president elected is not it.
    const isNameAt = (at: number) => isNameNoun(questionWords[at] ?? '');
    const namedBefore =
      (questionWords[i - 1] === 'of' && isNameAt(i - 2)) ||
      (NAME_DETERMINERS.has(questionWords[i - 1] ?? '') && questionWords[i - 2] === 'of' && isNameAt(i - 3));
    if (isNameAt(i + 1) || namedBefore) return { stem: stem(post), owners: [] };
  }
  return undefined;
}
// "The name of the spokesman", "the name of that president".
const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this']);

/** The places a word names as an owner: "tunisia", "tunisian", "tunisia's" (read as "tunisia"), "tunisias". */
function placesOwnedBy(word: string): readonly string[] {
  const places = placesOf(word);
  return places.length > 0 || !word.endsWith('s') ? places : placesOf(word.slice(0, -1));
}

/** "tunisia's president", "south africa's foreign minister": a place of one or two words, then a post. */
function holdsPostOfOwner(questionWords: readonly string[], at: number): boolean {
  for (let place = at; place <= at + 1; place++) {
    if (placesOwnedBy(questionWords[place] ?? '').length > 0)
      return questionWords.slice(place + 1).some((post) => POSTS.has(post));
  }
  return false;
}

/** The thing a "which" opening the ask asks to identify (see identified-thing.ts). */
function thingAsked(question: string, asking: readonly QuestionWord[]): IdentifiedThing | undefined {
  const words = mapPacked(asking, ({ word }) => word);
  const first = firstAsking(words);
  const owns = (k: number) => POSSESSIVE.test(question.slice(asking[k]!.start));
  // "What museum was attacked?" asks which one as "which museum" does, of a thing that bears a
  // name; "what law are they drafting", "what evidence did they give" ask what it is, which a
  // passage says in common words.
  if (words[first] === 'what') {
    const thing = thingWhichAsks(words, first, owns);
    return thing !== undefined && NAME_BEARING.has(thing.stem) ? thing : undefined;
  }
  if (words[first] !== 'which' || isRelativeWhich(question, asking, first)) return undefined;
  return thingWhichAsks(words, first, owns);
}
/** Things known by a name of their own, which "what ..." asks for as "which ..." does. */
const NAME_BEARING: ReadonlySet<string> = new Set(
  'museum church mosque temple court company firm newspaper paper university school hospital hotel airline bank factory ship movie film book magazine agency party group organization organisation militia brigade unit base prison camp airport station bridge stadium channel network'
    .split(' ')
    .map(stem),
);
// A word with "'s" as the question spells it: "country's", "member’s".
const POSSESSIVE = /^[\p{L}\p{N}]+['’]s\b/u;

/** Where the first question word stands: "who" asks for someone only when it leads the ask. */
function firstAsking(questionWords: readonly string[]): number {
  return questionWords.findIndex((word) => QUESTION_WORDS.has(word));
}

/**
 * Whether the "which" at `k` of the asking words opens a relative clause, not an ask: after a
 * comma that ends words before it, before a pronoun or an auxiliary ("..., which I never
 * understood", "..., which is odd"), or before a word that is no noun first of all, with a
 * question word after it that asks ("the Americans are training them now, which sounds wild, so
 * when did ..."). "Which" before a noun asks ("..., which countries sent troops"), and so does
 * one after a conjunction ("so, which is it").
 */
function isRelativeWhich(question: string, asking: readonly QuestionWord[], k: number): boolean {
  if (!endsWithStoryComma(question.slice(0, asking[k]!.start))) return false;
  const next = asking[k + 1]?.word;
  return (
    next !== undefined &&
    opensRelativeClause(
      next,
      asking.slice(k + 2).some(({ word }) => QUESTION_WORDS.has(word)),
    )
  );
}
// Words that ask for the answer whole or precise ("the full name", "what exact date").
const ASK_INTENSIFIERS: ReadonlySet<string> = new Set(['full', 'exact', 'precise', 'complete', 'actual', 'specific']);
// How closely one word for whoever heads a body matches another ("head" and "leader").
const HEAD_WORD_SIMILARITY = 0.8;
// How many topic words before a post are read as its title: "Amnesty International director".
const MAX_TITLE_WORDS_BEFORE_POST = 2;
// "How much does it cost", "how much money": an amount of money, not any number.
const MONEY_WORDS = new Set(
  `money cost costs costing spend spends spent spending pay pays paid paying payment budget budgeted price prices priced
  worth fund funds funding investment investments revenue revenues income assets debt debts loan loans profit
  profits salary fee fees earn earns earned earning earnings charge charges charged charging owe owes owed`.split(
    /\s+/,
  ),
);
/**
 * Whether the word is one of `words`, or a slip of one ("suposed", "loacted"): a slip of a common
 * word is read as that word, as its weight is (see readingOf).
 */
function isOrMeans(words: ReadonlySet<string>, word: string): boolean {
  return words.has(word) || words.has(commonWordMeant(word) ?? '');
}
// Words that with "to" make a modal: "supposed to". Not "going to", which is as often where someone
// goes ("is obama going to kenya"), nor "able to": "not being able to fix the gun issue" is what
// was said, and weighing it less lost a right answer.
const SEMI_MODALS: ReadonlySet<string> = new Set(['supposed']);
// Words that in a question for a place only say that it asks where: "where is it located", "which
// city hosted the talks". Not "held": "where were the talks held" is answered as well by "talks
// held at the NATO headquarters", which the labels did not count.
const LOCATING: ReadonlySet<string> = new Set(['located', 'situated', 'based', 'hosted', 'host']);
// "How much time", "how much longer": the words after "how much" that ask a length of time.
const TIME_AMOUNTS = new Set(['time', 'longer']);

/**
 * "Jens Stoltenberg": a name of two words the knowledge writes together weighs as one, its
 * surname's. News gives the whole name once, in the lead, and the surname or a post after it;
 * counted twice, the given name drew every question naming someone in full to the lead.
 */
function weighGivenNamesAsOne(
  index: SearchIndex,
  all: readonly string[],
  termAt: Int32Array,
  terms: QuestionTerm[],
  wordWeights: Float64Array,
): void {
  forEachTermPair(all, termAt, (i, first, second) => {
    const given = terms[first]!;
    const surname = terms[second]!;
    if (given.ownTermId < 0 || surname.ownTermId < 0) return;
    // Both name words (rare, or a person's name first of all): "South Sudan", "North Africa" are no
    // given name and surname; "Paul Martin" is.
    if (!isNameWord(given.word) || !isNameWord(surname.word)) return;
    if (!writtenTogether(index, given.ownTermId, surname.ownTermId)) return;
    given.weight = Math.min(given.weight, WEIGHT.weak);
    given.weighty = false;
    // ... and so in a phrase the passage repeats word for word ("Jens Stoltenberg said").
    wordWeights[i] = Math.min(wordWeights[i]!, WEIGHT.weak);
  });
}

/**
 * How closely a two-word lemma the knowledge writes stands in for a question word it means ("stepped
 * up" for "ramping", both "increase" in WordNet), by the verb or noun it opens with: as a two-word
 * verb's hypernym does (COMPOUND_HYPERNYM_SIMILARITY). By the team's rule on the tuning sets, 0.45
 * to 0.55 within five.
 */
const PHRASE_SIMILARITY = 0.5;

/**
 * The first words of the two-word lemmas the knowledge writes that mean the question word, in any
 * of its forms (Lexicon.compoundsMeaning): "intensifying" and "escalating" for "stepped up", whose
 * words WordNet gives as "increase", "escalate", "intensify". (Its WordNet synonyms' lemmas too:
 * tuning 5 more by the rule, held out the same, for a fifth more time per question with unseen
 * words on 100,000 passages; left out.)
 */
function phraseVariants(index: SearchIndex, word: string): Variant[] {
  return phrasesMeaning(index, new Set(wordForms(word)));
}

/** The terms of the first words of the two-word lemmas the knowledge writes that mean one of `meanings`. */
function phrasesMeaning(index: SearchIndex, meanings: Iterable<string>): Variant[] {
  let known = phraseTermsByIndex.get(index);
  if (known === undefined) phraseTermsByIndex.set(index, (known = new Map()));
  const found: Variant[] = [];
  for (const meaning of meanings) {
    let terms = known.get(meaning);
    if (terms === undefined) {
      if (known.size >= READING_CACHE_LIMIT) known.clear();
      known.set(meaning, (terms = findPhraseTerms(index, meaning)));
    }
    for (const termId of terms)
      if (!found.some((variant) => variant.termId === termId))
        found.push({ termId, similarity: PHRASE_SIMILARITY, related: true });
  }
  return found;
}

/** Per index, per word: the terms of phrases the knowledge writes that mean it (see findPhraseTerms). */
const phraseTermsByIndex = new WeakMap<SearchIndex, Map<string, readonly number[]>>();

/** The terms of the first words of the two-word lemmas the knowledge writes that mean `meaning`. */
function findPhraseTerms(index: SearchIndex, meaning: string): readonly number[] {
  const pairs = lexicon().compoundsMeaning(meaning);
  if (pairs.length === 0) return NO_TERM_IDS;
  const terms: number[] = [];
  for (const [first, second] of pairs) {
    // As for any related word: not one so common in the knowledge that it says nothing of a passage.
    const termId = relatedTermId(index, first);
    if (termId >= 0 && !terms.includes(termId) && writesPhrase(index, termId, second)) terms.push(termId);
  }
  return terms;
}
const NO_TERM_IDS: readonly number[] = [];

/** Per index, per term: the words its passages write right after a word of it, read on first asking. */
const wordsAfterTerm = new WeakMap<SearchIndex, Map<number, ReadonlySet<string>>>();
// Terms whose following words are remembered per index: a common verb's are read from many passages.
const PHRASE_TERMS_LIMIT = 5_000;

/** Whether some passage writes a word of the term right before `second` ("stepped up"). */
function writesPhrase(index: SearchIndex, first: number, second: string): boolean {
  let byTerm = wordsAfterTerm.get(index);
  if (byTerm === undefined) wordsAfterTerm.set(index, (byTerm = new Map()));
  let after = byTerm.get(first);
  if (after === undefined) {
    const found = new Set<string>();
    someWordBeforeAnother(index, first, (at) => {
      found.add(index.vocabulary.word(index.tokens[at + 1]!));
      return false;
    });
    if (byTerm.size >= PHRASE_TERMS_LIMIT) byTerm.clear();
    byTerm.set(first, (after = found));
  }
  return after.has(second);
}

/**
 * Calls `visit` with the token place of each word of the term that has another word after it in
 * its passage, and the passage's number, until it returns true; whether it did.
 */
function someWordBeforeAnother(
  index: SearchIndex,
  termId: number,
  visit: (at: number, passage: number) => boolean,
): boolean {
  const { passages, from, to } = index.postings(termId);
  const { tokens, vocabulary } = index;
  for (let k = from; k < to; k++) {
    const passage = passages[k]!;
    const end = index.tokenStart[passage + 1]!;
    for (let at = index.tokenStart[passage]!; at + 1 < end; at++)
      if (vocabulary.termOf(tokens[at]!) === termId && visit(at, passage)) return true;
  }
  return false;
}

/** Per index: whether two terms are written together (see writtenTogether), by "first second". */
const togetherIn = memoisedPerOwner<SearchIndex, boolean>(20_000);

/**
 * Whether some passage writes the first term, capitalised, a space before the second: "Ilsa
 * Okafor". Found once per index and pair: a name common in the knowledge has many passages to read.
 */
function writtenTogether(index: SearchIndex, first: number, second: number): boolean {
  return togetherIn(index, `${first} ${second}`, () => findWrittenTogether(index, first, second));
}

function findWrittenTogether(index: SearchIndex, first: number, second: number): boolean {
  const { tokens, tokenOffsets, vocabulary } = index;
  return someWordBeforeAnother(index, first, (at, passage) => {
    if (vocabulary.termOf(tokens[at + 1]!) !== second) return false;
    // "Nagorno-Karabakh" is one name of a place, not a given name and a surname.
    const { text } = index.passages[passage]!;
    const gap = text.slice(index.tokenEnd(at), tokenOffsets[at + 1]!);
    return gap === ' ' && isCapitalAt(text, tokenOffsets[at]!);
  });
}

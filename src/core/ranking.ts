import { hasAnswerCue, placeOf } from './answer-kind.js';
import { askedSpan, sentenceBefore } from './best-sentence.js';
import { tellsConversation } from './conversation.js';
import { documentContext } from './document-context.js';
import { documentDateWords } from './document-date.js';
import { saysInExchange } from './exchange.js';
import { identifiesThing } from './identified-thing.js';
import { namesOccasionWithin } from './occasion.js';
import {
  MAX_QUESTION_TERMS,
  MAX_QUESTION_WORDS,
  type ParsedQuestion,
  type QuestionTerm,
  wordSimilarity,
} from './question.js';
import { isRelatedWordMatch, type QuestionMarks, questionMarks, relatedWordCounts } from './question-marks.js';
import type { SearchIndex } from './search-index.js';
import { indexTerm } from './terms.js';
import { isCapitalAt } from './text.js';
import { FRAME_WORDS } from './word-lists.js';

/** How well a passage matches a question's terms (all of them, or those of the sentence that asks). */
export interface MatchSummary {
  /** Share of the terms' weight the passage matches, 0..1, weak evidence included. */
  coverage: number;
  /** The same counting only the passage's own words and their close forms and spellings. */
  strictCoverage: number;
  /**
   * The most of a term left unmatched: its weight times how far its best match falls short of a
   * full one, so a term matched only by a loose relation counts too. Not of a frame word.
   */
  missing: number;
  /** Share of the weight the passage leaves unmatched though other passages hold it. */
  elsewhere: number;
  /** Share of the weight matched only through related words or the document context. */
  weak: number;
  /**
   * The share matched with each word weighed also by how rare it is in the knowledge (its idf
   * over the largest possible): the question's specific words count more than the names and
   * topic words every paragraph of an article shares, which off-topic questions about it reuse.
   */
  specific: number;
  /** The term `missing` is about (-1 when none is). */
  missingTerm: number;
}

export interface RankedPassage {
  /** Position of the passage in `index.passages`. */
  passageNumber: number;
  /** Share of the whole question's topic weight the passage matches, 0..1, weak evidence included. */
  coverage: number;
  /**
   * How it matches the sentence that asks alone, when the question tells a story around its ask
   * (else the whole question): the evidence a confidence should weigh.
   */
  asked: MatchSummary;
  /** The ranking score; only its order means anything. */
  rank: number;
}

// BM25 parameters, the usual ones.
const K1 = 1.2;
const B = 0.75;
// What decides the order: first how much of the question a passage covers, then how well
// (BM25: rare words count more), whether the matched words stand together, whether it repeats
// a phrase of the question word for word, and whether it holds what the question word asks
// for (a date for "when", a place for "where", a number for "how many"). A passage without
// that cannot answer the question, so it weighs most after coverage. Chosen on the public
// questions and checked on test/fixtures/dev-questions.jsonl, written apart from them; the answer
// kind's share and the proximity's refitted on the tuning sets (DESIGN.md sections 4 and 5).
const BM25_SHARE = 0.3;
const PROXIMITY_SHARE = 0.2;
const ANSWER_KIND_SHARE = 0.56;
const PHRASE_SHARE = 0.3;
// Words at most this far apart (in indexed words) count as standing together.
const NEAR = 3;
// How many of the best passages by coverage and BM25 get the closer look.
const SHORTLIST = 24;

/** Scratch space per index, reused by every query: no allocation proportional to the index. */
interface Scratch {
  coverage: Float64Array;
  bm25: Float64Array;
  termMark: Int32Array;
  stamp: number;
  shortlist: Shortlist;
}

const scratchOf = new WeakMap<SearchIndex, Scratch>();
/** Per question term, how specific it is in the knowledge: its idf over the largest possible, 1 if absent. */
const SPECIFICITY = new Float64Array(MAX_QUESTION_TERMS);

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratchOf.get(index);
  if (!scratch) {
    const n = index.passages.length;
    scratch = {
      coverage: new Float64Array(n),
      bm25: new Float64Array(n),
      termMark: new Int32Array(n),
      stamp: 0,
      shortlist: new Shortlist(),
    };
    scratchOf.set(index, scratch);
  }
  return scratch;
}

const NO_TERMS: readonly number[] = [];

/** The passages that best answer the question, best first, at most `limit`. */
export function rankPassages(index: SearchIndex, question: ParsedQuestion, limit: number): RankedPassage[] {
  if (question.terms.length === 0 || question.totalWeight === 0) return [];
  const scratch = scratchFor(index);
  const { coverage, bm25, termMark, shortlist } = scratch;
  const touched: number[] = [];

  // A title the question names someone by is who they are ("what was the NATO secretary general
  // concerned about"): the document's context gives it to every paragraph that speaks of them
  // (inContextOf), and the paragraph that writes it out, often the lead introducing them, says no
  // more of what is asked for its rare words. Unless a kind of answer is asked for ("who is the
  // NATO secretary general"), where the title is what the answer is of.
  const titleOnly = question.answerKind === undefined ? question.titleTerms : NO_TERMS;
  for (let t = 0; t < question.terms.length; t++) {
    const term = question.terms[t]!;
    const bm25Weighs = !titleOnly.includes(t);
    if (scratch.stamp >= 0x7ffffffe) {
      termMark.fill(0);
      scratch.stamp = 0;
    }
    const stamp = ++scratch.stamp;
    // Variants come best first, so a passage's first visit is its best match for this term.
    for (const { termId, similarity, related } of term.variants) {
      const { passages, counts, from, to } = index.postings(termId);
      const weight = term.weight * similarity;
      const idf = index.idf(termId);
      // A related word counts only in documents that do not use the question's own word: the
      // own word's postings are walked alongside, both being in passage order. Here that holds
      // for every related word, those the close look lets past it too (isRelatedWordMatch): let
      // past here as well, they ranked fewer passages right (DESIGN.md section 4).
      const onlyWhereUnused = related === true && term.ownTermId >= 0;
      const own = onlyWhereUnused ? index.postings(term.ownTermId) : undefined;
      let ownAt = own?.from ?? 0;
      for (let k = from; k < to; k++) {
        const p = passages[k]!;
        if (termMark[p] === stamp) continue;
        if (own !== undefined) {
          ownAt = index.postingFromDocumentOf(ownAt, own.to, p);
          if (index.isPostingInDocumentOf(ownAt, own.to, p)) continue;
        }
        termMark[p] = stamp;
        if (coverage[p] === 0) touched.push(p);
        const tf = counts[k]!;
        const norm = K1 * (1 - B + (B * index.lengths[p]!) / index.averageLength);
        coverage[p]! += weight;
        if (bm25Weighs) bm25[p]! += weight * idf * ((tf * (K1 + 1)) / (tf + norm));
      }
    }
  }

  let maxBm25 = 0;
  for (const p of touched) if (bm25[p]! > maxBm25) maxBm25 = bm25[p]!;
  shortlist.reset(Math.max(SHORTLIST, limit));
  for (const p of touched) {
    const bm25Share = maxBm25 > 0 ? bm25[p]! / maxBm25 : 0;
    shortlist.offer(p, coverage[p]! / question.totalWeight + BM25_SHARE * bm25Share, bm25Share);
  }
  for (const p of touched) {
    coverage[p] = 0;
    bm25[p] = 0;
  }

  const largestIdf = Math.log(1 + (index.passages.length + 0.5) / 0.5);
  question.terms.forEach((term, t) => {
    SPECIFICITY[t] = term.ownTermId >= 0 ? index.idf(term.ownTermId) / largestIdf : 1;
  });
  const marks = questionMarks(index, question);
  const ranked: RankedPassage[] = [];
  for (let i = 0; i < shortlist.length; i++) {
    const passage = shortlist.passage(i);
    const bm25Share = shortlist.bm25Share(i);
    const look = closeLook(index, question, marks, passage);
    const answerKind = kindHeldWhereAsked(index, question, passage);
    ranked.push({
      passageNumber: passage,
      coverage: Math.min(1, look.all.coverage),
      asked: look.asked,
      rank:
        look.all.coverage +
        BM25_SHARE * bm25Share +
        PROXIMITY_SHARE * look.proximity +
        ANSWER_KIND_SHARE * Math.max(0, answerKind) +
        PHRASE_SHARE * verbatimPhrase(index, question, marks, passage),
    });
  }
  ranked.sort((a, b) => b.rank - a.rank || a.passageNumber - b.passageNumber);
  return distinctTexts(index, ranked, limit);
}

/**
 * The first `limit` passages of `ranked` whose text no passage before them has. A paragraph
 * syndicated into several articles would otherwise be offered once per copy, and its twin,
 * ranked right after it, would take away the margin the confidence reads.
 */
function distinctTexts(index: SearchIndex, ranked: readonly RankedPassage[], limit: number): RankedPassage[] {
  const kept: RankedPassage[] = [];
  for (const found of ranked) {
    if (kept.length === limit) break;
    const { text } = index.passages[found.passageNumber]!;
    if (!kept.some((other) => index.passages[other.passageNumber]!.text === text)) kept.push(found);
  }
  return kept;
}

// A passage holding the kind of answer asked for only away from where it speaks of what is asked
// ("The mayor toured the valley on Monday. The ministry put out a statement ..." for "on which
// day did the ministry put out its statement"): its day, place or number is likely another
// thing's. It counts less than one holding it there. (By the team's rule on the tuning sets:
// 1,230 from 0.6 to 0.9, 1,228 at 0.5, 1,229 at 0.)
const KIND_HELD_ELSEWHERE = 0.75;

/**
 * kindHeld, read closely for a passage that holds the kind asked for: where it speaks of what is
 * asked, as the confidence reads it (see answerKindWhereAsked), or only elsewhere.
 */
export function kindHeldWhereAsked(index: SearchIndex, question: ParsedQuestion, passage: number): number {
  const kind = kindHeld(index, question, passage);
  if (kind !== 1 || question.answerKind === undefined) return kind;
  return answerKindWhereAsked(index, question, passage) < 0 ? KIND_HELD_ELSEWHERE : 1;
}

/**
 * For the ranking: whether the passage holds the kind of answer the question asks for (1), does
 * not (-1), or it asks for none (0). Asked which one of a class the knowledge names some of
 * ("which city": Brussels, Yerevan), it must also give one of them (see givesClassName): "the
 * meeting" does not say in which city.
 */
function kindHeld(index: SearchIndex, question: ParsedQuestion, passage: number): number {
  if (!givesClassName(index, question, passage)) return -1;
  if (!question.answerKind) return tellsAskedDealing(question, index.passages[passage]!.text) ? 1 : 0;
  const { text, document } = index.passages[passage]!;
  return hasAnswerCue(question.answerKind, text, question.askedWords, cueReading(question, document.title)) ? 1 : -1;
}

/**
 * How the question's kind of answer is to be looked for (see hasAnswerCue) in a passage of the
 * document titled `title`: what it counts, whether exactly or per period, whose post, and so on;
 * within `span` only, and with or without the day a saying was made (`whenSaid`), where given.
 */
function cueReading(
  question: ParsedQuestion,
  title: string,
  whenSaid?: boolean,
  span?: readonly [number, number],
): NonNullable<Parameters<typeof hasAnswerCue>[3]> {
  return {
    whenSaid,
    span,
    counted: question.counted,
    countsApart: question.countsApart,
    exact: question.exactNumber,
    perPeriod: question.perPeriod,
    countsWhole: question.countsWhole,
    population: question.population,
    origin: question.origin,
    nationality: question.nationality,
    post: question.post,
    title,
  };
}

/**
 * For a question asking no kind of thing: whether the passage tells the dealing it asks about, a
 * deal ("in return": see exchange.ts) or a conversation ("on the agenda": see conversation.ts).
 */
function tellsAskedDealing(question: ParsedQuestion, text: string): boolean {
  return (question.inExchange && saysInExchange(text)) || (question.conversation && tellsConversation(text));
}

/**
 * Whether the passage gives one of the class the question asks which of: one of its names
 * ("Brussels" for "which city"), a people's adjective of one ("Armenian troops" for "which
 * country's troops"), or a name before the class's own word ("the Karabakh conflict" for "which
 * conflict", a name WordNet does not file under it). "In the US state of Louisiana" names no city.
 */
export function givesClassName(index: SearchIndex, question: ParsedQuestion, passage: number): boolean {
  const { classNames, classTerms } = question;
  if (classNames.size === 0) return true;
  const { tokens, vocabulary } = index;
  const { text } = index.passages[passage]!;
  const from = index.tokenStart[passage]!;
  for (let at = from; at < index.tokenStart[passage + 1]!; at++) {
    const termId = vocabulary.termOf(tokens[at]!);
    if (classNames.has(termId)) return true;
    if (classTerms.has(termId) && at > from && isNameAt(index, text, at - 1)) return true;
    const place = placeOf(vocabulary.word(tokens[at]!));
    const placeTerm = place === null ? null : indexTerm(place);
    const placeId = placeTerm === null ? undefined : index.termId(placeTerm);
    if (placeId !== undefined && classNames.has(placeId)) return true;
  }
  return false;
}

/** Whether the passage token at `at` (of the passage whose text is `text`) is a topic word written capitalised. */
function isNameAt(index: SearchIndex, text: string, at: number): boolean {
  return index.vocabulary.termOf(index.tokens[at]!) >= 0 && isCapitalAt(text, index.tokenOffsets[at]!);
}

/** Whether the passage's document uses the term's word itself (in any of its languages). */
function documentSays(index: SearchIndex, term: QuestionTerm, passage: number): boolean {
  return term.variants.some(
    (variant) => variant.similarity === 1 && !variant.related && index.documentHolds(variant.termId, passage),
  );
}

/**
 * Whether a passage holds the kind of answer the question wants (1), does not (-1), or the
 * question wants none (0), read closely: where the passage speaks of what is asked, in the
 * sentence matching the question best or the one after it, which news writing often gives to
 * the detail ("... working on a new plan. The three-year plan will be adopted soon."). A number
 * elsewhere in the paragraph is about something else. (Ranking looks at the whole passage: it
 * is cheaper, and only the best passage's answer decides whether to answer.) `bestSpan` is the
 * passage's best sentence when the caller has it already.
 */
export function answerKindWhereAsked(
  index: SearchIndex,
  question: ParsedQuestion,
  passageNumber: number,
  bestSpan?: readonly [number, number],
): number {
  const { answerKind, identified } = question;
  if (!answerKind && identified === undefined)
    return tellsAskedDealing(question, index.passages[passageNumber]!.text) ? 1 : 0;
  const passage = index.passages[passageNumber]!;
  const span = askedSpan(index, passage, question, bestSpan);
  if (answerKind) {
    // Asked of a saying (a verb of saying has no base: see QuestionTerm.base), the day it was said
    // answers. Read here only, for the best passage: in the ranking it sent other passages first.
    const ofSaying = question.terms.some((term) => term.base === null);
    // And "where did he say it" is answered by the occasion ("at the joint news briefing").
    if (answerKind === 'place' && ofSaying && namesOccasionWithin(passage.text, span[0], span[1])) return 1;
    return hasAnswerCue(
      answerKind,
      passage.text,
      question.askedWords,
      cueReading(question, passage.document.title, ofSaying, span),
    )
      ? 1
      : -1;
  }
  // "which aid groups ...": lacking where the passage says only "aid groups", else no say.
  return identifiesThing(passage.text, span, identified!, question.askedWords, sentenceBefore(passage, span[0]));
}

// A question word the passage does not hold but its document context does (the person its
// "he" stands for, the title's subject) counts this much of a match: enough to lift a
// paragraph that speaks of them, too little to make every paragraph of the document alike.
const CONTEXT_SIMILARITY = 0.45;
// ... and this much when the passage refers to someone by a pronoun ("he told reporters"):
// then the name it stands for is very likely one the document named before. So it is for the
// names a passage calls by their post ("declared the president": see DocumentContext.postNames).
const PRONOUN_CONTEXT_SIMILARITY = 0.75;
// ... and this much for the title its document writes before a name the passage gives ("the NATO
// secretary general" where a paragraph names Stoltenberg, whom the lead calls "NATO Secretary
// General Jens Stoltenberg"): the paragraph speaks of them, but by name.
const TITLE_SIMILARITY = 0.6;
// ... and in full where the question itself names someone by that title (ParsedQuestion.titleWords):
// then it is only who they are, and the paragraph naming them says it as well as the one that
// gives the title.
const ASKED_TITLE_SIMILARITY = 1;
// A question's year, month or day of the week that is its document's date, and that the document's
// text never uses, counts this much in every paragraph of the document: the question places its
// ask in the document's time, which the paragraphs, written in it, do not repeat. Where the text
// does say it ("on Monday"), the question's word points at the paragraph that says it.
const DOCUMENT_DATE_SIMILARITY = 1;
// The occasion a question sets its ask in ("what did he say at the briefing"), named in the
// passage's document, counts this much in each of its paragraphs: a report names the occasion
// once, and the paragraph that does is seldom the one with what was said at it.
const OCCASION_SIMILARITY = 1;
// Matches at least this close are the passage's own words (or a close form or spelling);
// below it they are related words, weak evidence.
const STRICT_SIMILARITY = 0.65;
// A question word matched less than this is not matched at all.
const UNMATCHED_SIMILARITY = 0.3;

/**
 * Work arrays of a close look, one slot per question term, reused passage after passage: 24
 * passages a question, each needing five arrays, made allocation most of a close look's cost.
 */
const LOOK = {
  best: new Float64Array(MAX_QUESTION_TERMS),
  lastAt: new Int32Array(MAX_QUESTION_TERMS),
  closeness: new Float64Array(MAX_QUESTION_TERMS),
  inContext: new Float64Array(MAX_QUESTION_TERMS),
  similarity: new Float64Array(MAX_QUESTION_TERMS),
  /** Per question term: whether a related word of it counts in this passage (1, 0; -1 not yet known). */
  relatedCounts: new Int8Array(MAX_QUESTION_TERMS),
};

/**
 * Reads one shortlisted passage word by word: how much of the question it covers (its own words
 * fully, derived and related words and its document context less), how much with its own words
 * alone, the weightiest question word it leaves out, and how closely neighbouring question terms
 * stand together.
 */
function closeLook(
  index: SearchIndex,
  question: ParsedQuestion,
  marks: QuestionMarks,
  passage: number,
): { all: MatchSummary; asked: MatchSummary; proximity: number } {
  const count = question.terms.length;
  const { best, lastAt, closeness, inContext, similarity, relatedCounts } = LOOK;
  relatedCounts.fill(-1, 0, count);
  best.fill(0, 0, count);
  // Position (in topic words) where each question term was last seen in the passage.
  lastAt.fill(-1, 0, count);
  closeness.fill(0, 0, count);
  inContext.fill(0, 0, count);
  const { vocabulary, tokens } = index;
  const { stamp, termStamp, termMatch, termSimilarity, termRelated, termShared } = marks;
  let position = 0;
  for (let at = index.tokenStart[passage]!; at < index.tokenStart[passage + 1]!; at++) {
    const wordId = tokens[at]!;
    const termId = vocabulary.termOf(wordId);
    if (termId < 0) continue;
    position++;
    if (termStamp[termId] !== stamp) continue;
    seeMatch(
      index,
      question,
      passage,
      wordId,
      position,
      termMatch[termId]!,
      termSimilarity[termId]!,
      termRelated[termId] === 1,
    );
    if (termShared[termId] === 1) {
      for (const match of question.sharedMatches.get(termId)!)
        seeMatch(index, question, passage, wordId, position, match.term, match.similarity, isRelatedWordMatch(match));
    }
  }
  const context = documentContext(index, passage);
  inContextOf(
    question,
    marks,
    context.terms,
    context.refersByPronoun ? PRONOUN_CONTEXT_SIMILARITY : CONTEXT_SIMILARITY,
  );
  inContextOf(question, marks, context.titleTerms, TITLE_SIMILARITY, ASKED_TITLE_SIMILARITY);
  inContextOf(question, marks, context.postNames, PRONOUN_CONTEXT_SIMILARITY);
  inContextOf(question, marks, context.speakerBefore, PRONOUN_CONTEXT_SIMILARITY);
  inContextOf(question, marks, context.writer, PRONOUN_CONTEXT_SIMILARITY);
  if (question.dateTerms.length > 0) {
    const dateWords = documentDateWords(index.passages[passage]!.document.published);
    for (const i of question.dateTerms) {
      const term = question.terms[i]!;
      if (!dateWords.has(term.word) || documentSays(index, term, passage)) continue;
      inContext[i] = Math.max(inContext[i]!, DOCUMENT_DATE_SIMILARITY);
    }
  }
  for (const i of question.occasionTerms) {
    if (documentSays(index, question.terms[i]!, passage)) inContext[i] = Math.max(inContext[i]!, OCCASION_SIMILARITY);
  }
  // The words of an occasion stand together wherever it is named ("at a news conference"): that
  // says nothing of what was said there, which the document's naming of it already counts for.
  for (const i of question.occasionTerms) if (question.occasionTerms.includes(i + 1)) closeness[i] = 0;
  let together = 0;
  for (let i = 0; i < count; i++) together += closeness[i]!;
  for (let i = 0; i < count; i++) similarity[i] = Math.max(best[i]!, inContext[i]!);
  const all = summarize(question, best, similarity, false)!;
  const asked = question.hasChatter ? (summarize(question, best, similarity, true) ?? all) : all;
  return { all, asked, proximity: count > 1 ? together / (count - 1) : 0 };
}

/**
 * Notes in LOOK that the passage word `wordId`, at `position` among its topic words, matches
 * question term `term` this closely (through a related word when `related`).
 */
function seeMatch(
  index: SearchIndex,
  question: ParsedQuestion,
  passage: number,
  wordId: number,
  position: number,
  term: number,
  termSimilarity: number,
  related: boolean,
): void {
  const { best, lastAt, closeness, relatedCounts } = LOOK;
  if (related && !relatedWordCounts(relatedCounts, index, question, term, passage)) return;
  const similarity = wordSimilarity(index, question, wordId, term, termSimilarity);
  if (similarity > best[term]!) best[term] = similarity;
  lastAt[term] = position;
  // Pairs (term-1, term) and (term, term+1): closeness 1/distance, the nearest occurrence wins.
  if (term > 0) nearer(closeness, term - 1, position - lastAt[term - 1]!, lastAt[term - 1]! >= 0);
  if (term + 1 < question.terms.length) nearer(closeness, term, position - lastAt[term + 1]!, lastAt[term + 1]! >= 0);
}

/**
 * Notes in LOOK each question term that one of `termIds` of the passage's context matches, at
 * `share`, or at `titleShare` for the words of a title the question names someone by.
 */
function inContextOf(
  question: ParsedQuestion,
  marks: QuestionMarks,
  termIds: ReadonlySet<number>,
  share: number,
  titleShare = share,
): void {
  const { stamp, termStamp, termMatch, termSimilarity, termShared } = marks;
  for (const termId of termIds) {
    if (termStamp[termId] !== stamp) continue;
    const term = termMatch[termId]!;
    inContextAs(term, termSimilarity[termId]!, contextShare(question, term, share, titleShare));
    if (termShared[termId] === 1) {
      for (const match of question.sharedMatches.get(termId)!)
        inContextAs(match.term, match.similarity, contextShare(question, match.term, share, titleShare));
    }
  }
}

/** The share a context match of question term `term` counts at: `titleShare` for a title's words. */
function contextShare(question: ParsedQuestion, term: number, share: number, titleShare: number): number {
  return titleShare !== share && question.titleTerms.includes(term) ? titleShare : share;
}

/** Notes in LOOK that the document context holds a match of question term `term` this close. */
function inContextAs(term: number, termSimilarity: number, contextShare: number): void {
  if (termSimilarity < STRICT_SIMILARITY) return;
  LOOK.inContext[term] = Math.max(LOOK.inContext[term]!, contextShare * termSimilarity);
}

/**
 * How well the passage matches the question's terms, or only those of the sentence that asks:
 * `own` is each term's best match by the passage's own words, `similarity` with its document
 * context too. Undefined when those terms weigh nothing.
 */
function summarize(
  question: ParsedQuestion,
  own: Float64Array,
  similarity: Float64Array,
  askedOnly: boolean,
): MatchSummary | undefined {
  let total = 0;
  let covered = 0;
  let specificTotal = 0;
  let specificCovered = 0;
  let strict = 0;
  let missing = 0;
  let missingTerm = -1;
  let elsewhere = 0;
  let weak = 0;
  const { terms } = question;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (askedOnly && !term.asked) continue;
    const { weight } = term;
    total += weight;
    covered += weight * similarity[i]!;
    specificTotal += weight * SPECIFICITY[i]!;
    specificCovered += weight * SPECIFICITY[i]! * similarity[i]!;
    if (own[i]! >= STRICT_SIMILARITY) strict += weight * own[i]!;
    // A word matched only by a loose relation is still mostly missing. A word that frames the
    // question ("actually", "exactly", "the name of") is no part of what a passage must say:
    // neither missing here nor held elsewhere.
    const frames = FRAME_WORDS.has(term.word);
    if (!frames && weight * (1 - similarity[i]!) > missing) {
      missing = weight * (1 - similarity[i]!);
      missingTerm = i;
    }
    if (similarity[i]! < UNMATCHED_SIMILARITY) {
      if (!frames && hasCloseVariant(term)) elsewhere += weight;
    } else if (own[i]! < STRICT_SIMILARITY) {
      weak += weight;
    }
  }
  if (total === 0) return undefined;
  return {
    coverage: covered / total,
    strictCoverage: strict / total,
    missing,
    elsewhere: elsewhere / total,
    weak: weak / total,
    specific: specificTotal > 0 ? specificCovered / specificTotal : 0,
    missingTerm,
  };
}

/** Whether the index holds the term itself or a close form or spelling of it (somewhere). */
function hasCloseVariant(term: QuestionTerm): boolean {
  for (const variant of term.variants) if (variant.similarity >= STRICT_SIMILARITY) return true;
  return false;
}

function nearer(closeness: Float64Array, pair: number, distance: number, seen: boolean): void {
  // At distance 0 one passage word matches both terms (see ParsedQuestion.sharedMatches): not two
  // words standing together.
  if (seen && distance > 0 && distance <= NEAR) closeness[pair] = Math.max(closeness[pair]!, 1 / distance);
}

// The runs of verbatimPhrase, one slot per question word: where (which passage word) the run of
// question words ending at that word last ended, and its weight and topic words. Reused.
const RUN = {
  endsAt: new Int32Array(MAX_QUESTION_WORDS),
  weight: new Float64Array(MAX_QUESTION_WORDS),
  topics: new Int32Array(MAX_QUESTION_WORDS),
};

/**
 * The question's topic weight inside the longest run of its words (function words included)
 * that the passage repeats word for word, when that run holds at least two topic words:
 * a reader who echoes "cooperate more closely on" is pointing at the sentence that says it.
 */
function verbatimPhrase(index: SearchIndex, question: ParsedQuestion, marks: QuestionMarks, passage: number): number {
  const { wordWeights, titleWords } = question;
  const n = question.wordIds.length;
  if (n < 2) return 0;
  const { endsAt, weight, topics } = RUN;
  endsAt.fill(-2, 0, n);
  let best = 0;
  for (let at = index.tokenStart[passage]!; at < index.tokenStart[passage + 1]!; at++) {
    const token = index.tokens[at]!;
    if (marks.wordStamp[token] !== marks.stamp) continue;
    // Each position of this word in the question, last first: a run ending at the position
    // before, with the passage word before, goes on; any other starts anew.
    for (let i = marks.lastPosition[token]!; i >= 0; i = marks.samePositionBefore[i]!) {
      // A title the question names someone by is who they are: the paragraph that gives it says
      // nothing more of what is asked for repeating it.
      const counts = wordWeights[i]! > 0 && !(titleWords.length > 0 && titleWords.includes(i));
      const topic = counts ? 1 : 0;
      const goesOn = i > 0 && endsAt[i - 1] === at - 1;
      weight[i] = (goesOn ? weight[i - 1]! : 0) + (counts ? wordWeights[i]! : 0);
      topics[i] = (goesOn ? topics[i - 1]! : 0) + topic;
      endsAt[i] = at;
      if (topics[i]! >= 2 && weight[i]! > best) best = weight[i]!;
    }
  }
  return best / question.totalWeight;
}

/**
 * Keeps the best `size` offers seen, without sorting everything a common word touches. One per
 * index, reused by every question, in typed arrays: a shape made per question would die at each
 * full garbage collection, and with it the optimised code of the ranking that depends on it,
 * which the JIT then spends tens of milliseconds compiling again.
 */
class Shortlist {
  private passages = new Int32Array(SHORTLIST);
  private ranks = new Float64Array(SHORTLIST);
  private shares = new Float64Array(SHORTLIST);
  private size = SHORTLIST;
  /** How many offers are kept. */
  length = 0;

  /** Empties the shortlist, to keep the best `size` of the offers to come. */
  reset(size: number): void {
    if (size > this.passages.length) {
      this.passages = new Int32Array(size);
      this.ranks = new Float64Array(size);
      this.shares = new Float64Array(size);
    }
    this.size = size;
    this.length = 0;
  }

  offer(passage: number, rank: number, bm25Share: number): void {
    const { passages, ranks, shares } = this;
    if (this.length === this.size && rank <= ranks[this.length - 1]!) return;
    let at = Math.min(this.length, this.size - 1);
    for (; at > 0 && ranks[at - 1]! < rank; at--) {
      passages[at] = passages[at - 1]!;
      ranks[at] = ranks[at - 1]!;
      shares[at] = shares[at - 1]!;
    }
    passages[at] = passage;
    ranks[at] = rank;
    shares[at] = bm25Share;
    if (this.length < this.size) this.length++;
  }

  /** The passage of the `i`th best offer. */
  passage(i: number): number {
    return this.passages[i]!;
  }

  /** The BM25 share of the `i`th best offer. */
  bm25Share(i: number): number {
    return this.shares[i]!;
  }
}

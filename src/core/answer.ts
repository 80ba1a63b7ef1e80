import { tellsAftermath } from './aftermath.js';
import { namesDoer, saysWhoHeads, usesDeed } from './agent.js';
import { askedSpan, bestSentence, sentenceBefore } from './best-sentence.js';
import { confidenceOf, type Evidence, evidenceOf, shownConfidence } from './confidence.js';
import { CONFIDENCE_MODEL } from './confidence-model.js';
import { continuationOf, passageReportsQuestion } from './continuation.js';
import { textNamesSomeoneNew } from './identified-thing.js';
import { saysNegated } from './negation.js';
import { mapPacked } from './packed.js';
import type { Passage } from './passages.js';
import { tellsPrevious } from './precedent.js';
import { type ParsedQuestion, parseQuestion } from './question.js';
import { answerKindWhereAsked, givesClassName, type RankedPassage, rankPassages } from './ranking.js';
import type { SearchIndex } from './search-index.js';
import { holdsSpeaker, reportsSpeechWithin } from './speaker.js';
import { saysSuperlative } from './superlative.js';
import { tellsTenure } from './tenure.js';

/** Below this confidence a passage is a guess, not an answer: chosen with the model on labelled questions. */
export const MIN_CONFIDENCE = CONFIDENCE_MODEL.threshold;
const MAX_ALTERNATIVES = 3;
/** An overview goes through at most this many documents' openings: as many as "Next match" can page through. */
const MAX_OVERVIEW_DOCUMENTS = 100;
/** Alternatives must cover at least this much of the question: one topic word of a four-word question. */
const MIN_ALTERNATIVE_COVERAGE = 0.25;

export interface Citation {
  title: string;
  publisher: string;
  url: string;
  /** YYYY-MM-DD */
  published: string;
  paragraph: number;
  /** The last paragraph the text runs to, when it goes on into the next (see Found.text). */
  lastParagraph?: number;
}

/** How a citation names the paragraphs it covers: "paragraph 7", or "paragraphs 18–19". */
export function citedParagraphs(first: number, last = first): string {
  return first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`;
}

export interface Found {
  /** Stable passage id, `<document>#p<paragraph>`. */
  id: string;
  /**
   * The passage's text; followed, after a blank line, by the next paragraph's when that one goes
   * on with what it says ("They said that ...", see continuationOf), since the answer may be there.
   */
  text: string;
  /**
   * Confidence 0..1: for the best passage, the estimated probability that it answers the
   * question; for the ones after it, how much of the question they cover.
   */
  score: number;
  /** The sentence of the passage that best matches the question. */
  highlight: string;
  /** Where `highlight` sits in `text`: [start, end). */
  highlightSpan: readonly [number, number];
  citation: Citation;
}

export type AnswerStatus = 'answered' | 'abstained' | 'empty' | 'overview';

export interface Answer {
  question: string;
  /**
   * answered: `best` is set; abstained: nothing in the knowledge covers it; empty: nothing to
   * search; overview: it asked what the knowledge is about, and `best` is the first document's
   * opening paragraph, `alternatives` those of the next documents.
   */
  status: AnswerStatus;
  /** The passage that answers, or null when it abstained. */
  best: Found | null;
  /** The next best passages (suggestions when abstaining), at most MAX_ALTERNATIVES. */
  alternatives: Found[];
}

/**
 * Answers a question from the index: the best passage with its citation, or none when the
 * confidence in it is below `minConfidence` (the calibrated threshold unless given).
 */
export function answerQuestion(index: SearchIndex, question: string, options: { minConfidence?: number } = {}): Answer {
  const parsed = parseQuestion(index, question);
  if (parsed.asksForOverview) return overviewAnswer(index, question, parsed);
  if (parsed.terms.length === 0) {
    return { question, status: 'empty', best: null, alternatives: [] };
  }
  const ranked = rankPassages(index, parsed, MAX_ALTERNATIVES + 1);
  const [best, ...rest] = ranked;
  if (!best) return { question, status: 'abstained', best: null, alternatives: [] };
  // The best passage's best sentence, found once: where its answer kind is looked for, and the
  // highlight of the answer.
  const bestSpan =
    parsed.answerKind ||
    parsed.speaker.length > 0 ||
    parsed.negated ||
    parsed.superlative ||
    parsed.aftermath ||
    parsed.tenure ||
    parsed.previous ||
    parsed.identified !== undefined
      ? bestSentence(index, index.passages[best.passageNumber]!, parsed)
      : undefined;
  const answerKind = answerKindShown(index, parsed, best.passageNumber, bestSpan);
  const confidence = confidenceOf(evidenceOf(best, rest[0], parsed, answerKind));
  if (confidence >= (options.minConfidence ?? MIN_CONFIDENCE)) {
    return {
      question,
      status: 'answered',
      best: toFound(index, best.passageNumber, confidence, parsed, bestSpan),
      alternatives: alternativesAmong(index, parsed, rest),
    };
  }
  return { question, status: 'abstained', best: null, alternatives: alternativesAmong(index, parsed, ranked) };
}

/**
 * The passages worth showing after the answer, at most MAX_ALTERNATIVES: only those are read for
 * their best sentence. (A function of its own, not a closure made at every question.)
 */
function alternativesAmong(index: SearchIndex, parsed: ParsedQuestion, passages: readonly RankedPassage[]): Found[] {
  const shown: Found[] = [];
  for (const found of passages) {
    if (shown.length === MAX_ALTERNATIVES) break;
    if (found.coverage >= MIN_ALTERNATIVE_COVERAGE)
      shown.push(toFound(index, found.passageNumber, found.coverage, parsed));
  }
  return shown;
}

/**
 * What the knowledge is about: the opening paragraph of each document, which in news says what
 * the story is (the first document's as the answer, the next ones' after it, up to
 * MAX_OVERVIEW_DOCUMENTS). Certain by what it is, not estimated: its score is 1.
 */
function overviewAnswer(index: SearchIndex, question: string, parsed: ParsedQuestion): Answer {
  const leads: number[] = [];
  for (let p = 0; p < index.passages.length && leads.length < MAX_OVERVIEW_DOCUMENTS; p = index.documentEndOf(p)) {
    leads.push(p);
  }
  const [first, ...next] = mapPacked(leads, (p) => toFound(index, p, 1, parsed));
  if (!first) return { question, status: 'abstained', best: null, alternatives: [] };
  return { question, status: 'overview', best: first, alternatives: next };
}

/**
 * The evidence about the best passage for a question, for fitting the confidence model; null
 * when no passage matches at all.
 */
export function bestPassageEvidence(index: SearchIndex, question: string): { id: string; evidence: Evidence } | null {
  const parsed = parseQuestion(index, question);
  const [best, next] = parsed.terms.length === 0 ? [] : rankPassages(index, parsed, 2);
  if (!best) return null;
  return {
    id: index.passages[best.passageNumber]!.id,
    evidence: evidenceOf(best, next, parsed, answerKindShown(index, parsed, best.passageNumber)),
  };
}

/**
 * answerKindOfBest, for a passage reporting a question ("when I asked him how many minds he had
 * changed") also in the paragraphs after it, which answer it and are shown with it (see
 * continuationOf): asked how Obama reacted, "he proceeded to talk about how Congress would come
 * round" is him speaking, where the question put to him names no speaker. Not for a passage
 * whose next one goes on with its speaker ("They said ..."): the officials' words there are no
 * one's the question names ("what did Trump's transition team say"), and off-topic questions
 * found them.
 */
function answerKindShown(
  index: SearchIndex,
  question: ParsedQuestion,
  passageNumber: number,
  bestSpan?: readonly [number, number],
): number {
  const own = answerKindOfBest(index, question, passageNumber, bestSpan);
  if (own >= 0 || !passageReportsQuestion(index, passageNumber)) return own;
  let kind = own;
  for (let k = 1; k <= continuationOf(index, passageNumber).length; k++)
    kind = Math.max(kind, answerKindOfBest(index, question, passageNumber + k));
  return kind;
}

/**
 * Whether the best passage holds the kind of answer the question asks for (1), does not (-1), or
 * it asks for none (0): the date, place, number or name where the passage speaks of what is asked
 * (answerKindWhereAsked), and, for a question asking what someone said or how they reacted, a
 * passage that can speak of them (holdsSpeaker); for "which city", one of the class
 * (givesClassName); for what did not happen, what ranks first, what became of it or who did it,
 * a passage saying so where it speaks of what is asked.
 */
function answerKindOfBest(
  index: SearchIndex,
  question: ParsedQuestion,
  passageNumber: number,
  bestSpan?: readonly [number, number],
): number {
  if (!holdsSpeaker(index, question, passageNumber)) return -1;
  if (question.speaker.length > 0 && !speaksWhereAsked(index, question, passageNumber, bestSpan)) return -1;
  // "Which city ...": a passage naming none of the class cannot say which.
  if (!givesClassName(index, question, passageNumber)) return -1;
  if (
    question.negated ||
    question.superlative ||
    question.aftermath ||
    question.tenure ||
    question.previous ||
    question.deed !== undefined
  ) {
    const passage = index.passages[passageNumber]!;
    const span = askedSpan(index, passage, question, bestSpan);
    // "Did it end up passing?": only a passage telling what came later can say.
    if (question.aftermath && !tellsAftermath(passage.text, span)) return -1;
    // "When did Jens Doe become president?": "President Jens Doe said on Monday" says who is, not since when.
    if (question.tenure && !tellsTenure(passage.text, span)) return -1;
    // "What was the previous plan?": "a fresh plan" says nothing of the old one.
    if (question.previous && !tellsPrevious(passage.text, span)) return -1;
    // "Five soldiers were killed" does not say who killed them. Without the verb, a passage may say
    // who in other words, but not one naming no one the question does not ("the April 2016
    // hostilities ... nearly degenerated into an all-out Armenian-Azerbaijani war" for "who won").
    if (question.deed !== undefined && namesDoer(passage.text, span, question.deed, question.askedWords) < 0) return -1;
    if (
      question.deed !== undefined &&
      !usesDeed(passage.text, span, question.deed) &&
      !textNamesSomeoneNew(passage.text, span, question.askedWords)
    )
      return -1;
    // "Who leads Trump's transition team": naming someone new beside the body is not enough.
    if (question.deed !== undefined && !saysWhoHeads(passage.text, span, question.deed)) return -1;
    // Where it speaks of what is asked, it says that it happened, not that it did not: the opposite.
    if (question.negated && !saysNegated(passage.text, span)) return -1;
    // It ranks nothing: "contributes troops" does not say who contributes the most.
    if (question.superlative && !saysSuperlative(passage.text, [sentenceBefore(passage, span[0]), span[1]])) return -1;
  }
  return answerKindWhereAsked(index, question, passageNumber, bestSpan);
}

/**
 * Whether the speaker a question asks about speaks where the passage speaks of what is asked (see
 * holdsSpeaker for the passage as a whole). "What did Sarkisian say about the April 2016 war?":
 * the paragraph has him speak, but of that war only the writer tells, in a sentence of its own;
 * what was said of it is in a sentence reporting speech, the one speaking of it or the next. And
 * the one speaking there is them: "Two gunmen died, and three others may have escaped, officials
 * said" is not the prime minister's, whom the sentence before has speak. A quotation with no verb
 * of its own is the speaker's of the sentence before ("..., Azzouz said. “There is worry ...”").
 */
function speaksWhereAsked(
  index: SearchIndex,
  question: ParsedQuestion,
  passageNumber: number,
  bestSpan?: readonly [number, number],
): boolean {
  const passage = index.passages[passageNumber]!;
  const best = bestSpan ?? bestSentence(index, passage, question);
  const asked = askedSpan(index, passage, question, best);
  if (!reportsSpeechWithin(index, passageNumber, asked)) return false;
  const saysItself = reportsSpeechWithin(index, passageNumber, best, { quotations: false });
  const from = saysItself ? best[0] : sentenceBefore(passage, best[0]);
  return holdsSpeaker(index, question, passageNumber, { within: [from, asked[1]] });
}

/** A passage by its id, as an answer (a suggestion the user picked); null when no passage has that id. */
export function passageAnswer(index: SearchIndex, id: string, question = ''): Found | null {
  const p = index.passageNumber(id);
  if (p === undefined) return null;
  return toFound(index, p, 1, parseQuestion(index, question));
}

/** The passages just before and after one, in the same document, for reading it in context. */
export function passageContext(
  index: SearchIndex,
  id: string,
): { before: Passage | undefined; passage: Passage; after: Passage | undefined } | null {
  const p = index.passageNumber(id);
  if (p === undefined) return null;
  const passage = index.passages[p]!;
  const sameDocument = (other: Passage | undefined) => (other?.document.id === passage.document.id ? other : undefined);
  // The paragraph an answer goes on into is shown with it already (see Found.text): the one after.
  const after = p + 1 + continuationOf(index, p).length;
  return { before: sameDocument(index.passages[p - 1]), passage, after: sameDocument(index.passages[after]) };
}

export interface Suggestion {
  /** The passage id, what picking the suggestion answers with. */
  id: string;
  /** The passage's sentence that best matches what was typed (its first when nothing was typed). */
  label: string;
}

/**
 * Passages matching text still being typed, best first, for autocomplete. Unlike
 * answerQuestion it never abstains: any passage sharing a word is worth offering. With nothing
 * typed, the opening sentences of passages spread over the knowledge.
 */
export function suggestPassages(index: SearchIndex, typed: string, limit: number): Suggestion[] {
  const parsed = parseQuestion(index, typed, { completeLastWord: true });
  if (parsed.terms.length === 0) {
    const { passages } = index;
    const step = Math.max(1, Math.floor(passages.length / limit));
    return mapPacked(passages.filter((_, i) => i % step === 0).slice(0, limit), (passage) => ({
      id: passage.id,
      label: sentenceAt(passage, passage.sentences[0]),
    }));
  }
  return mapPacked(rankPassages(index, parsed, limit), ({ passageNumber }) => {
    const passage = index.passages[passageNumber]!;
    return { id: passage.id, label: sentenceAt(passage, bestSentence(index, passage, parsed)) };
  });
}

function sentenceAt(passage: Passage, span: readonly [number, number] | undefined): string {
  return (span ? passage.text.slice(span[0], span[1]) : passage.text).trim();
}

function citationOf(passage: Passage, continuation: readonly Passage[]): Citation {
  const { title, publisher, url, published } = passage.document;
  const citation: Citation = { title, publisher, url, published, paragraph: passage.paragraph };
  const last = continuation.at(-1);
  if (last) citation.lastParagraph = last.paragraph;
  return citation;
}

function toFound(
  index: SearchIndex,
  passageNumber: number,
  score: number,
  question: ParsedQuestion,
  span: readonly [number, number] = bestSentence(index, index.passages[passageNumber]!, question),
): Found {
  const passage = index.passages[passageNumber]!;
  const continuation = continuationOf(index, passageNumber);
  return {
    id: passage.id,
    text: [passage, ...continuation].map((part) => part.text).join('\n\n'),
    score: shownConfidence(score),
    highlight: passage.text.slice(span[0], span[1]).trim(),
    highlightSpan: span,
    citation: citationOf(passage, continuation),
  };
}

import { MAX_QUESTION_WORDS, type ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';

/**
 * A question's matches as arrays indexed by term id and word id. Reading a passage closely visits
 * every one of its words, and a typed-array read costs a fraction of a Map lookup. An entry
 * belongs to the marked question only when its stamp is the current one, so marking the next
 * question clears nothing.
 */
export interface QuestionMarks {
  stamp: number;
  /** The question marked now. */
  question: ParsedQuestion | undefined;
  termStamp: Int32Array;
  /** Index term id → the question term it matches, and how closely. */
  termMatch: Int32Array;
  termSimilarity: Float64Array;
  /** 1 where that match is a related word (see Variant.related). */
  termRelated: Uint8Array;
  /** 1 where other question terms match the term too (see ParsedQuestion.sharedMatches). */
  termShared: Uint8Array;
  wordStamp: Int32Array;
  /** Word id → the last position of the word in the question (for verbatim phrases). */
  lastPosition: Int32Array;
  /**
   * Question position → the position of the same word before it, or -1: with lastPosition, each
   * word's positions in the question, last first.
   */
  samePositionBefore: Int32Array;
}

const marksOf = new WeakMap<SearchIndex, QuestionMarks>();

/** The marks of `question` in `index`, marking it unless it is the question marked now. */
export function questionMarks(index: SearchIndex, question: ParsedQuestion): QuestionMarks {
  let marks = marksOf.get(index);
  if (!marks) {
    const terms = index.termCount;
    const words = index.vocabulary.size;
    marks = {
      stamp: 0,
      question: undefined,
      termStamp: new Int32Array(terms),
      termMatch: new Int32Array(terms),
      termSimilarity: new Float64Array(terms),
      termRelated: new Uint8Array(terms),
      termShared: new Uint8Array(terms),
      wordStamp: new Int32Array(words),
      lastPosition: new Int32Array(words),
      samePositionBefore: new Int32Array(MAX_QUESTION_WORDS),
    };
    marksOf.set(index, marks);
  }
  if (marks.question !== question) mark(marks, question);
  return marks;
}

function mark(marks: QuestionMarks, question: ParsedQuestion): void {
  if (marks.stamp >= 0x7ffffffe) {
    marks.termStamp.fill(0);
    marks.wordStamp.fill(0);
    marks.stamp = 0;
  }
  const stamp = ++marks.stamp;
  marks.question = question;
  for (const [termId, match] of question.matchOf) {
    const { term, similarity } = match;
    marks.termStamp[termId] = stamp;
    marks.termMatch[termId] = term;
    marks.termSimilarity[termId] = similarity;
    marks.termRelated[termId] = isRelatedWordMatch(match) ? 1 : 0;
    marks.termShared[termId] = question.sharedMatches.has(termId) ? 1 : 0;
  }
  const { wordIds } = question;
  for (let i = 0; i < wordIds.length; i++) {
    const wordId = wordIds[i]!;
    if (wordId < 0) continue;
    marks.samePositionBefore[i] = marks.wordStamp[wordId] === stamp ? marks.lastPosition[wordId]! : -1;
    marks.lastPosition[wordId] = i;
    marks.wordStamp[wordId] = stamp;
  }
}

/** Whether a match is by a related word, one that counts only where relatedWordCounts says so. */
export function isRelatedWordMatch(match: { related: boolean; namesSame: boolean; sameSense: boolean }): boolean {
  return match.related && !match.namesSame && !match.sameSense;
}

/**
 * Whether question term `term`, when a passage matches it only through a related word, is
 * matched there: only when the passage's document does not use the word itself. Within one
 * article the writer's own word for a thing is the word they use; a related word in another of
 * its paragraphs is most often about something else (of the related-word matches a study of
 * failed questions found, a third to a half were such). Another document may say it its own way.
 * A capital and its country name the same government ("Yerevan says", "Armenia urged"), so a
 * match between them is no related word here (see Variant.namesSame), nor is a word sure to be
 * of the sense the texts use (Variant.sameSense: "discussing" for "talks", "troops" for "soldiers").
 * `verdicts` remembers the answer per term while one passage is read (-1: not yet known).
 */
export function relatedWordCounts(
  verdicts: Int8Array,
  index: SearchIndex,
  question: ParsedQuestion,
  term: number,
  passage: number,
): boolean {
  if (verdicts[term] === -1) {
    const own = question.terms[term]!.ownTermId;
    verdicts[term] = own < 0 || !index.documentHolds(own, passage) ? 1 : 0;
  }
  return verdicts[term] === 1;
}

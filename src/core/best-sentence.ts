import type { Passage } from './passages.js';
import { MAX_QUESTION_TERMS, type ParsedQuestion, wordSimilarity } from './question.js';
import { isRelatedWordMatch, questionMarks, relatedWordCounts } from './question-marks.js';
import type { SearchIndex } from './search-index.js';

// Scores per sentence, and the best similarity per (sentence, question term); grown as needed, reused.
let scores = new Float64Array(16);
let seen = new Float64Array(16 * MAX_QUESTION_TERMS);
// Per question term: whether a related word of it counts in this passage (see relatedWordCounts).
const relatedCounts = new Int8Array(MAX_QUESTION_TERMS);

/** The sentence matching the most question weight; the first one on a tie (or with no match). */
export function bestSentence(
  index: SearchIndex,
  passage: Passage,
  question: ParsedQuestion,
): readonly [number, number] {
  const spans = passage.sentences;
  const p = index.passageNumber(passage.id)!;
  if (scores.length < spans.length) {
    scores = new Float64Array(spans.length);
    seen = new Float64Array(spans.length * MAX_QUESTION_TERMS);
  }
  scores.fill(0, 0, spans.length);
  // So that a repeated word counts once per sentence.
  seen.fill(0, 0, spans.length * MAX_QUESTION_TERMS);
  const { stamp, termStamp, termMatch, termSimilarity, termRelated, termShared } = questionMarks(index, question);
  relatedCounts.fill(-1);
  const { vocabulary, tokens, tokenOffsets } = index;
  let sentence = 0;
  for (let at = index.tokenStart[p]!; at < index.tokenStart[p + 1]!; at++) {
    while (sentence < spans.length - 1 && tokenOffsets[at]! >= spans[sentence]![1]) sentence++;
    const wordId = tokens[at]!;
    const termId = vocabulary.termOf(wordId);
    if (termId < 0 || termStamp[termId] !== stamp) continue;
    score(index, question, p, wordId, sentence, termMatch[termId]!, termSimilarity[termId]!, termRelated[termId] === 1);
    if (termShared[termId] === 1) {
      for (const match of question.sharedMatches.get(termId)!)
        score(index, question, p, wordId, sentence, match.term, match.similarity, isRelatedWordMatch(match));
    }
  }
  let best = 0;
  for (let i = 1; i < spans.length; i++) if (scores[i]! > scores[best]!) best = i;
  return spans[best] ?? [0, passage.text.length];
}

/** Adds to the sentence's score what the passage word adds to its match of question term `term`. */
function score(
  index: SearchIndex,
  question: ParsedQuestion,
  passage: number,
  wordId: number,
  sentence: number,
  term: number,
  termSimilarity: number,
  related: boolean,
): void {
  if (related && !relatedWordCounts(relatedCounts, index, question, term, passage)) return;
  const similarity = wordSimilarity(index, question, wordId, term, termSimilarity);
  const key = sentence * MAX_QUESTION_TERMS + term;
  const previous = seen[key]!;
  if (similarity <= previous) return;
  seen[key] = similarity;
  scores[sentence]! += question.terms[term]!.weight * (similarity - previous);
}

/**
 * Where a passage speaks of what a question asks: its best sentence and the one after it, since
 * news writing often gives the detail next ("... working on a new plan. The three-year plan will
 * be adopted soon."), and for a name the one before too.
 */
export function askedSpan(
  index: SearchIndex,
  passage: Passage,
  question: ParsedQuestion,
  bestSpan: readonly [number, number] = bestSentence(index, passage, question),
): readonly [number, number] {
  const [start, end] = bestSpan;
  const next = passage.sentences.find(([from]) => from >= end);
  // A name is given where the thing is first mentioned ("stormed the Bardo National Museum. The
  // museum is near ..."): the sentence before may hold it.
  const named = question.answerKind === 'name' || question.answerKind === 'holder';
  return [named ? sentenceBefore(passage, start) : start, next ? next[1] : end];
}

/**
 * Where the sentence before the one starting at `start` starts (`start` when it is the first): a
 * ranking or a name said there may belong to what the span speaks of ("Skyjet is the country's
 * biggest airline. It carries ...").
 */
export function sentenceBefore(passage: Passage, start: number): number {
  let before = start;
  for (const [from] of passage.sentences) {
    if (from >= start) break;
    before = from;
  }
  return before;
}

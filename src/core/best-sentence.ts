import type { Passage } from './passages.js';
import { MAX_QUESTION_TERMS, matchWord, type ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';

/** The sentence matching the most question weight; the first one on a tie (or with no match). */
export function bestSentence(
  index: SearchIndex,
  passage: Passage,
  question: ParsedQuestion,
): readonly [number, number] {
  const spans = passage.sentences;
  const p = index.passageNumber(passage.id)!;
  const scores = new Float64Array(spans.length);
  // Best similarity per (sentence, question term), so a repeated word counts once per sentence.
  const seen = new Float64Array(spans.length * MAX_QUESTION_TERMS);
  let sentence = 0;
  for (let at = index.tokenStart[p]!; at < index.tokenStart[p + 1]!; at++) {
    while (sentence < spans.length - 1 && index.tokenOffsets[at]! >= spans[sentence]![1]) sentence++;
    const match = matchWord(index, question, index.tokens[at]!);
    if (!match) continue;
    const key = sentence * MAX_QUESTION_TERMS + match.term;
    const previous = seen[key]!;
    if (match.similarity <= previous) continue;
    seen[key] = match.similarity;
    scores[sentence]! += question.terms[match.term]!.weight * (match.similarity - previous);
  }
  let best = 0;
  for (let i = 1; i < spans.length; i++) if (scores[i]! > scores[best]!) best = i;
  return spans[best] ?? [0, passage.text.length];
}

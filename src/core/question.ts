import type { SearchIndex } from './search-index.js';
import { indexTerm, SAY_TERM, termWeight } from './terms.js';
import { inflectionalBase, words } from './text.js';
import type { Variant } from './vocabulary.js';
import { WEIGHT, type AnswerKind } from './word-lists.js';

/** One topic word of a question, with the index terms it may match. */
export interface QuestionTerm {
  word: string;
  /**
   * Its inflectional base: a passage word with the same stem but another base is a derived
   * word. Null for a verb of saying, which any other verb of saying matches fully.
   */
  base: string | null;
  weight: number;
  /** Index terms it matches, best first: its own stem (similarity 1) and close variants. */
  variants: Variant[];
}

export interface ParsedQuestion {
  terms: QuestionTerm[];
  totalWeight: number;
  answerKind: AnswerKind | undefined;
  /** Vocabulary id of each question word in order, function words included (-1: not in the index). */
  wordIds: Int32Array;
  /** Topic weight of each of those words (0 for function words and repeats), for verbatim phrases. */
  wordWeights: Float64Array;
  /** Index term id → the question term it matches and how closely; for highlighting and proximity. */
  matchOf: Map<number, { term: number; similarity: number }>;
}

// Beyond this many words a question is a paste, not a question; the first ones lead.
export const MAX_QUESTION_WORDS = 200;
export const MAX_QUESTION_TERMS = 32;

/**
 * Reads a question: its topic words, their weights and matches, and the kind of answer it wants.
 * With `completeLastWord` (text still being typed), the last word also matches the words it
 * begins.
 */
export function parseQuestion(index: SearchIndex, question: string, options: { completeLastWord?: boolean } = {}): ParsedQuestion {
  const all = words(question).slice(0, MAX_QUESTION_WORDS);
  const terms: QuestionTerm[] = [];
  const wordWeights = new Float64Array(all.length);
  const seen = new Set<string>();
  all.forEach((word, i) => {
    // Documents in other languages: the word's terms there, and whether it is a function word there.
    const other = index.otherLanguageTerms(word);
    let term = terms.length >= MAX_QUESTION_TERMS ? null : indexTerm(word);
    if (term !== null && other.functionWord && index.termId(term) === undefined) term = null;
    // "what areas", "which country": the noun after the question word names the kind of
    // answer wanted, which the passage need not repeat.
    const weight = ANSWER_DETERMINERS.has(all[i - 1] ?? '') ? WEIGHT.weak : termWeight(word);
    wordWeights[i] = term === null || seen.has(term) ? 0 : weight;
    if (term === null || seen.has(term)) return;
    seen.add(term);
    const exact = index.termId(term);
    const variants: Variant[] = exact === undefined ? [] : [{ termId: exact, similarity: 1 }];
    variants.push(...index.vocabulary.variants(word, exact));
    variants.unshift(...other.termIds.filter((id) => id !== exact).map((termId) => ({ termId, similarity: 1 })));
    terms.push({ word, base: term === SAY_TERM ? null : inflectionalBase(word), weight, variants });
  });
  const last = terms.at(-1);
  if (options.completeLastWord && last && last.word === all.at(-1) && !/\s$/.test(question) && last.word.length >= MIN_COMPLETION_LENGTH) {
    const known = new Set(last.variants.map((variant) => variant.termId));
    for (const termId of index.vocabulary.completions(last.word, MAX_COMPLETIONS)) {
      if (!known.has(termId)) last.variants.push({ termId, similarity: COMPLETION_SIMILARITY });
    }
  }
  const matchOf = new Map<number, { term: number; similarity: number }>();
  terms.forEach((term, i) => {
    for (const { termId, similarity } of term.variants) {
      if (similarity > (matchOf.get(termId)?.similarity ?? 0)) matchOf.set(termId, { term: i, similarity });
    }
  });
  return {
    terms,
    totalWeight: terms.reduce((sum, term) => sum + term.weight, 0),
    answerKind: answerKindOf(all),
    wordIds: Int32Array.from(all, (word) => index.vocabulary.wordId(word) ?? -1),
    wordWeights,
    matchOf,
  };
}

// A word being typed matches the words it begins, nearly as well as itself.
const MIN_COMPLETION_LENGTH = 2;
const MAX_COMPLETIONS = 20;
const COMPLETION_SIMILARITY = 0.9;

// A word sharing only a stem with the question word ("cooperation" for "cooperate") is a weaker match.
const DERIVED_SIMILARITY = 0.8;

/** Which question term a passage word (vocabulary id) matches, and how closely; undefined if none. */
export function matchWord(
  index: SearchIndex,
  question: ParsedQuestion,
  wordId: number,
): { term: number; similarity: number } | undefined {
  const termId = index.vocabulary.termOf(wordId);
  if (termId < 0) return undefined;
  const match = question.matchOf.get(termId);
  if (!match || match.similarity < 1) return match;
  const base = question.terms[match.term]!.base;
  return base === null || index.vocabulary.baseOf(wordId) === base
    ? match
    : { term: match.term, similarity: DERIVED_SIMILARITY };
}

/** The kind of answer the question words ask for, if they say. */
function answerKindOf(questionWords: readonly string[]): AnswerKind | undefined {
  for (let i = 0; i < questionWords.length; i++) {
    const word = questionWords[i];
    const next = questionWords[i + 1];
    if (word === 'when' || ((word === 'what' || word === 'which') && next && TIME_NOUNS.has(next))) return 'time';
    if (word === 'where') return 'place';
    if (word === 'how' && (next === 'many' || next === 'much')) return 'quantity';
  }
  return undefined;
}

const ANSWER_DETERMINERS = new Set(['what', 'which']);
const TIME_NOUNS = new Set(['year', 'date', 'day', 'month', 'time', 'week']);

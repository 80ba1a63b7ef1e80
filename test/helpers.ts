import { type AnswerStatus, answerQuestion, bestPassageEvidence } from '../src/core/answer.js';
import { DEFAULT_KNOWLEDGE_DIR, loadIndex } from '../src/core/engine.js';
import { parseKnowledgeFile } from '../src/core/knowledge.js';
import { toPassages } from '../src/core/passages.js';
import { type ParsedQuestion, parseQuestion } from '../src/core/question.js';
import { answerKindWhereAsked, rankPassages } from '../src/core/ranking.js';
import { SearchIndex } from '../src/core/search-index.js';

let shipped: Promise<SearchIndex> | undefined;

/** The index of the knowledge folder as shipped, built once per test file. */
export function shippedIndex(): Promise<SearchIndex> {
  return (shipped ??= loadIndex(DEFAULT_KNOWLEDGE_DIR));
}

/** A knowledge file's text from front matter fields and body paragraphs. */
export function knowledgeSource(fields: Record<string, string>, paragraphs: string[]): string {
  const front = Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

export const VALID_FIELDS = {
  title: 'A test article',
  publisher: 'Test Publisher',
  url: 'https://example.org/a/1.html',
  published: '2020-01-02',
  language: 'en',
};

/** An index over one in-memory document, for tests that need their own text. */
export function indexOf(paragraphs: string[], fields: Record<string, string> = VALID_FIELDS): SearchIndex {
  return SearchIndex.build(toPassages([parseKnowledgeFile('test-doc.md', knowledgeSource(fields, paragraphs))]));
}

/** How the engine answers a question at its threshold: the status and the paragraph it answers with. */
export function answerIn(index: SearchIndex, question: string): [AnswerStatus, number | undefined] {
  const { status, best } = answerQuestion(index, question);
  return [status, best?.citation.paragraph];
}

/**
 * The paragraphs an answer to a question shows, whatever the confidence threshold: the best
 * passage's, then the alternatives', in that order.
 */
export function shownParagraphs(index: SearchIndex, question: string): number[] {
  const { best, alternatives } = answerQuestion(index, question, { minConfidence: 0 });
  return [best, ...alternatives].filter((found) => found !== null).map((found) => found.citation.paragraph);
}

/** The best passage's id for a question, and whether it lacks the kind of answer asked for there (1) or not (0). */
export function bestAndLacking(index: SearchIndex, question: string): [string, number] {
  const found = bestPassageEvidence(index, question)!;
  return [found.id, found.evidence.kindLacking];
}

/** Whether paragraph `paragraph` (from 1) holds the kind of answer the question asks for: 1, -1, or 0 for none asked. */
export function answerKindIn(index: SearchIndex, question: string, paragraph: number): number {
  return answerKindWhereAsked(index, parseQuestion(index, question), paragraph - 1);
}

/** The paragraphs of the `limit` best passages for a question (read or as typed), best first. */
export function rankedParagraphs(index: SearchIndex, question: string | ParsedQuestion, limit: number): number[] {
  const parsed = typeof question === 'string' ? parseQuestion(index, question) : question;
  return rankPassages(index, parsed, limit).map((found) => found.passageNumber + 1);
}

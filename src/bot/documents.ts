import type { Answer, DocumentMeta, SearchIndex } from '../core/index.js';

/** The documents an index answers from, in order, each with its number of passages. */
export function documentsOf(index: SearchIndex): Array<DocumentMeta & { passages: number }> {
  const documents = new Map<string, DocumentMeta & { passages: number }>();
  for (const { document } of index.passages) {
    const entry = documents.get(document.id) ?? { ...document, passages: 0 };
    entry.passages++;
    documents.set(document.id, entry);
  }
  return [...documents.values()];
}

/** Whether the index answers from more than one document: its passages come document by document. */
export function holdsSeveralDocuments(index: SearchIndex): boolean {
  const { passages } = index;
  return passages.length > 0 && passages[0]!.document.id !== passages[passages.length - 1]!.document.id;
}

/**
 * Where an overview (an answer to "what is this article about") stands: how many documents it
 * goes through, for the footer; nothing for any other answer.
 */
export function overviewPlace(index: SearchIndex, result: Answer): { overviewOf?: number } {
  return result.status === 'overview' ? { overviewOf: documentsOf(index).length } : {};
}

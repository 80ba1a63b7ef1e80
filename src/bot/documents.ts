import type { DocumentMeta, SearchIndex } from '../core/index.js';

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

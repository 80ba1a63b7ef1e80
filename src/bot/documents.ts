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

import { fileURLToPath } from 'node:url';
import { loadKnowledge } from './knowledge.js';
import { toPassages } from './passages.js';
import { SearchIndex } from './search-index.js';

/** The knowledge folder shipped with the project; callers choose another (KNOWLEDGE_DIR). */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

/** Loads every document of the folder and indexes its passages. Throws KnowledgeError on a bad file. */
export async function loadIndex(dir: string): Promise<SearchIndex> {
  return SearchIndex.build(toPassages(await loadKnowledge(dir)));
}

/** The same, leaving the event loop free between slices of work (for a rebuild while answering). */
export async function loadIndexInBackground(dir: string): Promise<SearchIndex> {
  return SearchIndex.buildInBackground(toPassages(await loadKnowledge(dir)));
}

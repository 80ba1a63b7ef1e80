import { fileURLToPath } from 'node:url';
import { loadKnowledge } from './knowledge.js';
import { toPassages } from './passages.js';
import { SearchIndex } from './search-index.js';

/** The knowledge folder shipped with the project; KNOWLEDGE_DIR points elsewhere. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export function knowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR;
}

/** Loads every document of the folder and indexes its passages. Throws KnowledgeError on a bad file. */
export async function loadIndex(dir: string = knowledgeDir()): Promise<SearchIndex> {
  return SearchIndex.build(toPassages(await loadKnowledge(dir)));
}

/** The same, leaving the event loop free between slices of work (for a rebuild while answering). */
export async function loadIndexInBackground(dir: string = knowledgeDir()): Promise<SearchIndex> {
  return SearchIndex.buildInBackground(toPassages(await loadKnowledge(dir)));
}

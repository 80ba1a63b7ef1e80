import { DEFAULT_KNOWLEDGE_DIR } from '../core/index.js';

/** The knowledge folder the terminal commands use: KNOWLEDGE_DIR when set, else the shipped one. */
export function knowledgeDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR;
}

/**
 * The answer engine's public face: what the terminal, the evaluation, the article importer and
 * the bot use. Everything else in src/core is how it works inside.
 */
export {
  answerQuestion,
  bestPassageEvidence,
  MIN_CONFIDENCE,
  passageAnswer,
  passageContext,
  suggestPassages,
  type Answer,
  type AnswerStatus,
  type Citation,
  type Found,
  type Suggestion,
} from './answer.js';
export { EVIDENCE_FEATURES, type Evidence } from './confidence.js';
export { DEFAULT_KNOWLEDGE_DIR, loadIndex, loadIndexInBackground } from './engine.js';
export { firstLineOf } from './errors.js';
export {
  isUsableId,
  KnowledgeError,
  loadKnowledge,
  MAX_ID_LENGTH,
  parseKnowledgeFile,
  type DocumentMeta,
  type KnowledgeDocument,
} from './knowledge.js';
export { toPassages, type Passage } from './passages.js';
export type { SearchIndex } from './search-index.js';

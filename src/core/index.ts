/**
 * The answer engine's public face: what the terminal, the evaluation, the article importer and
 * the bot use. Everything else in src/core is how it works inside.
 */
export {
  type Answer,
  type AnswerStatus,
  answerQuestion,
  bestPassageEvidence,
  type Citation,
  citedParagraphs,
  type Found,
  MIN_CONFIDENCE,
  passageAnswer,
  passageContext,
  type Suggestion,
  suggestPassages,
} from './answer.js';
export { calendarDate } from './calendar-date.js';
export { EVIDENCE_FEATURES, type Evidence, namesNoTopic, shownConfidence } from './confidence.js';
export { DEFAULT_KNOWLEDGE_DIR, loadIndex, loadIndexInBackground } from './engine.js';
export { firstLineOf } from './errors.js';
export {
  type DocumentMeta,
  isKnowledgeFileName,
  isUsableId,
  type KnowledgeDocument,
  KnowledgeError,
  loadKnowledge,
  MAX_ID_LENGTH,
  parseKnowledgeFile,
  withoutControlCharacters,
} from './knowledge.js';
export { loadLexicalResources } from './lexical-resources.js';
export { memoised } from './memo.js';
export { mapPacked } from './packed.js';
export { type Passage, toPassages } from './passages.js';
export type { SearchIndex } from './search-index.js';
export { httpUrl, isHttp } from './web-address.js';

/**
 * The engine as the bot (`npm start`) and the CLI (`npm run ask`) run it: compiled, from `dist/`
 * (built by `npm ci`, or `npm run build`). The benchmark times these, not the sources run through
 * a transpiler, which are slower by a fifth.
 */
import { existsSync } from 'node:fs';

const DIST = new URL('../../dist/', import.meta.url);
if (!existsSync(new URL('core/index.js', DIST))) {
  console.error('bench: the engine is timed compiled, and dist/ is missing: run npm run build first');
  process.exit(1);
}
const compiled = async <Module>(file: string) => (await import(new URL(file, DIST).href)) as Module;

export const { answerQuestion } = await compiled<typeof import('../../src/core/answer.js')>('core/answer.js');
export const { DEFAULT_KNOWLEDGE_DIR } = await compiled<typeof import('../../src/core/engine.js')>('core/engine.js');
export const { loadKnowledge } = await compiled<typeof import('../../src/core/knowledge.js')>('core/knowledge.js');
export const { loadLexicalResources } =
  await compiled<typeof import('../../src/core/lexical-resources.js')>('core/lexical-resources.js');
export const { toPassages } = await compiled<typeof import('../../src/core/passages.js')>('core/passages.js');
export const { forgetWordReadings } = await compiled<typeof import('../../src/core/question.js')>('core/question.js');
export const { SearchIndex } = await compiled<typeof import('../../src/core/search-index.js')>('core/search-index.js');
export const { parseQuestionSet } = await compiled<typeof import('../../src/eval/evaluation.js')>('eval/evaluation.js');
export const { EVAL_SETS } = await compiled<typeof import('../../src/eval/sets.js')>('eval/sets.js');

import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import { KnowledgeError, loadIndexInBackground, type SearchIndex } from '../core/index.js';
import { documentsOf } from './documents.js';

// Editors save in bursts (temporary file, rename, chmod): rebuild once things have settled.
const SETTLE_MS = 250;

/**
 * Watches the knowledge folder and, after each change, builds a new index aside (the old one
 * keeps answering meanwhile) and hands it over in one step. A broken file is logged and the old
 * index stays. Changes during a rebuild lead to one more rebuild after it.
 */
export function watchKnowledge(
  dir: string,
  options: { logger: Logger; onIndex: (index: SearchIndex) => void; onFailure?: () => void },
): { close(): void } {
  const { logger, onIndex, onFailure } = options;
  let timer: NodeJS.Timeout | undefined;
  let rebuilding = false;
  let again = false;

  const rebuild = async () => {
    if (rebuilding) {
      again = true;
      return;
    }
    rebuilding = true;
    const started = performance.now();
    try {
      const index = await loadIndexInBackground(dir);
      onIndex(index);
      const documents = documentsOf(index).length;
      logger.info(
        { documents, passages: index.passages.length, ms: Math.round(performance.now() - started) },
        'knowledge reloaded',
      );
    } catch (error) {
      const problem = error instanceof KnowledgeError ? error.message : String(error);
      onFailure?.();
      logger.error({ problem }, 'knowledge reload failed: still answering from the previous knowledge');
    } finally {
      rebuilding = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), SETTLE_MS);
    });
  } catch (error) {
    logger.warn({ dir, err: error }, 'cannot watch the knowledge folder: new files need a restart');
    return { close() {} };
  }
  watcher.on('error', (error) =>
    logger.warn({ dir, err: error }, 'knowledge folder watch failed: new files need a restart'),
  );
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import { KnowledgeError, loadIndexInBackground, type SearchIndex } from '../core/index.js';
import { documentsOf } from './documents.js';

// Editors save in bursts (temporary file, rename, chmod): rebuild once things have settled.
const SETTLE_MS = 250;

/** What a reload came to: the knowledge answering from now on, or why the previous one still is. */
export type Reload = { documents: number; passages: number } | { problem: string };

/** What to tell the person who broke a knowledge file (or whatever else stopped a load). */
export function problemOf(error: unknown): string {
  return error instanceof KnowledgeError ? error.message : String(error);
}

/**
 * Builds a new index of `dir` aside (the old one keeps answering meanwhile) and hands it to
 * `onIndex` in one step; a broken file leaves the old one.
 */
export async function reloadIndex(dir: string, onIndex: (index: SearchIndex) => void): Promise<Reload> {
  try {
    const index = await loadIndexInBackground(dir);
    onIndex(index);
    return { documents: documentsOf(index).length, passages: index.passages.length };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}

/**
 * Watches the knowledge folder and, after each change, has the knowledge reloaded (`reload`, for
 * example reloadIndex), logging what it came to. Changes during a reload lead to one more reload
 * after it.
 */
export function watchKnowledge(
  dir: string,
  options: { logger: Logger; reload: () => Promise<Reload>; onFailure?: () => void },
): { close(): void } {
  const { logger, reload, onFailure } = options;
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
      const result = await reload();
      if ('problem' in result) {
        onFailure?.();
        logger.error(
          { problem: result.problem },
          'knowledge reload failed: still answering from the previous knowledge',
        );
      } else {
        logger.info({ ...result, ms: Math.round(performance.now() - started) }, 'knowledge reloaded');
      }
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

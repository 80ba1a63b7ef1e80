import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { isKnowledgeFileName, KnowledgeError, loadIndexInBackground, type SearchIndex } from '../core/index.js';
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

// fs.watch follows the folder it was given, not its path: a folder swapped for another (a deploy's
// `mv`, a symlink switched), or deleted and made again, is seen by checking the path this often.
const IDENTITY_CHECK_MS = 2000;

/**
 * Watches the knowledge folder and, after each change, has the knowledge reloaded (`reload`, for
 * example reloadIndex), logging what it came to. Changes during a reload lead to one more reload
 * after it. A folder replaced at its path is watched anew, and reloaded. A watch that cannot start
 * or fails (the system's limit of watches reached, say) is tried again at each check of the path,
 * and once it works the folder is reloaded. With `since` (when the
 * knowledge answering now began to load), a change made since then, before the watch began (while
 * the bot was starting), is reloaded at once.
 */
export function watchKnowledge(
  dir: string,
  options: {
    logger: Logger;
    reload: () => Promise<Reload>;
    onFailure?: () => void;
    since?: number;
    /** How often the path is checked for another folder (IDENTITY_CHECK_MS unless a test says). */
    identityCheckMs?: number;
    /** fs.watch, unless a test gives one that fails. */
    watch?: typeof watch;
  },
): { close(): void } {
  const { logger, reload, onFailure } = options;
  let timer: NodeJS.Timeout | undefined;
  let rebuilding = false;
  let again = false;
  let closed = false;

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
      if (again && !closed) {
        again = false;
        void rebuild();
      }
    }
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), SETTLE_MS);
  };

  const watchDir = options.watch ?? watch;
  let watcher: FSWatcher | undefined;
  /** The folder watched: its device and inode, '' when none could be. */
  let watched = '';
  /** Whether the watch failed, and is tried again at each check of the path. */
  let failed = false;
  /** Whether a watch started after a failure and has yet to last until the next check. */
  let recovering = false;
  const fail = (message: string, error: unknown) => {
    // Said once a failure, however often the watch is tried again and fails.
    if (!failed && !recovering) logger.warn({ dir, err: error }, message);
    failed = true;
    recovering = false;
  };
  const watchFolder = (warn: boolean) => {
    watcher?.close();
    watcher = undefined;
    watched = identityOf(dir);
    if (!watched) {
      if (warn) logger.warn({ dir }, 'cannot watch the knowledge folder: it is not there; watching for it');
      return;
    }
    try {
      const started = watchDir(dir, { persistent: false }, changed);
      watcher = started;
      started.on('error', (error) => {
        if (closed || watcher !== started) return;
        started.close();
        watcher = undefined;
        fail('knowledge folder watch failed: trying again; meanwhile new files wait', error);
      });
      if (failed) {
        failed = false;
        recovering = true;
      }
    } catch (error) {
      fail('cannot watch the knowledge folder: trying again; meanwhile new files wait', error);
    }
  };
  watchFolder(true);
  const identityCheck = setInterval(() => {
    if (failed) {
      watchFolder(false);
      return;
    }
    if (identityOf(dir) !== watched) {
      recovering = false;
      watchFolder(false);
      changed();
      return;
    }
    if (recovering) {
      // It lasted a whole check on the same folder: watching again, and what changed meanwhile is reloaded.
      recovering = false;
      logger.info({ dir }, 'watching the knowledge folder again');
      changed();
    }
  }, options.identityCheckMs ?? IDENTITY_CHECK_MS).unref();
  if (options.since !== undefined && changedSince(dir, options.since)) changed();

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(identityCheck);
      watcher?.close();
    },
  };
}

function identityOf(dir: string): string {
  try {
    const { dev, ino } = statSync(dir);
    return `${dev}:${ino}`;
  } catch {
    return '';
  }
}

/** Whether a knowledge file, or the folder's list of files, changed at or after `since` (ms). */
function changedSince(dir: string, since: number): boolean {
  try {
    if (statSync(dir).mtimeMs >= since) return true;
    return readdirSync(dir)
      .filter(isKnowledgeFileName)
      .some((name) => statSync(path.join(dir, name)).mtimeMs >= since);
  } catch {
    // Gone or unreadable: the reload says what is wrong.
    return true;
  }
}

import { type FSWatcher, watch } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { watchKnowledge } from '../../src/bot/knowledge-watcher.js';
import { createLogger } from '../../src/bot/logger.js';

const logger = createLogger({ level: 'silent', secrets: [] });
let root: string;
let watcher: { close(): void } | undefined;
afterEach(async () => {
  watcher?.close();
  await rm(root, { recursive: true, force: true });
});

/**
 * Watches `dir`, counting reloads; the path is checked for another folder every 50 ms. With
 * `watchWith`, that instead of fs.watch.
 */
async function watching(dir: string, since?: number, watchWith?: typeof watch) {
  const reloads = { count: 0 };
  watcher = watchKnowledge(dir, {
    logger,
    reload: async () => {
      reloads.count++;
      return { documents: 1, passages: 1 };
    },
    identityCheckMs: 50,
    ...(since !== undefined ? { since } : {}),
    ...(watchWith ? { watch: watchWith } : {}),
  });
  return reloads;
}

/** fs.watch that refuses its first `refusals` calls as the system's limit of watches would. */
function refusing(refusals: number): typeof watch & { calls: number; last?: FSWatcher } {
  const fake = ((...args: Parameters<typeof watch>) => {
    fake.calls++;
    if (fake.calls <= refusals) {
      throw Object.assign(new Error('ENOSPC: System limit for number of file watchers reached'), { code: 'ENOSPC' });
    }
    fake.last = watch(...args);
    return fake.last;
  }) as typeof watch & { calls: number; last?: FSWatcher };
  fake.calls = 0;
  return fake;
}

/** A logger whose lines are kept, to read what was said. */
function capturedLog() {
  const lines: string[] = [];
  const logged = createLogger({
    level: 'info',
    secrets: [],
    destination: new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  return { lines, logged };
}

async function folderWith(files: string[]): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), 'citebot-watch-'));
  const dir = path.join(root, 'knowledge');
  await mkdir(dir);
  for (const file of files) await writeFile(path.join(dir, file), 'x');
  return dir;
}

describe('watching the knowledge folder', () => {
  it('follows its path: a folder swapped in at it is reloaded, and its own changes after that', async () => {
    const dir = await folderWith(['a.md']);
    const reloads = await watching(dir);
    await rename(dir, `${dir}.old`);
    await mkdir(dir);
    await writeFile(path.join(dir, 'b.md'), 'x');
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(1);
    await writeFile(path.join(dir, 'c.md'), 'x');
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(2);
  });

  it('reloads when the folder is deleted, and again when it is made anew', async () => {
    const dir = await folderWith(['a.md']);
    const reloads = await watching(dir);
    await rm(dir, { recursive: true });
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBeGreaterThanOrEqual(1);
    const afterDelete = reloads.count;
    await mkdir(dir);
    await writeFile(path.join(dir, 'b.md'), 'x');
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBeGreaterThan(afterDelete);
  });

  it('tries again a watch the system refused, reloads once it works, and then follows changes', async () => {
    const dir = await folderWith(['a.md']);
    const refused = refusing(3);
    const reloads = await watching(dir, undefined, refused);
    // Refused at start and at two checks of the path; the fourth try works and reloads.
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(1);
    expect(refused.calls).toBe(4);
    await writeFile(path.join(dir, 'b.md'), 'x');
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(2);
  });

  it('tries again a watch that failed while it ran', async () => {
    const dir = await folderWith(['a.md']);
    const watches = refusing(0);
    const reloads = await watching(dir, undefined, watches);
    watches.last!.emit('error', new Error('watch failed'));
    await expect.poll(() => watches.calls, { timeout: 3000 }).toBe(2);
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(1);
    await writeFile(path.join(dir, 'b.md'), 'x');
    await expect.poll(() => reloads.count, { timeout: 3000 }).toBe(2);
  });

  it('says once that a watch keeps failing soon after it starts, and reloads nothing until one lasts', async () => {
    const dir = await folderWith(['a.md']);
    const { lines, logged } = capturedLog();
    let calls = 0;
    const failingSoon = ((...args: Parameters<typeof watch>) => {
      calls++;
      const started = watch(...args);
      setTimeout(() => started.emit('error', new Error('watch failed')), 5);
      return started;
    }) as typeof watch;
    const reloads = { count: 0 };
    watcher = watchKnowledge(dir, {
      logger: logged,
      reload: async () => {
        reloads.count++;
        return { documents: 1, passages: 1 };
      },
      identityCheckMs: 50,
      watch: failingSoon,
    });
    await expect.poll(() => calls, { timeout: 3000 }).toBeGreaterThanOrEqual(6);
    expect(reloads.count).toBe(0);
    expect(lines.filter((line) => line.includes('watch failed: trying again'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('watching the knowledge folder again'))).toHaveLength(0);
  });

  it('does not say it watches again a folder that went away while its watch was being tried again', async () => {
    const dir = await folderWith(['a.md']);
    const { lines, logged } = capturedLog();
    const refused = refusing(1);
    watcher = watchKnowledge(dir, {
      logger: logged,
      reload: async () => ({ documents: 1, passages: 1 }),
      identityCheckMs: 200,
      watch: refused,
    });
    await expect.poll(() => refused.calls, { timeout: 3000, interval: 10 }).toBe(2);
    await rm(dir, { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(lines.filter((line) => line.includes('watching the knowledge folder again'))).toEqual([]);
  });

  it('reloads at once a change made after the knowledge began to load, and not one made before', async () => {
    const dir = await folderWith(['a.md']);
    const before = Date.now() - 60_000;
    await utimes(dir, before / 1000, before / 1000);
    await utimes(path.join(dir, 'a.md'), before / 1000, before / 1000);
    const quiet = await watching(dir, Date.now() - 1000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(quiet.count).toBe(0);
    watcher!.close();
    const edited = await watching(dir, before - 1000);
    await expect.poll(() => edited.count, { timeout: 3000 }).toBe(1);
  });
});

import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { firstLineOf } from '../core/index.js';
import type { InteractionReply, RequestAnswerer } from './interaction-request.js';

/** What the answer thread needs to know to answer as the bot does. */
export interface AnswerThreadSettings {
  knowledgeDir: string;
  askLimit: { limit: number; windowMs: number };
}

export interface AnswerThreadOptions {
  /** Told when the thread starts (true) and when it stops unexpectedly (false). */
  onRunning?: (running: boolean) => void;
  /** The thread's script: the answer worker unless a test gives another. */
  workerUrl?: URL;
}

export type ToAnswerThread = { type: 'request'; id: number; body: string } | { type: 'reload' };
export type FromAnswerThread =
  | { type: 'ready'; passages: number }
  | { type: 'reply'; id: number; reply: InteractionReply }
  | { type: 'reloaded'; passages: number }
  | { type: 'reload-failed'; problem: string };

/** The answer thread could not start: its message says why, in one line. */
export class AnswerThreadError extends Error {
  override name = 'AnswerThreadError';
}

/** After the thread dies, this long before a new one starts: a thread that cannot start does not spin. */
const RESTART_DELAY_MS = 1000;
const UNAVAILABLE: InteractionReply = { status: 503, body: JSON.stringify({ error: 'restarting, try again' }) };
const LOST: InteractionReply = { status: 500, body: JSON.stringify({ error: 'internal error' }) };

// The compiled thread next to this file; run from TypeScript source (tests, `npm run dev`), the source.
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './answer-worker.ts' : './answer-worker.js',
  import.meta.url,
);

/** A thread running `url`; TypeScript through the loader the source runs with (tsx). */
function startWorker(url: URL, workerData: AnswerThreadSettings): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Answers HTTP interaction requests on a thread of their own, which holds its own copy of the
 * knowledge. The event loop then only receives, verifies and sends: under a burst, replies go
 * out while the next questions are being answered, instead of waiting behind them. Requests are
 * answered in the order they come. If the thread dies, the requests it held get a 500, and a
 * new thread starts after a second; meanwhile requests get a 503.
 */
export class AnswerThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (reply: InteractionReply) => void>();
  private nextId = 0;
  private closing = false;
  private restartTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly settings: AnswerThreadSettings,
    private readonly logger: Logger,
    private readonly options: AnswerThreadOptions,
  ) {}

  /** Starts the thread; resolves once it has loaded the knowledge, rejects if it cannot. */
  static async start(
    settings: AnswerThreadSettings,
    logger: Logger,
    options: AnswerThreadOptions = {},
  ): Promise<AnswerThread> {
    const thread = new AnswerThread(settings, logger, options);
    try {
      await thread.spawn();
    } catch (error) {
      throw new AnswerThreadError(`the answer thread could not start: ${firstLineOf(error)}`);
    }
    return thread;
  }

  /** The answerer for the HTTP server. */
  readonly answer: RequestAnswerer = (body, done) => {
    const worker = this.worker;
    if (!worker) {
      done(UNAVAILABLE);
      return;
    }
    const id = this.nextId++;
    this.pending.set(id, done);
    worker.postMessage({ type: 'request', id, body: body.toString('utf8') } satisfies ToAnswerThread);
  };

  /** Has the thread read the knowledge folder again (after a change the watcher saw). */
  reload(): void {
    this.worker?.postMessage({ type: 'reload' } satisfies ToAnswerThread);
  }

  /** Stops the thread; requests it still holds get a 500. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
    this.failPending();
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = startWorker(this.options.workerUrl ?? WORKER_URL, this.settings);
      let ready = false;
      worker.on('message', (message: FromAnswerThread) => {
        switch (message.type) {
          case 'ready':
            ready = true;
            this.worker = worker;
            this.options.onRunning?.(true);
            resolve();
            return;
          case 'reply': {
            const done = this.pending.get(message.id);
            this.pending.delete(message.id);
            done?.(message.reply);
            return;
          }
          case 'reloaded':
            this.logger.debug({ passages: message.passages }, 'answer thread reloaded the knowledge');
            return;
          case 'reload-failed':
            this.logger.error({ problem: message.problem }, 'answer thread could not reload the knowledge');
            return;
        }
      });
      worker.on('error', (error) => {
        if (!ready) reject(error);
        else this.logger.error({ err: error }, 'answer thread failed');
      });
      worker.on('exit', (code) => {
        if (!ready) reject(new Error(`the answer thread exited with code ${code} before it was ready`));
        if (!ready || this.closing || this.worker !== worker) return;
        this.logger.error({ code }, `answer thread stopped: starting a new one in ${RESTART_DELAY_MS / 1000} s`);
        this.worker = undefined;
        this.options.onRunning?.(false);
        this.failPending();
        this.restartTimer = setTimeout(() => this.restart(), RESTART_DELAY_MS);
      });
    });
  }

  private restart(): void {
    if (this.closing) return;
    this.spawn().then(
      () => this.logger.info('answer thread started again'),
      (error: unknown) => {
        this.logger.error(
          { err: error },
          `answer thread could not start: trying again in ${RESTART_DELAY_MS / 1000} s`,
        );
        this.restartTimer = setTimeout(() => this.restart(), RESTART_DELAY_MS);
      },
    );
  }

  private failPending(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const done of waiting) done(LOST);
  }
}

import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { firstLineOf } from '../core/index.js';
import { type InteractionReply, LOST_REPLY, type RequestAnswerer } from './interaction-request.js';
import type { Reload } from './knowledge-watcher.js';

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
  /** How often requests the thread has not answered are failed (ANSWER_DEADLINE_MS unless a test says). */
  answerDeadlineMs?: number;
}

export type ToAnswerThread = { type: 'request'; id: number; body: string } | { type: 'reload' };
export type FromAnswerThread =
  | { type: 'ready'; passages: number }
  | { type: 'refused'; problem: string }
  | { type: 'reply'; id: number; reply: InteractionReply }
  | { type: 'reloaded'; reload: Reload };

/** The answer thread could not start: its message says why, in one line. */
export class AnswerThreadError extends Error {
  override name = 'AnswerThreadError';
}

/** The knowledge could not be loaded: `problem` names the file and what is wrong with it. */
class KnowledgeRefused extends Error {
  constructor(readonly problem: string) {
    super(problem);
  }
}

/** After the thread dies, this long before a new one starts: a thread that cannot start does not spin. */
const RESTART_DELAY_MS = 1000;
const UNAVAILABLE: InteractionReply = { status: 503, body: JSON.stringify({ error: 'restarting, try again' }) };
const RELOAD_LOST: Reload = { problem: 'the answer thread stopped during the reload' };
/**
 * A request the thread has not answered after one to two of these gets a 500 (Discord stopped
 * waiting after 3 s): a reply that could not come back (see the 'messageerror' listener) must not
 * hold its request, and its connection, for ever.
 */
const ANSWER_DEADLINE_MS = 5000;

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
 * new thread starts after a second; meanwhile requests get a 503. In HTTP mode it is the only
 * holder of the knowledge: the event loop keeps no index.
 */
export class AnswerThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (reply: InteractionReply) => void>();
  /** Reloads asked for and not yet done, oldest first: the thread does them in order. */
  private readonly reloads: Array<(reload: Reload) => void> = [];
  /** Passages of the knowledge the thread answers from. */
  passages = 0;
  private nextId = 0;
  /** Requests with lower ids were sent before the last deadline sweep. */
  private sentBeforeSweep = 0;
  private readonly deadlineSweep: NodeJS.Timeout;
  private closing = false;
  private restartTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly settings: AnswerThreadSettings,
    private readonly logger: Logger,
    private readonly options: AnswerThreadOptions,
  ) {
    this.deadlineSweep = setInterval(() => this.failOverdue(), options.answerDeadlineMs ?? ANSWER_DEADLINE_MS).unref();
  }

  /**
   * Starts the thread; resolves once it has loaded the knowledge, rejects with one line if it
   * cannot ("cannot load the knowledge: broken.md: ...").
   */
  static async start(
    settings: AnswerThreadSettings,
    logger: Logger,
    options: AnswerThreadOptions = {},
  ): Promise<AnswerThread> {
    const thread = new AnswerThread(settings, logger, options);
    try {
      await thread.spawn();
    } catch (error) {
      throw new AnswerThreadError(
        error instanceof KnowledgeRefused
          ? `cannot load the knowledge: ${error.problem}`
          : `the answer thread could not start: ${firstLineOf(error)}`,
      );
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
  reload(): Promise<Reload> {
    const worker = this.worker;
    if (!worker) return Promise.resolve(RELOAD_LOST);
    return new Promise((resolve) => {
      this.reloads.push(resolve);
      worker.postMessage({ type: 'reload' } satisfies ToAnswerThread);
    });
  }

  /** Stops the thread; requests it still holds get a 500. */
  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    clearInterval(this.deadlineSweep);
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
            this.passages = message.passages;
            this.options.onRunning?.(true);
            resolve();
            return;
          case 'refused':
            reject(new KnowledgeRefused(message.problem));
            void worker.terminate();
            return;
          case 'reply': {
            const done = this.pending.get(message.id);
            this.pending.delete(message.id);
            done?.(message.reply);
            return;
          }
          case 'reloaded':
            if ('passages' in message.reload) this.passages = message.reload.passages;
            this.reloads.shift()?.(message.reload);
            return;
        }
      });
      worker.on('messageerror', (error) =>
        this.logger.error({ err: error }, 'a message from the answer thread could not be read'),
      );
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

  /** Fails the requests sent before the last sweep and still unanswered; ids grow, so they come first. */
  private failOverdue(): void {
    let overdue = 0;
    for (const [id, done] of this.pending) {
      if (id >= this.sentBeforeSweep) break;
      this.pending.delete(id);
      done(LOST_REPLY);
      overdue++;
    }
    if (overdue > 0) this.logger.error({ requests: overdue }, 'the answer thread did not answer in time');
    this.sentBeforeSweep = this.nextId;
  }

  private failPending(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const done of waiting) done(LOST_REPLY);
    for (const done of this.reloads.splice(0)) done(RELOAD_LOST);
  }
}

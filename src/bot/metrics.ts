import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { HandledInteraction } from './handle-interaction.js';

/**
 * The bot's Prometheus metrics, in a registry of its own (several bots in one test process do
 * not mix), and what `/healthz` answers from.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions = new Counter({
    name: 'citebot_interactions_total',
    help: 'Interactions handled, by command, kind and outcome',
    labelNames: ['command', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'citebot_interaction_duration_seconds',
    help: 'From receiving an interaction to its response accepted (gateway) or written (HTTP)',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly passages = new Gauge({
    name: 'citebot_knowledge_passages',
    help: 'Passages in the index answering now',
    registers: [this.registry],
  });
  private readonly reloads = new Counter({
    name: 'citebot_knowledge_reloads_total',
    help: 'Knowledge folder reloads swapped in',
    registers: [this.registry],
  });
  private readonly reloadFailures = new Counter({
    name: 'citebot_knowledge_reload_failures_total',
    help: 'Knowledge folder reloads refused (a broken file); the previous knowledge kept answering',
    registers: [this.registry],
  });
  private readonly shardReady = new Gauge({
    name: 'citebot_shard_ready',
    help: "1 when this process's gateway shard is ready, 0 while it connects or reconnects",
    labelNames: ['shard'] as const,
    registers: [this.registry],
  });
  private readonly answerThreadUp = new Gauge({
    name: 'citebot_answer_thread_up',
    help: '1 while the thread answering HTTP interactions runs, 0 while it restarts (HTTP mode only)',
    registers: [this.registry],
  });
  private readonly shards = new Map<number, boolean>();
  /** Undefined when interactions are answered on the event loop. */
  private answerThreadRunning: boolean | undefined;
  private knowledgeLoaded = false;
  private transportStarted = false;

  constructor(options: { processMetrics: boolean }) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'citebot_' });
  }

  interaction(handled: Pick<HandledInteraction, 'command' | 'kind' | 'outcome'>, seconds: number): void {
    // Only the bot's own command names, '' and 'unknown' become label values (see HandledInteraction).
    this.interactions.inc({
      command: handled.outcome === 'unknown' ? 'unknown' : handled.command,
      kind: handled.kind,
      outcome: handled.outcome,
    });
    this.latency.observe({ kind: handled.kind }, seconds);
  }

  knowledge(passages: number, reloaded: boolean): void {
    this.knowledgeLoaded = true;
    this.passages.set(passages);
    if (reloaded) this.reloads.inc();
  }

  knowledgeReloadFailed(): void {
    this.reloadFailures.inc();
  }

  /** The transport is up (HTTP listening, or the gateway's shards all ready once). */
  started(): void {
    this.transportStarted = true;
  }

  shard(id: number, ready: boolean): void {
    this.shards.set(id, ready);
    this.shardReady.set({ shard: String(id) }, ready ? 1 : 0);
  }

  answerThread(running: boolean): void {
    this.answerThreadRunning = running;
    this.answerThreadUp.set(running ? 1 : 0);
  }

  /**
   * Healthy: the knowledge is loaded, every shard of this process (if any) is ready, and the
   * answer thread (if any) runs.
   */
  get healthy(): boolean {
    return (
      this.knowledgeLoaded &&
      this.transportStarted &&
      this.answerThreadRunning !== false &&
      [...this.shards.values()].every(Boolean)
    );
  }

  health(): {
    status: 'ok' | 'unavailable';
    knowledge: boolean;
    shards: Record<string, boolean>;
    answerThread?: boolean;
  } {
    return {
      status: this.healthy ? 'ok' : 'unavailable',
      knowledge: this.knowledgeLoaded,
      shards: Object.fromEntries(this.shards),
      ...(this.answerThreadRunning !== undefined ? { answerThread: this.answerThreadRunning } : {}),
    };
  }
}

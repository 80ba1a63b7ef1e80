import type { Logger } from 'pino';
import type { HandledSummary, LoggedInteraction } from './interaction-request.js';
import type { BotMetrics } from './metrics.js';

/** The fields every line about one interaction carries. */
export function interactionFields(interaction: LoggedInteraction, handled: HandledSummary, started: number) {
  return {
    interaction: interaction.id,
    guild: interaction.guild_id ?? 'dm',
    command: handled.command,
    kind: handled.kind,
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
  };
}

/**
 * The logger for the lines made only of `interactionFields`, the outcome, score and answer time:
 * ids, names and numbers that this code sets, no object a redaction path could reach into. It
 * skips pino's redaction walk (with the wildcard paths, more than half the cost of a line), but
 * not the wiping of secrets from the finished line. Lines with an error keep the full redaction.
 */
const plainLoggers = new WeakMap<Logger, Logger>();
function plainLogger(logger: Logger): Logger {
  let plain = plainLoggers.get(logger);
  if (plain === undefined) {
    plain = logger.child({}, { redact: [] });
    plainLoggers.set(logger, plain);
  }
  return plain;
}

/** One log line and the metrics for an interaction whose response went out. */
export function recordInteraction(
  logger: Logger,
  metrics: BotMetrics,
  interaction: LoggedInteraction,
  handled: HandledSummary,
  started: number,
): void {
  const fields = interactionFields(interaction, handled, started);
  metrics.interaction(handled, fields.latencyMs / 1000);
  // One object literal with every field, in one order: one hidden class for every line. Spread
  // in, the optional fields made a new shape per combination and per line, in V8's slow paths
  // (about 7% of the event loop's time under bursts). pino leaves out the undefined ones.
  const line = {
    interaction: fields.interaction,
    guild: fields.guild,
    command: fields.command,
    kind: fields.kind,
    latencyMs: fields.latencyMs,
    outcome: handled.outcome,
    score: handled.score,
    answerMs: handled.answerMs,
  };
  if (handled.error !== undefined) logger.error({ ...line, err: handled.error }, 'handler failed');
  else if (handled.kind === 'ping') plainLogger(logger).debug(line, 'ping');
  else plainLogger(logger).info(line, 'interaction');
}

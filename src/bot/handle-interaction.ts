import { type APIInteraction, ApplicationCommandType, InteractionType } from 'discord-api-types/v10';
import type { BotContext, Command, Handled } from './command.js';
import { commandOfCustomId } from './custom-id.js';
import { userIdOf } from './interaction.js';
import { apologyNote, choices, pong, rateLimitedNote, reply, unknownCommandNote } from './replies.js';

export type InteractionKind = 'ping' | 'command' | 'autocomplete' | 'component' | 'other';

/** A handled interaction: the response, what it came to, and what to log it under. */
export interface HandledInteraction extends Handled {
  /** The command it is for: one of the bot's own names, or '' (a ping, or a name the bot does not know). */
  command: string;
  kind: InteractionKind;
  /** A handler's exception, turned into the apology that `response` holds. */
  error?: unknown;
}

/**
 * The one handler layer, the same for every transport: routes a raw interaction to its command
 * and returns the response Discord expects. Never throws: a handler's failure becomes an
 * ephemeral apology (with the error, for the log). Does no I/O and nothing slow.
 */
export function createInteractionHandler(
  commands: readonly Command[],
  context: BotContext,
): (interaction: APIInteraction) => HandledInteraction {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  return (interaction) => {
    const kind = kindOf(interaction);
    const handler = byName.get(commandNameOf(interaction));
    // The name comes from the payload: only a known one goes on into logs and metric labels.
    const command = handler ? handler.data.name : '';
    try {
      const handled = route(interaction, handler, context);
      // Field by field, not spread: every handled interaction has one hidden class (see recordInteraction).
      return {
        response: handled.response,
        outcome: handled.outcome,
        score: handled.score,
        answerMs: handled.answerMs,
        command,
        kind,
        error: undefined,
      };
    } catch (error) {
      return {
        response: reply(apologyNote()),
        outcome: 'failed',
        score: undefined,
        answerMs: undefined,
        command,
        kind,
        error,
      };
    }
  };
}

function route(interaction: APIInteraction, command: Command | undefined, context: BotContext): Handled {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { response: pong(), outcome: 'answered' };
    case InteractionType.ApplicationCommandAutocomplete:
      if (command?.autocomplete) return command.autocomplete(interaction, context);
      return { response: choices([]), outcome: 'unknown' };
    case InteractionType.MessageComponent:
      if (command?.component) return command.component(interaction, context);
      return { response: reply(unknownCommandNote()), outcome: 'unknown' };
    case InteractionType.ApplicationCommand: {
      if (!command || interaction.data.type !== ApplicationCommandType.ChatInput)
        return { response: reply(unknownCommandNote()), outcome: 'unknown' };
      const user = userIdOf(interaction);
      if (command.limited && context.rateLimiter && user !== undefined) {
        const check = context.rateLimiter.tryTake(user);
        if (!check.allowed) return { response: reply(rateLimitedNote(check.retryAt)), outcome: 'rate-limited' };
      }
      return command.execute(interaction as Parameters<Command['execute']>[0], context);
    }
    default:
      return { response: reply(unknownCommandNote()), outcome: 'unknown' };
  }
}

function kindOf(interaction: APIInteraction): InteractionKind {
  switch (interaction.type) {
    case InteractionType.Ping:
      return 'ping';
    case InteractionType.ApplicationCommand:
      return 'command';
    case InteractionType.ApplicationCommandAutocomplete:
      return 'autocomplete';
    case InteractionType.MessageComponent:
      return 'component';
    default:
      return 'other';
  }
}

function commandNameOf(interaction: APIInteraction): string {
  const data = (interaction as { data?: { name?: unknown; custom_id?: unknown } }).data;
  if (interaction.type === InteractionType.MessageComponent)
    return typeof data?.custom_id === 'string' ? commandOfCustomId(data.custom_id) : '';
  return typeof data?.name === 'string' ? data.name : '';
}

import { DiscordAPIError, RateLimitError, type ChatInputCommandInteraction, type Interaction, type MessageComponentInteraction } from 'discord.js';
import type { BotContext, Command, Outcome } from './command.js';
import { apologyReply, cooldownReply, PRIVATE_NOTE_FLAGS, withoutComponents } from './replies.js';

// Discord's answers to a reply that came too late or twice: nothing left to do but note it.
const UNKNOWN_INTERACTION = 10062;
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * Routes every interaction to its command, logs one line per interaction, and turns a
 * handler's failure into an ephemeral apology when nothing was sent yet. Never throws.
 */
export function createDispatcher(commands: readonly Command[], context: BotContext): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const { logger } = context;

  return async (interaction) => {
    const started = performance.now();
    if (!interaction.isChatInputCommand() && !interaction.isAutocomplete() && !interaction.isMessageComponent()) return;
    const commandName = interaction.isMessageComponent() ? interaction.customId.split(':')[0]! : interaction.commandName;
    const command = byName.get(commandName);
    const fields = {
      interaction: interaction.id,
      guild: interaction.guildId ?? 'dm',
      command: commandName,
      kind: interaction.isAutocomplete() ? 'autocomplete' : interaction.isMessageComponent() ? 'component' : 'command',
    };
    try {
      let outcome: Outcome;
      if (interaction.isMessageComponent()) {
        outcome = command?.component ? await command.component(interaction, context) : await staleComponent(interaction);
      } else if (!command) {
        outcome = await unknownCommand(interaction);
      } else if (interaction.isAutocomplete()) {
        outcome = command.autocomplete ? await command.autocomplete(interaction, context) : await respondNothing(interaction);
      } else if (command.limited && context.cooldown) {
        const check = context.cooldown.check(interaction.user.id);
        outcome = check.allowed ? await command.execute(interaction, context) : await tooSoon(interaction, check.retryAt);
      } else {
        outcome = await command.execute(interaction, context);
      }
      logger.info({ ...fields, latencyMs: elapsed(started), ...outcome }, 'interaction');
    } catch (error) {
      if (error instanceof RateLimitError) {
        logger.warn({ ...fields, latencyMs: elapsed(started), retryAfterMs: error.retryAfter }, 'reply dropped: rate limited past the interaction deadline');
        return;
      }
      if (isLateOrDuplicate(error)) {
        logger.warn({ ...fields, latencyMs: elapsed(started), code: (error as DiscordAPIError).code, err: error }, 'reply refused: interaction expired or already answered');
        return;
      }
      logger.error({ ...fields, latencyMs: elapsed(started), err: error }, 'handler failed');
      await apologise(interaction, context);
    }
  };
}

async function apologise(interaction: Interaction, { logger }: BotContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    if (interaction.deferred && !interaction.replied) await interaction.editReply(apologyReply());
    else if (!interaction.replied) await interaction.reply(apologyReply());
  } catch (error) {
    logger.warn({ interaction: interaction.id, err: error }, 'could not send the apology');
  }
}

async function tooSoon(interaction: ChatInputCommandInteraction, retryAt: number): Promise<Outcome> {
  await interaction.reply(cooldownReply(retryAt));
  return { outcome: 'cooldown' };
}

/** A button or menu of a command that no longer has any: take them off the message. */
async function staleComponent(interaction: MessageComponentInteraction): Promise<Outcome> {
  await interaction.update(withoutComponents());
  return { outcome: 'expired' };
}

async function unknownCommand(interaction: Interaction): Promise<Outcome> {
  if (interaction.isAutocomplete()) return respondNothing(interaction);
  if (interaction.isRepliable()) {
    await interaction.reply({
      content: 'I do not know that command any more. The bot admin can refresh the commands with `npm run register`.',
      flags: PRIVATE_NOTE_FLAGS,
      allowedMentions: { parse: [] },
    });
  }
  return { outcome: 'empty' };
}

async function respondNothing(interaction: Interaction): Promise<Outcome> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  return { outcome: 'empty' };
}

function isLateOrDuplicate(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.code === UNKNOWN_INTERACTION || error.code === ALREADY_ACKNOWLEDGED);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessage,
  ApplicationCommandOptionType,
} from 'discord-api-types/v10';

/**
 * Reading raw interaction payloads (the shape Discord sends over the gateway and over HTTP alike).
 * Every reader tolerates missing or malformed fields: a payload is input, not a promise.
 */

const DISCORD_EPOCH = 1_420_070_400_000n;
// A snowflake is at most 20 digits; anything else in an id field is not one.
const SNOWFLAKE = /^\d{1,20}$/;

/** Whether a payload's id field holds a snowflake: a string of digits, not anything else a payload can hold. */
export function isSnowflake(id: unknown): id is string {
  return typeof id === 'string' && SNOWFLAKE.test(id);
}

/** When a snowflake was made (epoch ms), or undefined when it is not a snowflake. */
function snowflakeTime(id: unknown): number | undefined {
  if (!isSnowflake(id)) return undefined;
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Who sent the interaction: the member's user in a server, the user in a DM. */
export function userIdOf(interaction: APIInteraction): string | undefined {
  return interaction.member?.user?.id ?? interaction.user?.id;
}

function basicOptions(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): APIApplicationCommandInteractionDataBasicOption[] {
  return (Array.isArray(options) ? options : []).filter(
    (option): option is APIApplicationCommandInteractionDataBasicOption =>
      option.type !== ApplicationCommandOptionType.Subcommand &&
      option.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
}

/** A string option's value, or undefined. */
export function stringOption(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
  name: string,
): string | undefined {
  const option = basicOptions(options).find((candidate) => candidate.name === name);
  return typeof option?.value === 'string' ? option.value : undefined;
}

/** A boolean option's value, or undefined. */
export function booleanOption(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
  name: string,
): boolean | undefined {
  const option = basicOptions(options).find((candidate) => candidate.name === name);
  return typeof option?.value === 'boolean' ? option.value : undefined;
}

/** The text of the option being typed in an autocomplete interaction ('' when none). */
export function focusedText(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): string {
  const option = basicOptions(options).find((candidate) => 'focused' in candidate && candidate.focused);
  return typeof option?.value === 'string' ? option.value : '';
}

/**
 * The interaction that created a message (what a button under it was made for): its id, whose
 * snowflake dates the question, and who asked. From `interaction_metadata`, or the older
 * `interaction` field. Undefined when the message says neither.
 */
export function originOf(message: APIMessage | undefined): { id: string; askedAt: number; userId: string } | undefined {
  const origin = message?.interaction_metadata ?? message?.interaction;
  const askedAt = snowflakeTime(origin?.id);
  const userId = origin?.user?.id;
  if (!origin || askedAt === undefined || typeof userId !== 'string') return undefined;
  return { id: origin.id, askedAt, userId };
}

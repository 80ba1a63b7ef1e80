/**
 * Discord's limits and the bot's own constants, in one place. Every text the bot sends is cut
 * against these before it goes out: Discord rejects the whole message when one piece is too long.
 */
export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** All text of all embeds of one message together. */
  embedTotal: 6000,
  autocompleteChoices: 25,
  choiceName: 100,
  customId: 100,
  selectOptions: 25,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  /** Discord waits this long for the first response to an interaction. */
  interactionDeadlineMs: 3000,
} as const;

/** The longest question `/ask` accepts (its option's max_length). */
export const MAX_QUESTION_LENGTH = 300;

/** How many passages the no-answer note suggests. */
export const SUGGESTION_COUNT = 3;

/**
 * Buttons and menus under an answer work this long after the question was asked, measured from
 * the asking interaction's snowflake: any copy of the bot, restarted or not, agrees on it.
 */
export const COMPONENT_LIFETIME_MS = 10 * 60 * 1000;

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters, at a word boundary when one is near, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  const room = max - ELLIPSIS.length;
  let cut = text.slice(0, room);
  const space = cut.lastIndexOf(' ');
  if (space > room * 0.8) cut = cut.slice(0, space);
  // Never leave half of a surrogate pair (an emoji) at the cut.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

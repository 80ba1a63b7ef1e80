import { DISCORD_LIMITS } from './limits.js';

/**
 * The one codec for component custom ids: `<command>:<action>[:<position>[:<passage id>]]`, with
 * one-letter actions (`n` next, `c` context, `p` pick) so that the longest passage id the core
 * allows (80 characters and `#p<paragraph>.<part>`) still fits Discord's 100.
 * Everything a click needs that the message itself does not hold rides here, so any copy of the
 * bot can serve it. Decoding treats the text as hostile: anything but the exact shapes below is
 * `null`, never an exception.
 */
export type AskComponent =
  /** Show the answer at `position` in the question's ranked passages. */
  | { action: 'next'; position: number }
  /** Show the passage `passageId` (at `position`) with the paragraphs around it. */
  | { action: 'context'; position: number; passageId: string }
  /** The "did you mean" menu: the picked value is the passage id. */
  | { action: 'pick' };

const SEPARATOR = ':';
const CODES = { next: 'n', context: 'c', pick: 'p' } as const;
const POSITION = /^(?:0|[1-9]\d?)$/;
/** What the core allows in a passage id: `<document id>#p<n>` or `#p<n>.<part>`. */
const PASSAGE_ID = /^[a-z0-9-]+#p\d{1,6}(?:\.\d{1,4})?$/;

/** The command a custom id belongs to (what comes before the first colon). */
export function commandOfCustomId(customId: string): string {
  const end = customId.indexOf(SEPARATOR);
  return end === -1 ? customId : customId.slice(0, end);
}

export function encodeAskComponent(component: AskComponent): string {
  const parts: string[] = ['ask', CODES[component.action]];
  if (component.action !== 'pick') parts.push(String(component.position));
  if (component.action === 'context') parts.push(component.passageId);
  const customId = parts.join(SEPARATOR);
  if (customId.length > DISCORD_LIMITS.customId)
    throw new RangeError(`custom id longer than ${DISCORD_LIMITS.customId} characters: ${customId}`);
  return customId;
}

/** The component a custom id of `ask` encodes, or null for anything malformed or forged. */
export function decodeAskComponent(customId: unknown): AskComponent | null {
  if (typeof customId !== 'string' || customId.length > DISCORD_LIMITS.customId) return null;
  const [command, code, position, ...rest] = customId.split(SEPARATOR);
  if (command !== 'ask') return null;
  if (code === CODES.pick) return position === undefined ? { action: 'pick' } : null;
  if (position === undefined || !POSITION.test(position)) return null;
  if (code === CODES.next) return rest.length === 0 ? { action: 'next', position: Number(position) } : null;
  const passageId = rest.join(SEPARATOR);
  if (code === CODES.context && PASSAGE_ID.test(passageId))
    return { action: 'context', position: Number(position), passageId };
  return null;
}

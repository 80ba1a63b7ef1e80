import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { Found } from '../core/index.js';
import { answerButtons } from './components.js';
import { answerEmbed, contextEmbed, escapeKnowledgeText, type Neighbour } from './embeds.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { showUserText } from './user-text.js';

/**
 * Every response the bot sends, as the raw payload Discord expects (the same over the gateway's
 * REST callback and in an HTTP reply). Every message switches mentions off.
 */

/** A message's fields, always with mentions switched off. */
export type MessageData = APIInteractionResponseCallbackData & { allowed_mentions: { parse: [] } };

const NO_MENTIONS = { parse: [] as [] };
/**
 * A text-only note just for the asker: no link in it (a user's question may hold one) unfurls
 * into a preview. Replies with our own embed cannot carry this flag: it would hide the embed.
 */
const PRIVATE_NOTE_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds;
const MAX_SHOWN_QUESTION = 300;
/** How the no-answer note quotes the question, and how a pick in its menu finds it again. */
const NOT_COVERED = /^The (?:article does|articles here do) not seem to cover “([\s\S]*)”\.(?:\n|$)/;

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A new message in reply to the interaction. */
export function reply(data: MessageData): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data };
}

/** Replaces the message the clicked component is on; it keeps its visibility (no flags). */
export function update(data: MessageData): APIInteractionResponse {
  const { flags: _flags, ...rest } = data;
  return { type: InteractionResponseType.UpdateMessage, data: rest };
}

/** The answer to Discord's PING (HTTP mode: it checks the endpoint with one). */
export function pong(): APIInteractionResponse {
  return { type: InteractionResponseType.Pong };
}

/** Autocomplete choices. */
export function choices(list: APIApplicationCommandOptionChoice<string>[]): APIInteractionResponse {
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: list } };
}

/** A message with cited embeds, and its buttons; only the asker sees it when `ephemeral`. */
export function embedMessage(embed: APIEmbed, components: Row[], options: { ephemeral: boolean }): MessageData {
  const data: MessageData = { embeds: [embed], components, allowed_mentions: NO_MENTIONS };
  if (options.ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

/** Where an answer stands in its question's ranked passages, for its buttons. */
export interface AnswerPlace {
  position: number;
  hasNext: boolean;
  ephemeral: boolean;
  /** Chosen by the asker from suggestions, not the engine's answer. */
  picked?: boolean;
  /**
   * What the knowledge is about: a document's opening paragraph, not an answer with a confidence;
   * the number of documents the knowledge holds.
   */
  overviewOf?: number;
}

/**
 * The answer at `place.position` of the question's ranking, with "Next match" and "Show context".
 * Only the engine's answer shows a confidence: a next match's score says how much of the question
 * it covers, and a picked passage has none.
 */
export function answerMessage(found: Found, question: string, place: AnswerPlace): MessageData {
  const buttons = answerButtons({
    position: place.position,
    passageId: found.id,
    hasNext: place.hasNext,
    contextShown: false,
  });
  return embedMessage(answerEmbed(found, question, standingOf(found, place)), [buttons], place);
}

/** What the passage shown is: the answer and its confidence, a next match, a pick, an article's opening. */
function standingOf(found: Found, place: AnswerPlace): string {
  if (place.overviewOf !== undefined) {
    return place.overviewOf > 1
      ? `opening paragraph of article ${place.position + 1} of ${place.overviewOf}`
      : "the article's opening paragraph";
  }
  if (place.picked) return 'picked from the suggestions';
  if (place.position > 0) return `next match ${place.position}`;
  return `confidence ${found.score.toFixed(2)}`;
}

/** The same answer read in context (the paragraphs around it); "Show context" is spent. */
export function contextMessage(
  found: Found,
  question: string,
  before: Neighbour | undefined,
  after: Neighbour | undefined,
  place: AnswerPlace,
): MessageData {
  const buttons = answerButtons({
    position: place.position,
    passageId: found.id,
    hasNext: place.hasNext,
    contextShown: true,
  });
  return embedMessage(contextEmbed(found, question, before, after), [buttons], place);
}

/** The documents the bot answers from; only the asker sees them. */
export function sourcesMessage(embed: APIEmbed): MessageData {
  return { embeds: [embed], flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS };
}

function privateNote(content: string, components?: Row[]): MessageData {
  return {
    content: truncate(content, DISCORD_LIMITS.messageContent),
    flags: PRIVATE_NOTE_FLAGS,
    allowed_mentions: NO_MENTIONS,
    ...(components ? { components } : {}),
  };
}

/**
 * When the knowledge does not cover the question: what it can answer instead. Only the asker sees
 * it. `severalArticles`: the knowledge holds more than one.
 */
export function noAnswerNote(
  question: string,
  canAnswer: readonly string[],
  options: { menu?: Row; severalArticles?: boolean } = {},
): MessageData {
  const { menu, severalArticles = false } = options;
  // Cut before escaping, so the cut never splits an escape or a defused mention.
  const shown = showUserText(truncate(question.trim(), MAX_SHOWN_QUESTION));
  const lines = [`${severalArticles ? 'The articles here do' : 'The article does'} not seem to cover “${shown}”.`];
  if (canAnswer.length > 0) {
    lines.push('', 'It can tell you about, for example:');
    for (const topic of canAnswer) lines.push(`• ${escapeKnowledgeText(truncate(topic, 180))}`);
  }
  return privateNote(lines.join('\n'), menu ? [menu] : undefined);
}

/**
 * The question a no-answer note quoted, near enough to pick a passage's best sentence with (its
 * markdown escapes and defused mentions undone); '' when the text is not such a note.
 */
export function questionOfNote(content: unknown): string {
  const quoted = typeof content === 'string' ? NOT_COVERED.exec(content)?.[1] : undefined;
  return quoted === undefined ? '' : quoted.replace(/\u200b/g, '').replace(/\\(.)/g, '$1');
}

export function emptyQuestionNote(): MessageData {
  return privateNote(
    'There is nothing to search in that question: try a few words from the article, like `/ask who urged restraint`.',
  );
}

/** The apology for a failure on our side; only the asker sees it. */
export function apologyNote(): MessageData {
  return privateNote('Sorry, something went wrong while answering. Please try again in a moment.');
}

/** Over the per-user limit: when to ask again, as a Discord timestamp each reader sees in their own time. */
export function rateLimitedNote(retryAt: number): MessageData {
  return privateNote(
    `You are asking faster than I answer for one person. Try again <t:${Math.ceil(retryAt / 1000)}:R>.`,
  );
}

export function onlyAskerNote(): MessageData {
  return privateNote('Only the person who asked can page through this answer. Ask your own with `/ask`.');
}

export function expiredNote(lifetimeMinutes: number): MessageData {
  return privateNote(
    `These buttons have expired: they work for ${lifetimeMinutes} minutes after the question. Ask again with \`/ask\`.`,
  );
}

export function brokenComponentNote(): MessageData {
  return privateNote(
    'This button or menu does not work (it may come from an older version of the bot). Ask again with `/ask`.',
  );
}

export function changedKnowledgeNote(): MessageData {
  return privateNote('The knowledge has changed since this answer, and that passage is gone. Ask again with `/ask`.');
}

export function unknownCommandNote(): MessageData {
  return privateNote(
    'I do not know that command any more. The bot admin can refresh the commands with `npm run register`.',
  );
}

import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord.js';
import type { Answer, Found } from '../core/answer.js';
import type { DocumentMeta } from '../core/knowledge.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { showUserText } from './user-text.js';

/** What a command hands to interaction.reply / editReply: always with mentions switched off. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  flags?: number;
  allowedMentions: { parse: [] };
}

const EMBED_COLOR = 0x2f6fb0;
/**
 * A text-only note just for the asker: no link in it (a user's question may hold one) unfurls
 * into a preview. Replies with our own embed cannot carry this flag: it would hide the embed.
 */
export const PRIVATE_NOTE_FLAGS = MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds;
const MAX_SHOWN_QUESTION = 300;
const NO_MENTIONS = { parse: [] as [] };

/** The answer: the passage with its best sentence in bold, the document linked, a citation line. */
export function answerReply(found: Found, options: { ephemeral: boolean }): ReplyPayload {
  const description = passageWithHighlight(found, DISCORD_LIMITS.embedDescription);
  return citedReply(found, description, `${citationLine(found)} · confidence ${found.score.toFixed(2)}`, options);
}

/** The answer read in context: the paragraphs before and after it, the answer's sentence in bold. */
export function contextReply(found: Found, before: string | undefined, after: string | undefined, options: { ephemeral: boolean }): ReplyPayload {
  const { paragraph } = found.citation;
  const around = (text: string | undefined) => (text ? escapeMarkdown(text) : undefined);
  const fixed = [around(before), around(after)].reduce((sum, text) => sum + (text?.length ?? 0) + 2, 0);
  const middle = passageWithHighlight(found, Math.max(200, DISCORD_LIMITS.embedDescription - fixed));
  const description = [around(before), middle, around(after)].filter(Boolean).join('\n\n');
  const first = before ? paragraph - 1 : paragraph;
  const last = after ? paragraph + 1 : paragraph;
  return citedReply(found, description, citationLine(found, first === last ? `paragraph ${first}` : `paragraphs ${first}–${last}`), options);
}

/** An embed titled and linked with the passage's document, with the given text and citation footer. */
function citedReply(found: Found, description: string, footer: string, options: { ephemeral: boolean }): ReplyPayload {
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: found.citation.title,
    url: found.citation.url,
    description,
    footer: { text: footer },
  };
  return withFlags({ embeds: fitEmbeds([embed]), allowedMentions: NO_MENTIONS }, options.ephemeral);
}

/** Takes the buttons or menu off a message whose answer has expired. */
export function withoutComponents(): { components: []; allowedMentions: { parse: [] } } {
  return { components: [], allowedMentions: NO_MENTIONS };
}

/** "Next match" and "Show context" under an answer; both disabled once it expires. */
export function answerButtons(
  key: string,
  state: { hasNext: boolean; contextShown: boolean; expired?: boolean },
): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `ask:next:${key}`,
        label: 'Next match',
        disabled: Boolean(state.expired) || !state.hasNext,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        custom_id: `ask:context:${key}`,
        label: 'Show context',
        disabled: Boolean(state.expired) || state.contextShown,
      },
    ],
  };
}

/** "Did you mean": the nearest passages to pick from when there is no answer. */
export function suggestionMenu(key: string, suggestions: readonly Found[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: `ask:pick:${key}`,
        placeholder: 'Did you mean one of these passages?',
        options: suggestions.slice(0, DISCORD_LIMITS.selectOptions).map((found) => ({
          label: truncate(found.highlight, DISCORD_LIMITS.selectOptionLabel),
          description: truncate(`Paragraph ${found.citation.paragraph} · ${found.citation.title}`, DISCORD_LIMITS.selectOptionDescription),
          value: found.id,
        })),
      },
    ],
  };
}

/** Publisher, date and paragraph: what a reader needs to find the passage again. */
function citationLine({ citation }: Found, paragraphs = `paragraph ${citation.paragraph}`): string {
  return `${citation.publisher} · ${formatDate(citation.published)} · ${paragraphs}`;
}

/** When the knowledge does not cover the question: what it can answer instead. Only the asker sees it. */
export function noAnswerReply(question: string, canAnswer: readonly string[]): ReplyPayload {
  // Cut before escaping, so the cut never splits an escape or a defused mention.
  const shown = showUserText(truncate(question.trim(), MAX_SHOWN_QUESTION));
  const lines = [`The article does not seem to cover “${shown}”.`];
  if (canAnswer.length > 0) {
    lines.push('', 'It can tell you about, for example:');
    for (const topic of canAnswer.slice(0, 3)) lines.push(`• ${escapeMarkdown(truncate(topic, 180))}`);
  }
  return { content: truncate(lines.join('\n'), DISCORD_LIMITS.messageContent), flags: PRIVATE_NOTE_FLAGS, allowedMentions: NO_MENTIONS };
}

export function emptyQuestionReply(): ReplyPayload {
  return {
    content: 'There is nothing to search in that question: try a few words from the article, like `/ask who urged restraint`.',
    flags: PRIVATE_NOTE_FLAGS,
    allowedMentions: NO_MENTIONS,
  };
}

/** The apology for a failure on our side; only the asker sees it. */
export function apologyReply(): ReplyPayload {
  return {
    content: 'Sorry, something went wrong while answering. Please try again in a moment.',
    flags: PRIVATE_NOTE_FLAGS,
    allowedMentions: NO_MENTIONS,
  };
}

/** Over the per-user limit: when to ask again, as a Discord timestamp each reader sees in their own time. */
export function cooldownReply(retryAt: number): ReplyPayload {
  return {
    content: `You are asking faster than I answer for one person. Try again <t:${Math.ceil(retryAt / 1000)}:R>.`,
    flags: PRIVATE_NOTE_FLAGS,
    allowedMentions: NO_MENTIONS,
  };
}

/** The documents the bot answers from. */
export function sourcesReply(documents: ReadonlyArray<DocumentMeta & { passages: number }>): ReplyPayload {
  const lines = documents.map(
    (d) =>
      `**[${escapeMarkdown(truncate(d.title, 200))}](${d.url})**\n${escapeMarkdown(d.publisher)} · ${formatDate(d.published)} · ${d.passages} passages`,
  );
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: documents.length === 1 ? 'The article I answer from' : `The ${documents.length} documents I answer from`,
    description: joinWithin(lines, '\n\n', DISCORD_LIMITS.embedDescription),
  };
  return { embeds: fitEmbeds([embed]), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}

/** What the abstaining reply suggests: the nearest passages' best sentences, else the opening of a few passages. */
export function suggestionsFor(result: Answer, fallback: readonly string[]): string[] {
  const near = result.alternatives.map((found) => found.highlight);
  return (near.length > 0 ? near : fallback).slice(0, 3);
}

function withFlags(payload: ReplyPayload, ephemeral: boolean): ReplyPayload {
  return ephemeral ? { ...payload, flags: MessageFlags.Ephemeral } : payload;
}

/**
 * The passage, markdown escaped, with the highlight in bold, cut to `max` characters. When it
 * has to be cut, the text after the highlight goes first, then the text before it, so the
 * sentence that answers stays whole where possible and the bold markers always pair up.
 */
export function passageWithHighlight(found: Found, max: number): string {
  const [start, end] = found.highlightSpan;
  const sentence = found.text.slice(start, end).trim();
  let before = escapeMarkdown(found.text.slice(0, start).trimEnd());
  let after = escapeMarkdown(found.text.slice(end).trimStart());
  let bold = escapeMarkdown(sentence);
  const markers = 4;
  const joined = () => [before, bold ? `**${bold}**` : '', after].filter(Boolean).join(' ');
  if (joined().length <= max) return joined();
  after = truncate(after, Math.max(0, max - markers - bold.length - before.length - 2));
  if (joined().length <= max) return joined();
  after = '';
  const roomBefore = max - markers - bold.length - 1;
  before = roomBefore > 1 ? `…${before.slice(before.length - roomBefore + 1)}` : '';
  if (joined().length <= max) return joined();
  before = '';
  bold = truncate(bold, max - markers);
  return joined();
}

/** Cuts embeds so that all their text together stays within Discord's 6,000 characters. */
export function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  let room = DISCORD_LIMITS.embedTotal;
  return embeds.map((embed) => {
    const fitted: APIEmbed = { ...embed };
    const title = truncate(embed.title ?? '', Math.min(DISCORD_LIMITS.embedTitle, room));
    room -= title.length;
    const footer = truncate(embed.footer?.text ?? '', Math.min(DISCORD_LIMITS.embedFooter, room));
    room -= footer.length;
    const description = truncate(embed.description ?? '', Math.min(DISCORD_LIMITS.embedDescription, room));
    room -= description.length;
    if (embed.title !== undefined) fitted.title = title;
    if (embed.footer) fitted.footer = { ...embed.footer, text: footer };
    if (embed.description !== undefined) fitted.description = description;
    return fitted;
  });
}

/** The characters Discord counts toward an embed's 6,000. */
export function embedTextLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

function joinWithin(lines: readonly string[], separator: string, max: number): string {
  let text = '';
  for (const [i, line] of lines.entries()) {
    const next = text ? `${text}${separator}${line}` : line;
    if (next.length > max - 40) return `${text}${separator}…and ${lines.length - i} more`;
    text = next;
  }
  return text;
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2017-02-27" → "27 February 2017". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMAT.format(date);
}

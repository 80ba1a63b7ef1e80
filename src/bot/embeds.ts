import type { APIEmbed } from 'discord-api-types/v10';
import { citedParagraphs, type DocumentMeta, type Found, memoised } from '../core/index.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { defuseMentions, escapeDiscordMarkdown } from './user-text.js';

/** Embeds: the cited passage, its context view and the list of sources, always within Discord's limits. */

const EMBED_COLOR = 0x2f6fb0;
/** Escaped knowledge texts kept for reuse: at most this many, then the memo starts over. */
const ESCAPE_MEMO_SIZE = 1000;

/**
 * escapeMarkdown for text from the knowledge (passages, their parts, titles), its mention syntax
 * defused as in user text (a page can hold "<@123>"), remembered: it costs
 * about 0.1 ms a passage, more than finding the answer, and the same passages come up again and
 * again. Not for user text, which rarely repeats.
 */
export const escapeKnowledgeText: (text: string) => string = memoised(
  (text) => defuseMentions(escapeDiscordMarkdown(text)),
  ESCAPE_MEMO_SIZE,
);

/** Before the question on an answer's author line, and how the bot finds the question there again. */
const QUESTION_PREFIX = 'Q: ';

/**
 * The answer: the passage with its best sentence in bold, the document linked, a citation line
 * ending with `standing` (what the passage is: the answer and its confidence, a next match, ...).
 */
export function answerEmbed(found: Found, question: string, standing: string): APIEmbed {
  const description = passageWithHighlight(found, DISCORD_LIMITS.embedDescription);
  return citedEmbed(found, question, description, `${citationLine(found)} · ${standing}`);
}

/** A passage next to the answer: its text and the paragraph it is (or is part of). */
export interface Neighbour {
  text: string;
  paragraph: number;
}

/**
 * The answer read in context: the passages before and after it, the answer's sentence in bold.
 * A neighbour may be another part of the answer's own paragraph, when a long one was split.
 */
export function contextEmbed(
  found: Found,
  question: string,
  before: Neighbour | undefined,
  after: Neighbour | undefined,
): APIEmbed {
  const { paragraph } = found.citation;
  const around = (neighbour: Neighbour | undefined) => (neighbour ? escapeKnowledgeText(neighbour.text) : undefined);
  const fixed = [around(before), around(after)].reduce((sum, text) => sum + (text?.length ?? 0) + 2, 0);
  const middle = passageWithHighlight(found, Math.max(200, DISCORD_LIMITS.embedDescription - fixed));
  const description = [around(before), middle, around(after)].filter(Boolean).join('\n\n');
  const first = before?.paragraph ?? paragraph;
  const last = after?.paragraph ?? found.citation.lastParagraph ?? paragraph;
  return citedEmbed(found, question, description, citationLine(found, citedParagraphs(first, last)));
}

/**
 * An embed titled and linked with the passage's document, with the given text and citation footer.
 * The author line shows the question (plain text there: no markdown, no mentions), and is where
 * a later click reads it back from, since nothing is remembered between interactions.
 */
function citedEmbed(found: Found, question: string, description: string, footer: string): APIEmbed {
  const shown = question.replace(/\p{Cc}+/gu, ' ').trim();
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: escapedTitle(found.citation.title),
    url: found.citation.url,
    description,
    footer: { text: footer },
  };
  if (shown) embed.author = { name: truncate(QUESTION_PREFIX + shown, DISCORD_LIMITS.embedAuthorName) };
  return fitWithinLimits(embed);
}

/** A document's title for an embed's title, which Discord renders markdown in: escaped, and cut to fit once escaped. */
function escapedTitle(title: string): string {
  let shown = escapeKnowledgeText(title);
  for (let cut = DISCORD_LIMITS.embedTitle; shown.length > DISCORD_LIMITS.embedTitle; cut -= 16) {
    shown = escapeKnowledgeText(truncate(title, cut));
  }
  return shown;
}

/** The question an answer embed was for, read back from its author line ('' when it has none). */
export function questionOfEmbed(embed: APIEmbed | undefined): string {
  const name = embed?.author?.name;
  return typeof name === 'string' && name.startsWith(QUESTION_PREFIX) ? name.slice(QUESTION_PREFIX.length) : '';
}

/** The documents the bot answers from. */
export function sourcesEmbed(documents: ReadonlyArray<DocumentMeta & { passages: number }>): APIEmbed {
  const lines = documents.map(
    (d) =>
      `**[${escapeKnowledgeText(truncate(d.title, 200))}](${d.url})**\n${escapeKnowledgeText(d.publisher)} · ${formatDate(d.published)} · ${d.passages} passages`,
  );
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: documents.length === 1 ? 'The article I answer from' : `The ${documents.length} documents I answer from`,
    description: joinWithin(lines, '\n\n', DISCORD_LIMITS.embedDescription),
  };
  return fitWithinLimits(embed);
}

/** Publisher, date and paragraph: what a reader needs to find the passage again. */
function citationLine(
  { citation }: Found,
  paragraphs = citedParagraphs(citation.paragraph, citation.lastParagraph),
): string {
  return `${citation.publisher} · ${formatDate(citation.published)} · ${paragraphs}`;
}

/**
 * The passage, markdown escaped, with the highlight in bold, cut to `max` characters. When it
 * has to be cut, the text after the highlight goes first, then the text before it, so the
 * sentence that answers stays whole where possible and the bold markers always pair up.
 */
export function passageWithHighlight(found: Found, max: number): string {
  const [start, end] = found.highlightSpan;
  const sentence = found.text.slice(start, end).trim();
  let before = escapeKnowledgeText(found.text.slice(0, start).trimEnd());
  let after = escapeKnowledgeText(found.text.slice(end).trimStart());
  let bold = escapeKnowledgeText(sentence);
  const markers = 4;
  // A paragraph shown with the answer's (see Found.text) stays a paragraph of its own.
  const gapAfter = /^\s*\n\s*\n/.test(found.text.slice(end)) ? '\n\n' : ' ';
  const joined = () => {
    const head = [before, bold ? `**${bold}**` : ''].filter(Boolean).join(' ');
    return head && after ? `${head}${gapAfter}${after}` : head || after;
  };
  if (joined().length <= max) return joined();
  after = truncate(after, Math.max(0, max - markers - bold.length - before.length - 1 - gapAfter.length));
  if (joined().length <= max) return joined();
  after = '';
  const roomBefore = max - markers - bold.length - 1;
  before = roomBefore > 1 ? `…${before.slice(before.length - roomBefore + 1)}` : '';
  if (joined().length <= max) return joined();
  before = '';
  bold = truncate(bold, max - markers);
  return joined();
}

/**
 * Cuts a newly built embed's texts in place, so that together they stay within Discord's 6,000
 * characters. In place rather than copied: a copy by spreading makes object shapes that live
 * only for one reply, and when the garbage collector drops them, the optimised code built for
 * them is thrown away and compiled again.
 */
function fitWithinLimits(embed: APIEmbed): APIEmbed {
  let room = DISCORD_LIMITS.embedTotal;
  const cut = (text: string, max: number) => {
    const fitted = truncate(text, Math.min(max, room));
    room -= fitted.length;
    return fitted;
  };
  if (embed.author) embed.author.name = cut(embed.author.name, DISCORD_LIMITS.embedAuthorName);
  if (embed.title !== undefined) embed.title = cut(embed.title, DISCORD_LIMITS.embedTitle);
  if (embed.footer) embed.footer.text = cut(embed.footer.text, DISCORD_LIMITS.embedFooter);
  if (embed.description !== undefined) embed.description = cut(embed.description, DISCORD_LIMITS.embedDescription);
  return embed;
}

/** The characters Discord counts toward an embed's 6,000. */
export function embedTextLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
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

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formatted dates kept for reuse (a knowledge folder has a handful): at most this many, then it starts over. */
const DATE_MEMO_SIZE = 1000;

/**
 * "2017-02-27" → "27 February 2017". Remembered: Intl formatting costs tens of microseconds, more
 * than the rest of the reply, and every answer from a document shows the same date.
 */
const formatDate = memoised((isoDate) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DATE_FORMAT.format(date);
}, DATE_MEMO_SIZE);

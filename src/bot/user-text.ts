import { escapeMarkdown } from '@discordjs/formatters';

/**
 * Every character that escapeMarkdown (with its default options, as used here) escapes or looks
 * for: backslash, backtick, asterisk, underscore, tilde and bar. Text with none of them comes
 * out of it unchanged.
 */
const MARKDOWN_CHARACTERS = /[\\`*_~|]/;

/**
 * escapeMarkdown, without its ten regular-expression passes over text that has nothing to escape
 * (most questions and passages): those cost more than the rest of a reply.
 */
export function escapeDiscordMarkdown(text: string): string {
  return MARKDOWN_CHARACTERS.test(text) ? escapeMarkdown(text) : text;
}

/**
 * User text made safe to show: markdown escaped (so `**x**` shows as typed), mention syntax
 * broken with a zero-width space (so `@everyone` or `<@123>` shows as text, never as a ping or
 * a mention pill, even before allowed_mentions is applied), and invisible control characters
 * dropped.
 */
export function showUserText(text: string): string {
  const visible = text.replace(/[\p{Cc}]+/gu, ' ');
  return defuseMentions(escapeDiscordMarkdown(visible));
}

/** Mention syntax (`@everyone`, `<@123>`, `<#123>`) broken with a zero-width space, so it shows as text. */
export function defuseMentions(text: string): string {
  return text.includes('@') || text.includes('<#') ? text.replace(/@/g, '@\u200b').replace(/<#/g, '<\u200b#') : text;
}

// Discord's markup in message text: a user, role or channel mention, a custom emoji, a timestamp,
// a command or a guild navigation link (`<@123>`, `<@&123>`, `<#123>`, `<:wave:123>`,
// `<t:1700000000:R>`, `</ask:123>`, `<id:home>`).
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?|\/[\w -]+:\d+|id:[\w-]+(?::\d+)?)>/g;

/**
 * A question as typed in Discord, read without Discord's markup in it ("<@123> who urged
 * restraint"): the ids would pass for words of the question that no passage holds, and the bot
 * would abstain. The question is still shown as typed.
 */
export function withoutDiscordMarkup(question: string): string {
  return question.includes('<') ? question.replace(DISCORD_MARKUP, ' ') : question;
}

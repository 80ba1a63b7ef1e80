import { escapeMarkdown } from '@discordjs/formatters';

/**
 * User text made safe to show: markdown escaped (so `**x**` shows as typed), mention syntax
 * broken with a zero-width space (so `@everyone` or `<@123>` shows as text, never as a ping or
 * a mention pill, even before allowed_mentions is applied), and invisible control characters
 * dropped.
 */
export function showUserText(text: string): string {
  const visible = text.replace(/[\p{Cc}]+/gu, ' ');
  return escapeMarkdown(visible).replace(/@/g, '@\u200b').replace(/<#/g, '<\u200b#');
}

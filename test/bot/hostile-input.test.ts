import type { ChatInputCommandInteraction } from 'discord.js';
import fc from 'fast-check';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { AnswerSessions } from '../../src/bot/answer-sessions.js';
import { ask } from '../../src/bot/commands/ask.js';
import { DISCORD_LIMITS, truncate } from '../../src/bot/limits.js';
import { embedTextLength, type ReplyPayload } from '../../src/bot/replies.js';
import { showUserText } from '../../src/bot/user-text.js';
import { shippedIndex } from '../helpers.js';

const index = await shippedIndex();
const sessions = new AnswerSessions(60_000, 100);
const context = { index: () => index, logger: pino({ level: 'silent' }), cooldown: undefined, sessions };

/** Just enough of a discord.js interaction for the /ask handler, keeping what it replies. */
function interactionAsking(question: string, isPrivate: boolean | null) {
  const replies: ReplyPayload[] = [];
  const interaction = {
    id: '1',
    user: { id: '2' },
    editReply: async () => undefined,
    options: { getString: () => question, getBoolean: () => isPrivate },
    reply: async (payload: ReplyPayload) => {
      replies.push(payload);
    },
  } as unknown as ChatInputCommandInteraction;
  return { interaction, replies };
}

const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\u200B', '\u200C', '\u200D', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2066', '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t',
    '@everyone', '@here', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
    '**bold**', '__u__', '~~s~~', '||spoiler||', '`code`', '```js\nprocess.exit(1)\n```', '> quote', '# heading', '[link](https://evil.example)',
    "'restraint", '=urged', '!table', '^who', 'end$', ' | ', '.*', '(a+)+$', '[^]', '\\', '${', '{{x}}',
    "'; DROP TABLE users; --", '" OR 1=1 --', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '%00',
    'who urged restraint', 'Stoltenberg', 'Sargsyan', '🙂', '👨‍👩‍👧‍👦', '🇦🇲', 'ｗｈｏ',
  ),
);
const hostileQuestion = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 6000, maxLength: 6000 }) },
  { weight: 1, arbitrary: fc.array(fragment, { minLength: 200, maxLength: 400 }).map((parts) => parts.join('').slice(0, 6000)) },
);

function expectWithinLimits(reply: ReplyPayload): void {
  expect(reply.allowedMentions).toEqual({ parse: [] });
  expect((reply.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
  for (const embed of reply.embeds ?? []) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
  }
  expect((reply.embeds ?? []).reduce((sum, embed) => sum + embedTextLength(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
}

describe('the /ask handler under hostile input', () => {
  it('replies once, within every Discord limit, pinging nobody, to 1,500 generated questions', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, fc.option(fc.boolean()), async (question, isPrivate) => {
        const { interaction, replies } = interactionAsking(question, isPrivate);
        await ask.execute(interaction, context);
        expect(replies).toHaveLength(1);
        const [reply] = replies;
        expectWithinLimits(reply!);
        const content = reply!.content ?? '';
        // Mentions in what we show are always defused, whatever the user typed.
        expect(content).not.toMatch(/@(?!\u200b)/);
        expect(content).not.toMatch(/<#/);
        if (content.startsWith('The article does not seem to cover')) {
          expect(content.startsWith(`The article does not seem to cover “${showUserText(truncate(question.trim(), 300))}”.`)).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 20_170_227, endOnFailure: true },
    );
    sessions.clear();
  }, 120_000);
});

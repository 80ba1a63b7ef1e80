import type { APIChatInputApplicationCommandInteraction } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/bot/commands/ask.js';
import { embedTextLength } from '../../src/bot/embeds.js';
import { DISCORD_LIMITS, truncate } from '../../src/bot/limits.js';
import type { MessageData } from '../../src/bot/replies.js';
import { showUserText, withoutDiscordMarkup } from '../../src/bot/user-text.js';
import { shippedIndex } from '../helpers.js';

const index = await shippedIndex();
const context = { index: () => index, rateLimiter: undefined, now: Date.now };

/** A raw /ask interaction, as Discord sends it over the gateway or HTTP. */
function interactionAsking(question: string, isPrivate: boolean | null) {
  const options: Array<{ name: string; type: number; value: string | boolean }> = [
    { name: 'question', type: 3, value: question },
  ];
  if (isPrivate !== null) options.push({ name: 'private', type: 5, value: isPrivate });
  return {
    id: '1',
    type: 2,
    token: 't',
    member: { user: { id: '2' } },
    data: { id: '3', name: 'ask', type: 1, options },
  } as unknown as APIChatInputApplicationCommandInteraction;
}

const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\u200B',
    '\u200C',
    '\u200D',
    '\uFEFF',
    '\u200E',
    '\u200F',
    '\u202E',
    '\u2066',
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\r\n',
    '\t',
    '@everyone',
    '@here',
    '<@123456789012345678>',
    '<@!123456789012345678>',
    '<@&123456789012345678>',
    '<#123456789012345678>',
    '**bold**',
    '__u__',
    '~~s~~',
    '||spoiler||',
    '`code`',
    '```js\nprocess.exit(1)\n```',
    '> quote',
    '# heading',
    '[link](https://evil.example)',
    "'restraint",
    '=urged',
    '!table',
    '^who',
    'end$',
    ' | ',
    '.*',
    '(a+)+$',
    '[^]',
    '\\',
    '${',
    '{{x}}',
    "'; DROP TABLE users; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '&amp;',
    '%00',
    'who urged restraint',
    'Stoltenberg',
    'Sargsyan',
    '🙂',
    '👨‍👩‍👧‍👦',
    '🇦🇲',
    'ｗｈｏ',
  ),
);
const hostileQuestion = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 6000, maxLength: 6000 }) },
  {
    weight: 1,
    arbitrary: fc.array(fragment, { minLength: 200, maxLength: 400 }).map((parts) => parts.join('').slice(0, 6000)),
  },
);

function expectWithinLimits(reply: MessageData): void {
  expect(reply.allowed_mentions).toEqual({ parse: [] });
  expect((reply.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
  for (const embed of reply.embeds ?? []) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
  }
  expect((reply.embeds ?? []).reduce((sum, embed) => sum + embedTextLength(embed), 0)).toBeLessThanOrEqual(
    DISCORD_LIMITS.embedTotal,
  );
}

describe('the /ask handler under hostile input', () => {
  it('replies with one message, within every Discord limit, pinging nobody, to 1,500 generated questions', () => {
    fc.assert(
      fc.property(hostileQuestion, fc.option(fc.boolean()), (question, isPrivate) => {
        const { response } = ask.execute(interactionAsking(question, isPrivate), context);
        expect(response.type).toBe(4);
        const reply = (response as unknown as { data: MessageData }).data;
        expectWithinLimits(reply);
        const content = reply!.content ?? '';
        // Mentions in what we show are always defused, whatever the user typed.
        expect(content).not.toMatch(/@(?!\u200b)/);
        expect(content).not.toMatch(/<#/);
        if (content.startsWith('The article does not seem to cover')) {
          expect(
            content.startsWith(`The article does not seem to cover “${showUserText(truncate(question.trim(), 300))}”.`),
          ).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 20_170_227, endOnFailure: true },
    );
  }, 120_000);
});

describe("Discord's markup in a question", () => {
  it('is left out of what is answered (a mention, an emoji, a timestamp), and the question is shown as typed', () => {
    const question = '<@123456789012345678> who urged restraint <:thinking:123456789012345678> <t:1488153600:R>';
    const { response, outcome } = ask.execute(interactionAsking(question, null), context);
    expect(outcome).toBe('answered');
    const [embed] = (response as unknown as { data: MessageData }).data.embeds!;
    expect(embed!.footer!.text).toMatch(/ · paragraph 7 · /);
    expect(embed!.author!.name).toBe(`Q: ${question}`);
  });

  it('goes, and nothing else: text with "<" that is not markup stays', () => {
    expect(withoutDiscordMarkup('<@!1> <@&2> <#3> <a:wave:4> </ask:5> <id:home> <id:linked-roles> who')).toBe(
      `${' '.repeat(14)}who`,
    );
    expect(withoutDiscordMarkup('is 3 < 5 <3 <b>who</b>')).toBe('is 3 < 5 <3 <b>who</b>');
  });
});

describe('a question about what the article is about', () => {
  it('is answered with its opening paragraph, which says it is that, not a confidence', () => {
    const { response, outcome } = ask.execute(interactionAsking('what is this article about?', null), context);
    expect(outcome).toBe('answered');
    const [embed] = (response as unknown as { data: MessageData }).data.embeds!;
    expect(embed!.footer!.text).toMatch(/ · paragraph 1 · the article's opening paragraph$/);
  });
});

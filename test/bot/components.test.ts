import { fileURLToPath } from 'node:url';
import type { APIChatInputApplicationCommandInteraction, APIMessageComponentInteraction } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/bot/commands/ask.js';
import { commandOfCustomId, decodeAskComponent, encodeAskComponent } from '../../src/bot/custom-id.js';
import { DISCORD_LIMITS } from '../../src/bot/limits.js';
import { loadIndex, MAX_ID_LENGTH } from '../../src/core/index.js';
import { shippedIndex } from '../helpers.js';

const index = await shippedIndex();
const NOW = Date.UTC(2026, 0, 1, 12);
const context = { index: () => index, rateLimiter: undefined, now: () => NOW };
const ASKER = '400000000000000001';

function snowflakeAt(ms: number): string {
  return (BigInt(ms - 1_420_070_400_000) << 22n).toString();
}

/** A click as Discord sends it: on a message whose interaction_metadata names the question's interaction. */
function click(
  customId: unknown,
  options: { askedAt?: number; userId?: string; question?: string; values?: unknown[]; metadata?: unknown } = {},
) {
  const metadata =
    options.metadata !== undefined
      ? options.metadata
      : { id: snowflakeAt(options.askedAt ?? NOW - 60_000), type: 2, user: { id: ASKER } };
  return {
    id: snowflakeAt(NOW),
    type: 3,
    token: 't',
    member: { user: { id: options.userId ?? ASKER } },
    data: {
      custom_id: customId,
      component_type: options.values ? 3 : 2,
      ...(options.values ? { values: options.values } : {}),
    },
    message: {
      id: '1',
      flags: 0,
      interaction_metadata: metadata,
      embeds: [
        {
          author: { name: `Q: ${options.question ?? 'Is there a military solution to the conflict?'}` },
          footer: { text: '' },
        },
      ],
      components: [],
    },
  } as unknown as APIMessageComponentInteraction;
}

const content = (handled: ReturnType<NonNullable<typeof ask.component>>) =>
  (handled.response as { data?: { content?: string } }).data?.content ?? '';

describe('the custom_id codec', () => {
  it('round-trips every component and names its command', () => {
    for (const component of [
      { action: 'next', position: 3 },
      { action: 'context', position: 0, passageId: 'doc-1#p12.2' },
      { action: 'pick' },
    ] as const) {
      const customId = encodeAskComponent(component);
      expect(decodeAskComponent(customId)).toEqual(component);
      expect(commandOfCustomId(customId)).toBe('ask');
    }
  });

  it('fits the longest passage id the core allows (MAX_ID_LENGTH-character document id, paragraph 9999, part 99) in 100 characters', () => {
    const customId = encodeAskComponent({
      action: 'context',
      position: 99,
      passageId: `${'a'.repeat(MAX_ID_LENGTH)}#p9999.99`,
    });
    expect(customId.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it('decodes anything else as null, never throwing', () => {
    for (const forged of [
      '',
      'ask',
      'ask:',
      'ask:n',
      'ask:n:-1',
      'ask:n:01',
      'ask:n:100',
      'ask:n:1:x',
      'ask:c:0:',
      'ask:c:0:../../etc',
      'ask:c:0:__proto__',
      'ask:p:1',
      'sources:n:1',
      'ask:next:123',
      'x'.repeat(200),
      42,
      null,
      undefined,
      {},
    ]) {
      expect(decodeAskComponent(forged)).toBeNull();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const decoded = decodeAskComponent(text);
        if (decoded) expect(encodeAskComponent(decoded)).toBe(text);
      }),
    );
  });
});

describe('a click on a button or menu', () => {
  it('pages to the next match with nothing but the custom id and the message', () => {
    const handled = ask.component!(click('ask:n:1'), context);
    expect(handled.outcome).toBe('paged');
    expect(handled.response.type).toBe(7);
  });

  it('older than 10 minutes (by the question interaction snowflake) gets a note that it expired', () => {
    const handled = ask.component!(click('ask:n:1', { askedAt: NOW - 10 * 60_000 - 1 }), context);
    expect([handled.outcome, handled.response.type]).toEqual(['expired', 4]);
    expect(content(handled)).toMatch(/^These buttons have expired/);
  });

  it('from someone other than the asker is refused with a note', () => {
    const handled = ask.component!(click('ask:n:1', { userId: '400000000000000999' }), context);
    expect(handled.outcome).toBe('refused');
  });

  it.each([
    ['a forged custom id', click('ask:c:0:not-a-passage')],
    ['a passage that is not in the knowledge', click('ask:c:0:no-such-doc#p1')],
    ['a position past the ranking', click('ask:n:42')],
    ['a menu value outside the knowledge', click('ask:p', { values: ['https://evil.example#p1'] })],
    ['a menu value that is not text', click('ask:p', { values: [{ $gt: '' }] })],
    ['a message without interaction metadata', click('ask:n:1', { metadata: null })],
    [
      'interaction metadata that is not a snowflake',
      click('ask:n:1', { metadata: { id: 'yesterday', user: { id: ASKER } } }),
    ],
    ['an old-format custom id', click('ask:next:1234567890')],
  ])('with %s gets a note, no answer and no exception', (_case, interaction) => {
    const handled = ask.component!(interaction, context);
    expect(handled.outcome).toBe('malformed');
    expect(handled.response.type).toBe(4);
    expect((handled.response as { data: { flags: number } }).data.flags & 64).toBe(64);
    expect((handled.response as { data: { embeds?: unknown } }).data.embeds).toBeUndefined();
  });

  it('survives 1,000 generated custom ids and values without throwing, answering only from the knowledge', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 110 }),
          fc.constantFrom('ask:p', 'ask:n:0', 'ask:c:0:stoltenberg-sarkisian-brussels-2017#p3'),
        ),
        fc.array(fc.string(), { maxLength: 2 }),
        (customId, values) => {
          const handled = ask.component!(click(customId, { values }), context);
          const embeds = (handled.response as { data?: { embeds?: Array<{ title: string }> } }).data?.embeds ?? [];
          for (const embed of embeds) expect(embed.title).toBe(index.passages[0]!.document.title);
        },
      ),
      { numRuns: 1000, seed: 9 },
    );
  });
});

describe('an overview of several articles', () => {
  it('says which article of how many each opening paragraph is, on "Next match" too', async () => {
    const articles = await loadIndex(fileURLToPath(new URL('../fixtures/articles', import.meta.url)));
    const several = { ...context, index: () => articles };
    const asked = ask.execute(
      {
        id: snowflakeAt(NOW - 60_000),
        type: 2,
        token: 't',
        member: { user: { id: ASKER } },
        data: { id: '3', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'tl;dr' }] },
      } as unknown as APIChatInputApplicationCommandInteraction,
      several,
    );
    const footer = (handled: { response: unknown }) =>
      (handled.response as { data: { embeds: Array<{ footer: { text: string } }> } }).data.embeds[0]!.footer.text;
    expect(footer(asked)).toMatch(/ · paragraph 1 · opening paragraph of article 1 of 3$/);
    expect(footer(ask.component!(click('ask:n:1', { question: 'tl;dr' }), several))).toMatch(
      / · paragraph 1 · opening paragraph of article 2 of 3$/,
    );
  });
});

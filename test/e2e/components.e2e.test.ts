import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type InteractionCallback, snowflake } from '../fake-discord/fake-discord.js';
import { knowledgeSource, VALID_FIELDS } from '../helpers.js';
import { type Harness, startHarness, startTestBot } from './harness.js';

let harness: Harness;
let knowledge: string;
beforeAll(async () => {
  knowledge = await mkdtemp(path.join(tmpdir(), 'citebot-watch-'));
  await cp(new URL('../../knowledge/', import.meta.url), knowledge, { recursive: true });
  harness = await startHarness({ watchDir: knowledge });
});
afterAll(async () => {
  await harness?.close();
  await rm(knowledge, { recursive: true, force: true });
});

type Embed = { title: string; description: string; footer: { text: string } };
type Button = { type: number; custom_id: string; label: string; disabled: boolean };
type Row = {
  type: number;
  components: Array<Button & { options?: Array<{ label: string; value: string; description: string }> }>;
};
type Data = {
  embeds: Embed[];
  components: Row[];
  content?: string;
  flags?: number;
  choices?: Array<{ name: string; value: string }>;
};
const data = (callback: InteractionCallback) => callback.data as unknown as Data;
const paragraphOf = (callback: InteractionCallback) =>
  Number(/paragraph (\d+)/.exec(data(callback).embeds[0]!.footer.text)?.[1]);
const EPHEMERAL = 64;

describe('autocomplete on /ask question', () => {
  it('offers at most 25 well-formed passage suggestions for what is typed, within the deadline', async () => {
    const sent = performance.now();
    const callback = await harness.fake.interact(FakeDiscord.autocomplete('ask', 'question', 'who urged restr'), {
      type: 4,
    });
    expect(callback.receivedAt - sent).toBeLessThan(3000);
    expect(callback.type).toBe(8);
    const { choices } = data(callback);
    expect(choices!.length).toBeGreaterThan(0);
    expect(choices!.length).toBeLessThanOrEqual(25);
    for (const choice of choices!) {
      expect(choice.name.length).toBeGreaterThanOrEqual(1);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices![0]).toEqual({
      name: 'An Iranian Foreign Ministry spokesman said on Monday both conflicting parties should “exercise…',
      value: '§stoltenberg-sarkisian-brussels-2017#p7',
    });
  });

  it('offers starting points when the field is empty', async () => {
    const callback = await harness.fake.interact(FakeDiscord.autocomplete('ask', 'question', ''), { type: 4 });
    expect(data(callback).choices!.length).toBeGreaterThanOrEqual(3);
  });

  it('answers with exactly the passage of a picked suggestion', async () => {
    const callback = await harness.fake.interact(
      FakeDiscord.command('ask', { question: '§stoltenberg-sarkisian-brussels-2017#p11' }),
    );
    expect(paragraphOf(callback)).toBe(11);
  });
});

describe('buttons under an answer', () => {
  it('"Next match" shows the next-best passage, and is disabled when there are no more', async () => {
    const asker = snowflake();
    const answer = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'Is there a military solution to the conflict?' }),
      { userId: asker },
    );
    expect(paragraphOf(answer)).toBe(3);
    const [next, context] = data(answer).components[0]!.components;
    expect([next!.label, next!.disabled, context!.label, context!.disabled]).toEqual([
      'Next match',
      false,
      'Show context',
      false,
    ]);

    const seen = [paragraphOf(answer)];
    let current = answer;
    while (!data(current).components[0]!.components[0]!.disabled) {
      current = await harness.fake.click(current, data(current).components[0]!.components[0]!.custom_id, {
        userId: asker,
      });
      expect(current.type).toBe(7);
      seen.push(paragraphOf(current));
    }
    expect(seen).toEqual([3, 4, 7, 12]);
  });

  it('"Show context" shows the paragraphs before and after, cited the same way', async () => {
    const asker = snowflake();
    const answer = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'Is there a military solution to the conflict?' }),
      { userId: asker },
    );
    const context = await harness.fake.click(answer, data(answer).components[0]!.components[1]!.custom_id, {
      userId: asker,
    });
    expect(context.type).toBe(7);
    const [embed] = data(context).embeds;
    expect(embed!.description).toMatch(
      /^Stoltenberg also voiced concern .*\n\n.*\*\*“Because there is no military solution to this conflict\.\*\*.*\n\nThe two men said/s,
    );
    expect(embed!.footer.text).toBe('Azatutyun (RFE/RL Armenian Service) · 27 February 2017 · paragraphs 2–4');
    expect(data(context).components[0]!.components[1]!.disabled).toBe(true);
  });

  it('keep working after the bot restarts: nothing about the answer lived in the process', async () => {
    const asker = snowflake();
    const answer = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'Is there a military solution to the conflict?' }),
      { userId: asker },
    );
    await harness.bot.stop();
    ({ bot: harness.bot, logs: harness.logs } = await startTestBot(harness.fake, { watchDir: knowledge }));
    const next = await harness.fake.click(answer, data(answer).components[0]!.components[0]!.custom_id, {
      userId: asker,
    });
    expect([next.type, paragraphOf(next)]).toEqual([7, 4]);
  });

  it('lets only the asker page through an answer', async () => {
    const answer = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'Is there a military solution to the conflict?', private: true }),
      { userId: snowflake() },
    );
    const other = await harness.fake.click(answer, data(answer).components[0]!.components[0]!.custom_id, {
      userId: snowflake(),
    });
    expect(other.type).toBe(4);
    expect(data(other).flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(data(other).content).toMatch(/^Only the person who asked can page through this answer/);
  });
});

describe('"did you mean" when there is no answer', () => {
  it('offers the nearest passages in a menu, and picking one answers with it', async () => {
    const asker = snowflake();
    const abstained = await harness.fake.interact(
      FakeDiscord.command('ask', { question: 'What is the weather in Yerevan today?' }),
      { userId: asker },
    );
    expect(data(abstained).flags! & EPHEMERAL).toBe(EPHEMERAL);
    const menu = data(abstained).components[0]!.components[0]!;
    expect(menu.type).toBe(3);
    // 12 names Yerevan; 3 and 9 name Armenia, whose capital it is.
    expect(menu.options!.map((option) => option.value)).toEqual(
      [12, 3, 9].map((paragraph) => `stoltenberg-sarkisian-brussels-2017#p${paragraph}`),
    );
    const picked = await harness.fake.click(abstained, menu.custom_id, {
      userId: asker,
      values: [menu.options![0]!.value],
    });
    expect(picked.type).toBe(7);
    expect(paragraphOf(picked)).toBe(12);
  });
});

describe('a knowledge folder that changes while the bot runs', () => {
  it('answers from a new article within seconds, and keeps the old knowledge when a file is broken', async () => {
    const fields = { ...VALID_FIELDS, title: 'Lake Sevan water levels', url: 'https://example.org/sevan' };
    await writeFile(
      path.join(knowledge, 'lake-sevan.md'),
      knowledgeSource(fields, [
        'Lake Sevan, the largest lake in the Caucasus, rose by twelve centimetres after a wet spring.',
      ]),
    );
    const question = FakeDiscord.command('ask', { question: 'How much did Lake Sevan rise?' });
    const deadline = Date.now() + 5000;
    let answer = await harness.fake.interact(question);
    while (!data(answer).embeds && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await harness.fake.interact(question);
    }
    expect(data(answer).embeds[0]!.title).toBe('Lake Sevan water levels');

    await writeFile(path.join(knowledge, 'zz-broken.md'), 'no front matter here');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const failure = harness.logs.entries.find(
      (entry) => entry.msg === 'knowledge reload failed: still answering from the previous knowledge',
    );
    expect(failure?.problem).toMatch(/^zz-broken\.md: no front matter/);
    expect(data(await harness.fake.interact(question)).embeds[0]!.title).toBe('Lake Sevan water levels');
    expect(
      paragraphOf(await harness.fake.interact(FakeDiscord.command('ask', { question: 'who urged restraint' }))),
    ).toBe(7);

    const sources = await harness.fake.interact(FakeDiscord.command('sources'));
    expect(data(sources).embeds[0]!.title).toBe('The 2 documents I answer from');
  }, 20_000);
});

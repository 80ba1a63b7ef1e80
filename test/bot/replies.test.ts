import { escapeMarkdown } from '@discordjs/formatters';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerEmbed,
  contextEmbed,
  embedTextLength,
  type Neighbour,
  passageWithHighlight,
  sourcesEmbed,
} from '../../src/bot/embeds.js';
import { DISCORD_LIMITS, truncate } from '../../src/bot/limits.js';
import { type AnswerPlace, answerMessage, embedMessage, noAnswerNote, questionOfNote } from '../../src/bot/replies.js';
import { escapeDiscordMarkdown, showUserText } from '../../src/bot/user-text.js';
import type { Found } from '../../src/core/answer.js';

function found(text: string, highlightSpan: [number, number], title = 'A title'): Found {
  return {
    id: 'doc#p1',
    text,
    score: 0.8,
    highlight: text.slice(...highlightSpan).trim(),
    highlightSpan,
    citation: { title, publisher: 'Publisher', url: 'https://example.org/a', published: '2017-02-27', paragraph: 3 },
  };
}

describe('truncate', () => {
  it('leaves text at the limit alone and cuts one character more with an ellipsis', () => {
    expect(truncate('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(truncate('a'.repeat(11), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('cuts at a word boundary when one is near the limit', () => {
    expect(truncate('the quick brown fox jumps', 22)).toBe('the quick brown fox…');
  });

  it('never splits an emoji in half', () => {
    const cut = truncate(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
  });
});

describe('the answer embed', () => {
  it('bolds the best sentence, links the title and cites publisher, date and paragraph', () => {
    const text = 'First sentence. The answer is here. Last one.';
    const reply = embedMessage(answerEmbed(found(text, [16, 36]), 'where is the answer', 'confidence 0.80'), [], {
      ephemeral: false,
    });
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.flags).toBeUndefined();
    expect(reply.embeds![0]).toMatchObject({
      author: { name: 'Q: where is the answer' },
      title: 'A title',
      url: 'https://example.org/a',
      description: 'First sentence. **The answer is here.** Last one.',
      footer: { text: 'Publisher · 27 February 2017 · paragraph 3 · confidence 0.80' },
    });
  });

  it("cites each document's own date, again and again, and a date it cannot read as written", () => {
    const footer = (published: string) => {
      const passage = found('The answer is here.', [0, 19]);
      return answerEmbed({ ...passage, citation: { ...passage.citation, published } }, 'q', 'confidence 0.80').footer!
        .text;
    };
    for (let i = 0; i < 2; i++) {
      expect(footer('2017-02-27')).toContain('· 27 February 2017 ·');
      expect(footer('2020-01-01')).toContain('· 1 January 2020 ·');
      expect(footer('some day')).toContain('· some day ·');
    }
  });

  it('escapes markdown in the passage so only the highlight is bold', () => {
    const text = 'Use *stars* and _lines_. Then `code`.';
    expect(passageWithHighlight(found(text, [25, 37]), 4096)).toBe(
      'Use \\*stars\\* and \\_lines\\_. **Then \\`code\\`.**',
    );
  });

  it('stays within every embed limit for an oversized passage and title', () => {
    const sentence = `${'word '.repeat(300).trim()}. `;
    const text = sentence.repeat(6);
    const reply = embedMessage(
      answerEmbed(
        found(text, [sentence.length * 2, sentence.length * 3], 'T'.repeat(1000)),
        'q'.repeat(300),
        'confidence 0.80',
      ),
      [],
      { ephemeral: true },
    );
    const embed = reply.embeds![0]!;
    expect(embed.title!.length).toBe(DISCORD_LIMITS.embedTitle);
    expect(embed.author!.name.length).toBe(DISCORD_LIMITS.embedAuthorName);
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFooter);
    expect(embedTextLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embed.description!.match(/\*\*/g)).toHaveLength(2);
    expect(reply.flags).toBe(64);
  });

  it('shows a confidence for the answer only: a next match says which it is, a picked passage that it was picked', () => {
    const footer = (place: Partial<AnswerPlace>) =>
      answerMessage(found('The answer is here.', [0, 19]), 'q', {
        position: 0,
        hasNext: true,
        ephemeral: false,
        ...place,
      }).embeds![0]!.footer!.text;
    expect([footer({}), footer({ position: 2 }), footer({ picked: true })]).toEqual([
      'Publisher · 27 February 2017 · paragraph 3 · confidence 0.80',
      'Publisher · 27 February 2017 · paragraph 3 · next match 2',
      'Publisher · 27 February 2017 · paragraph 3 · picked from the suggestions',
    ]);
  });

  it('shows markdown and mentions in a title as text, within the title limit', () => {
    const title = (text: string) => answerEmbed(found('The answer.', [0, 11], text), 'q', 'x').title!;
    expect(title('@everyone **URGENT** <@123> <#456>')).toBe(
      '@\u200beveryone \\*\\*URGENT\\*\\* <@\u200b123> <\u200b#456>',
    );
    expect(title('*'.repeat(400)).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
  });

  it('cites the paragraphs a context view shows, a part of the same paragraph as that paragraph', () => {
    const answer = found('The answer is here.', [0, 19]);
    const footer = (before?: Neighbour, after?: Neighbour) => contextEmbed(answer, 'q', before, after).footer!.text;
    expect(footer({ text: 'Part one.', paragraph: 3 }, { text: 'Next.', paragraph: 4 })).toMatch(/paragraphs 3–4$/);
    expect(footer({ text: 'Before.', paragraph: 2 }, { text: 'Part three.', paragraph: 3 })).toMatch(/paragraphs 2–3$/);
    expect(footer(undefined, { text: 'Part two.', paragraph: 3 })).toMatch(/ paragraph 3$/);
  });

  it('shows a paragraph the answer goes on into as a paragraph of its own, and cites both', () => {
    const text = 'Officials said the plan would cost more.\n\nThey said fuel prices would rise.';
    const answer: Found = { ...found(text, [0, 40]), citation: { ...found(text, [0, 40]).citation, lastParagraph: 4 } };
    const embed = answerEmbed(answer, 'q', 'confidence 0.80');
    expect(embed.description).toBe('**Officials said the plan would cost more.**\n\nThey said fuel prices would rise.');
    expect(embed.footer!.text).toBe('Publisher · 27 February 2017 · paragraphs 3–4 · confidence 0.80');
    expect(contextEmbed(answer, 'q', { text: 'Before.', paragraph: 2 }, undefined).footer!.text).toMatch(
      /paragraphs 2–4$/,
    );
  });

  it('keeps the bold markers paired when even the highlight must be cut', () => {
    const text = `${'x '.repeat(3000)}.`;
    const description = passageWithHighlight(found(text, [0, text.length]), 100);
    expect(description.length).toBeLessThanOrEqual(100);
    expect(description).toMatch(/^\*\*x .*…\*\*$/);
  });
});

describe('other replies', () => {
  it('says "the articles" when the knowledge holds several, and either note gives its question back', () => {
    const one = noAnswerNote('who won?', []).content!;
    const several = noAnswerNote('who won?', [], { severalArticles: true }).content!;
    expect([one, several]).toEqual([
      'The article does not seem to cover “who won?”.',
      'The articles here do not seem to cover “who won?”.',
    ]);
    expect([questionOfNote(one), questionOfNote(several)]).toEqual(['who won?', 'who won?']);
  });

  it('keeps the no-answer message within 2,000 characters for any question', () => {
    const reply = noAnswerNote('q'.repeat(6000), ['a'.repeat(500), 'b'.repeat(500), 'c'.repeat(500)]);
    expect(reply.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.messageContent);
    // Ephemeral, and any link in the user's question does not unfurl.
    expect(reply.flags).toBe(64 | 4);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it('lists many sources within the description limit', () => {
    const documents = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      title: `Document ${i} ${'t'.repeat(150)}`,
      publisher: 'P',
      url: `https://example.org/${i}`,
      published: '2020-01-01',
      language: 'en',
      passages: 3,
    }));
    const embed = sourcesEmbed(documents);
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description).toMatch(/…and \d+ more$/);
  });

  it('shows user text with markdown escaped and mentions defused', () => {
    expect(showUserText('@everyone @here <@123> <@&456> <#789> **b** `c` ~~d~~ ||e||')).toBe(
      '@\u200beveryone @\u200bhere <@\u200b123> <@\u200b&456> <\u200b#789> \\*\\*b\\*\\* \\`c\\` \\~\\~d\\~\\~ \\|\\|e\\|\\|',
    );
  });
});

describe('escapeDiscordMarkdown', () => {
  it('escapes exactly as escapeMarkdown does, whatever the text', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(...'\\`*_~|<>:/htps a1#-'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), markdownish), (text) => {
        expect(escapeDiscordMarkdown(text)).toBe(escapeMarkdown(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns text with nothing to escape as it is', () => {
    const text = 'Who urged restraint? <@123> #general - [link](https://example.org) 🙂';
    expect(escapeDiscordMarkdown(text)).toBe(text);
    expect(escapeMarkdown(text)).toBe(text);
  });
});

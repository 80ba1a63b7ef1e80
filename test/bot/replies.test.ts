import { escapeMarkdown } from '@discordjs/formatters';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerEmbed, embedTextLength, passageWithHighlight, sourcesEmbed } from '../../src/bot/embeds.js';
import { DISCORD_LIMITS, truncate } from '../../src/bot/limits.js';
import { embedMessage, noAnswerNote } from '../../src/bot/replies.js';
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
    const reply = embedMessage(answerEmbed(found(text, [16, 36]), 'where is the answer'), [], { ephemeral: false });
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
      return answerEmbed({ ...passage, citation: { ...passage.citation, published } }, 'q').footer!.text;
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
      answerEmbed(found(text, [sentence.length * 2, sentence.length * 3], 'T'.repeat(1000)), 'q'.repeat(300)),
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

  it('keeps the bold markers paired when even the highlight must be cut', () => {
    const text = `${'x '.repeat(3000)}.`;
    const description = passageWithHighlight(found(text, [0, text.length]), 100);
    expect(description.length).toBeLessThanOrEqual(100);
    expect(description).toMatch(/^\*\*x .*…\*\*$/);
  });
});

describe('other replies', () => {
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

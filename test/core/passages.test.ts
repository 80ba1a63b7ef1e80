import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, Passage, splitParagraph } from '../../src/core/passages.js';
import { indexOf, shippedIndex } from '../helpers.js';

describe('passages', () => {
  it('are the article paragraphs, with ids made of the document id and paragraph number', async () => {
    const { passages } = await shippedIndex();
    expect(passages).toHaveLength(14);
    expect(passages.map((p) => p.id)).toEqual(
      Array.from({ length: 14 }, (_, i) => `stoltenberg-sarkisian-brussels-2017#p${i + 1}`),
    );
    expect(passages.map((p) => p.paragraph)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('keep sentence boundaries that cover the text', async () => {
    const { passages } = await shippedIndex();
    const third = passages[2]!;
    expect(third.sentences.map(([s, e]) => third.text.slice(s, e).trim())).toEqual([
      '“It is important to avoid escalation,” he told reporters after talks with Sarkisian held at the NATO headquarters.',
      '“Because there is no military solution to this conflict.',
      'And its persistence is holding back the region.”',
    ]);
    for (const passage of passages) {
      expect(passage.sentences[0]![0]).toBe(0);
      expect(passage.sentences.at(-1)![1]).toBe(passage.text.length);
    }
  });

  it('split a long paragraph between sentences, each part at most 700 characters', () => {
    const sentence = (n: number) => `Sentence number ${n} talks about ${'something '.repeat(12).trim()}.`;
    const paragraph = Array.from({ length: 12 }, (_, i) => sentence(i + 1)).join(' ');
    const parts = splitParagraph(paragraph);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(part).toMatch(/^Sentence number \d+ .*\.$/);
    }
    expect(parts.join(' ')).toBe(paragraph);
  });

  it('find the same sentences in a text of many kilobytes, read a window at a time, as in one pass', () => {
    const shapes = ['He said so.', 'She asked: "Why now?"', 'They left (quietly)!', 'It cost $4.5 million… Then fell.'];
    const text = Array.from({ length: 2000 }, (_, i) => `${shapes[i % shapes.length]} Item ${i}.`).join(' ');
    const meta = { id: 'doc', title: 'Doc', publisher: 'P', url: 'https://example.org', published: '2020-01-01' };
    const windowed = new Passage('doc#p1', meta as never, 1, text).sentences;
    const onePass = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map(
      ({ index, segment }) => [index, index + segment.length],
    );
    expect(text.length).toBeGreaterThan(50_000);
    expect(windowed).toEqual(onePass);
  });

  it('end no sentence at the full stop of a title before a name ("Mr.", "Dr.", "Gen."), but do after "Jr."', () => {
    const meta = { id: 'doc', title: 'Doc', publisher: 'P', url: 'https://example.org', published: '2020-01-01' };
    const sentencesOf = (text: string) =>
      new Passage('doc#p1', meta as never, 1, text).sentences.map(([s, e]) => text.slice(s, e).trim());
    expect(
      sentencesOf('“It holds,” said Mr. Reeves, a fellow at Harvard. Dr. Lind met Gen. Osei in St. Louis.'),
    ).toEqual(['“It holds,” said Mr. Reeves, a fellow at Harvard.', 'Dr. Lind met Gen. Osei in St. Louis.']);
    expect(sentencesOf('The deal was signed by Tom Hale Jr. The port opened a day later.')).toEqual([
      'The deal was signed by Tom Hale Jr.',
      'The port opened a day later.',
    ]);
  });

  it('end no sentence at a middle initial ("Donald J. Trump"), but do after an abbreviation in lower-case text ("the U.S.")', () => {
    const meta = { id: 'doc', title: 'Doc', publisher: 'P', url: 'https://example.org', published: '2020-01-01' };
    const sentencesOf = (text: string) =>
      new Passage('doc#p1', meta as never, 1, text).sentences.map(([s, e]) => text.slice(s, e).trim());
    expect(sentencesOf("They briefed President-elect Donald J. Trump's team. He did not say more.")).toEqual([
      "They briefed President-elect Donald J. Trump's team.",
      'He did not say more.',
    ]);
    expect(sentencesOf('The deal was signed with the U.S. The port opened a day later.')).toEqual([
      'The deal was signed with the U.S.',
      'The port opened a day later.',
    ]);
  });

  it('end no sentence at a dotted abbreviation before a word that goes on with it ("the U.S. Embassy", "p.m. BST")', () => {
    const meta = { id: 'doc', title: 'Doc', publisher: 'P', url: 'https://example.org', published: '2020-01-01' };
    const sentencesOf = (text: string) =>
      new Passage('doc#p1', meta as never, 1, text).sentences.map(([s, e]) => text.slice(s, e).trim());
    expect(sentencesOf('In 2012, crowds stormed the U.S. Embassy in Port Lea. The U.N. Security Council met.')).toEqual(
      ['In 2012, crowds stormed the U.S. Embassy in Port Lea.', 'The U.N. Security Council met.'],
    );
    expect(sentencesOf('The ferry sank at 8:30 p.m. BST on Monday. All were saved.')).toEqual([
      'The ferry sank at 8:30 p.m. BST on Monday.',
      'All were saved.',
    ]);
    // A sentence after one opens with a function word or a quotation, and is its own.
    expect(sentencesOf('The deal was signed with the U.K. “It holds,” the minister said.')).toEqual([
      'The deal was signed with the U.K.',
      '“It holds,” the minister said.',
    ]);
  });

  it('keep a title and its name together where a window of the segmenter ends between them', () => {
    const meta = { id: 'doc', title: 'Doc', publisher: 'P', url: 'https://example.org', published: '2020-01-01' };
    const filler = 'The harbour stayed open all week. ';
    // "Mr. " ends exactly where the first 4,096-character window does.
    const lead = filler.repeat(Math.floor((4096 - 4) / filler.length));
    const text = `${lead}${'x'.repeat(4096 - 4 - lead.length - 1)} Mr. Reeves said the harbour would stay open.`;
    expect(text.indexOf('Mr. ') + 4).toBe(4096);
    const passage = new Passage('doc#p1', meta as never, 1, text);
    const last = passage.sentences.at(-1)!;
    expect(text.slice(last[0], last[1])).toMatch(/Mr\. Reeves said the harbour would stay open\.$/);
  });

  it('split a paragraph of half a megabyte into whole sentences of at most 700 characters', () => {
    const paragraph = Array.from({ length: 12_000 }, (_, i) => `The harbour master spoke on day ${i}.`).join(' ');
    const parts = splitParagraph(paragraph);
    expect(paragraph.length).toBeGreaterThan(400_000);
    expect(parts.join(' ')).toBe(paragraph);
    expect(parts.every((part) => part.length <= MAX_PASSAGE_CHARS && /^The .*\.$/.test(part))).toBe(true);
  });

  it('cut a single sentence longer than the limit at a space', () => {
    const parts = splitParagraph(`${'word '.repeat(400).trim()}.`);
    expect(parts.every((part) => part.length <= MAX_PASSAGE_CHARS && !part.startsWith(' '))).toBe(true);
  });

  it('number the parts of a split paragraph after the paragraph', () => {
    const long = Array.from({ length: 30 }, (_, i) => `This is sentence ${i} of the long paragraph.`).join(' ');
    const index = indexOf(['Short first paragraph.', long]);
    expect(index.passages.map((p) => p.id)).toEqual(['test-doc#p1', 'test-doc#p2.1', 'test-doc#p2.2']);
    expect(index.passages.map((p) => p.paragraph)).toEqual([1, 2, 2]);
  });
});

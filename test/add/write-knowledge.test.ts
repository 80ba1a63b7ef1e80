import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  placeArticle,
  planKnowledge,
  renderKnowledgeFile,
  slugOf,
  writeKnowledge,
  writePlanned,
} from '../../src/add/write-knowledge.js';
import { parseKnowledgeFile } from '../../src/core/knowledge.js';

const META = {
  title: 'Breaking: "quotes", colons & #hashes',
  publisher: 'Yes',
  published: '2024-01-31',
  url: 'https://example.org/news/breaking?id=1',
  language: 'fr-CA',
};

describe('the knowledge file written', () => {
  it('reads back as exactly the metadata and paragraphs given, whatever characters they hold', () => {
    const paragraphs = [
      '# Not a heading but a paragraph',
      '---',
      'Line one\nline two',
      'Plain text: with a colon, "quotes" and ---.',
    ];
    const document = parseKnowledgeFile('x.md', renderKnowledgeFile({ ...META, id: 'breaking' }, paragraphs));
    expect(document).toMatchObject({ ...META, id: 'breaking' });
    expect(document.paragraphs).toEqual([
      '\\# Not a heading but a paragraph',
      '\\---',
      'Line one line two',
      'Plain text: with a colon, "quotes" and ---.',
    ]);
  });
});

describe('control characters in a page', () => {
  it('are not written into the knowledge file', () => {
    const text = renderKnowledgeFile({ ...META, title: 'A\u001b[2J title', id: 'x' }, ['Text\u001b]0;PWNED\u0007.']);
    expect(text).not.toMatch(/\p{Cc}(?<![\n])/u);
    expect(parseKnowledgeFile('x.md', text)).toMatchObject({ title: 'A[2J title', paragraphs: ['Text]0;PWNED.'] });
  });
});

describe('the id of a new article', () => {
  it('comes from its title, folded to lower-case letters, digits and hyphens, at most 60 characters', () => {
    expect(slugOf('Un troisième Français mort dans le séisme au Népal')).toBe(
      'un-troisieme-francais-mort-dans-le-seisme-au-nepal',
    );
    expect(slugOf("Obama admits US gun laws are his 'biggest frustration'")).toBe(
      'obama-admits-us-gun-laws-are-his-biggest-frustration',
    );
    const long = slugOf(
      'A very long headline about the many things that happened in the city council meeting last night',
    );
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('a-very-long-headline-about-the-many-things-that-happened-in');
  });

  it('comes from the address when the title has no Latin letters', () => {
    expect(
      placeArticle({ ...META, title: 'Новый закон о выборах', url: 'https://example.ru/news/novyi-zakon.html' }, []),
    ).toEqual({
      file: 'novyi-zakon.md',
      id: 'novyi-zakon',
      replaced: false,
    });
    expect(placeArticle({ ...META, title: 'Новый закон', url: 'https://example.ru/' }, []).id).toBe('article');
  });
});

describe('writing into the knowledge folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'citebot-write-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates the folder if needed and leaves no temporary file behind', async () => {
    const folder = path.join(dir, 'knowledge');
    const written = await writeKnowledge(folder, META, ['One.', 'Two.']);
    expect(written).toMatchObject({ file: 'breaking-quotes-colons-hashes.md', passages: 2, replaced: false });
    expect(await readdir(folder)).toEqual(['breaking-quotes-colons-hashes.md']);
    expect(parseKnowledgeFile('f.md', await readFile(path.join(folder, written.file), 'utf8')).paragraphs).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('writes several articles all or none: a write failing on the last leaves the folder as it was', async () => {
    await writeKnowledge(dir, { ...META, url: 'https://example.org/old' }, ['Kept as it was.']);
    const before = await readdir(dir);
    const planned = await planKnowledge(dir, [
      { meta: { ...META, title: 'First', url: 'https://example.org/first' }, paragraphs: ['One.'] },
      { meta: { ...META, title: 'Second', url: 'https://example.org/second' }, paragraphs: ['Two.'] },
    ]);
    // A real failure of the file system (no such folder), as a full disk would fail the write.
    const failing = [planned[0]!, { ...planned[1]!, file: path.join('no-such-folder', planned[1]!.file) }];
    await expect(writePlanned(dir, failing)).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual(before);

    const written = await writePlanned(dir, planned);
    expect(written.map((article) => article.file)).toEqual(['first.md', 'second.md']);
    expect((await readdir(dir)).sort()).toEqual([...before, 'first.md', 'second.md'].sort());
  });

  it('says which files were in place when a rename fails, and leaves no temporary file behind', async () => {
    const planned = await planKnowledge(dir, [
      { meta: { ...META, title: 'First', url: 'https://example.org/first' }, paragraphs: ['One.'] },
      { meta: { ...META, title: 'Second', url: 'https://example.org/second' }, paragraphs: ['Two.'] },
    ]);
    // Something makes a folder where the second file goes, after it was planned.
    await mkdir(path.join(dir, 'second.md'));
    await expect(writePlanned(dir, planned)).rejects.toThrow(/^first\.md written, the rest not: .*EISDIR/);
    expect((await readdir(dir)).sort()).toEqual(['first.md', 'second.md']);
  });

  it('an article the knowledge reader would refuse is not written', async () => {
    await expect(writeKnowledge(dir, { ...META, language: 'Français' }, ['One.'])).rejects.toThrow(
      /front matter field "language"/,
    );
    await expect(writeKnowledge(dir, META, [])).rejects.toThrow(/the body is empty/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('the same address with another fragment or trailing slash is the same article', async () => {
    await writeKnowledge(dir, { ...META, url: 'https://example.org/news/story/' }, ['One.']);
    const again = await writeKnowledge(
      dir,
      { ...META, title: 'Other title', url: 'https://example.org/news/story#comments' },
      ['Two.'],
    );
    expect(again).toMatchObject({ file: 'breaking-quotes-colons-hashes.md', replaced: true });
    expect(await readdir(dir)).toHaveLength(1);
  });
});

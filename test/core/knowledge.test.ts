import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/engine.js';
import { KnowledgeError, loadKnowledge, parseKnowledgeFile } from '../../src/core/knowledge.js';
import { knowledgeSource, VALID_FIELDS } from '../helpers.js';
import { temporaryFolder } from '../temporary-folder.js';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = temporaryFolder('knowledge');
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function loadError(files: Record<string, string>): Promise<KnowledgeError> {
  const error = await loadKnowledge(await folderWith(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe('the shipped article', () => {
  it('has the citation fields and a descriptive title', async () => {
    const [document, ...others] = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    expect(others).toEqual([]);
    expect(document).toMatchObject({
      id: 'stoltenberg-sarkisian-brussels-2017',
      title: 'NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels',
      publisher: 'Azatutyun (RFE/RL Armenian Service)',
      url: 'https://azatutyun.am/a/28336839.html',
      published: '2017-02-27',
      language: 'en',
    });
  });

  it('holds the article paragraphs without the trailing page chrome', async () => {
    const [document] = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const source = await readFile(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
    const articleLines = source
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(articleLines.at(-1)).toBe('Facebook Forum');
    expect(document!.paragraphs).toEqual(articleLines.slice(0, -1));
  });
});

describe('parsing a knowledge file', () => {
  it('reads front matter and blank-line separated paragraphs, joining wrapped lines', () => {
    const document = parseKnowledgeFile(
      'my-doc.md',
      knowledgeSource(VALID_FIELDS, ['First line\nwrapped.', '# A heading', 'Second.']),
    );
    expect(document.id).toBe('my-doc');
    expect(document.paragraphs).toEqual(['First line wrapped.', 'Second.']);
  });

  it('leaves out a heading or rule written straight above or below its paragraph, and keeps the paragraph', () => {
    const document = parseKnowledgeFile(
      'my-doc.md',
      knowledgeSource(VALID_FIELDS, ['## Background\nThe harbour master resigned.', 'Second.\n***', '#\n---']),
    );
    expect(document.paragraphs).toEqual(['The harbour master resigned.', 'Second.']);
  });

  it('leaves out control characters a page can carry (terminal escapes), keeping tabs and line breaks', () => {
    const document = parseKnowledgeFile(
      'my-doc.md',
      knowledgeSource({ ...VALID_FIELDS, title: 'Ti\u001b]0;PWNED\u0007tle' }, ['Clear\u001b[2J text\u0085.']),
    );
    expect([document.title, document.paragraphs]).toEqual(['Ti]0;PWNEDtle', ['Clear[2J text.']]);
  });

  it('takes the id from the front matter when given', () => {
    expect(parseKnowledgeFile('x.md', knowledgeSource({ ...VALID_FIELDS, id: 'custom-id' }, ['Text.'])).id).toBe(
      'custom-id',
    );
  });

  it.each([
    ['no front matter', 'Just text.', /no front matter/],
    ['invalid YAML', '---\ntitle: [unclosed\n---\nText.', /not valid YAML/],
    ['front matter that is not fields', '---\njust a line\n---\nText.', /front matter: must be fields/],
    [
      'a missing publisher',
      '---\ntitle: T\nurl: https://example.org/a\npublished: 2017-02-27\nlanguage: en\n---\nText.',
      /"publisher": is missing/,
    ],
    ['a missing title', knowledgeSource({ ...VALID_FIELDS, title: '' }, ['Text.']), /"title"/],
    [
      'a date that is not in the calendar',
      knowledgeSource({ ...VALID_FIELDS, published: '2017-02-30' }, ['Text.']),
      /"published"/,
    ],
    ['a bad url', knowledgeSource({ ...VALID_FIELDS, url: 'not a url' }, ['Text.']), /"url"/],
    ['a bad date', knowledgeSource({ ...VALID_FIELDS, published: '27/02/2017' }, ['Text.']), /"published"/],
    ['an empty body', knowledgeSource(VALID_FIELDS, []), /body is empty/],
  ])('rejects %s, naming the file', (_case, source, problem) => {
    expect(() => parseKnowledgeFile('bad.md', source)).toThrow(KnowledgeError);
    expect(() => parseKnowledgeFile('bad.md', source)).toThrow(problem);
    expect(() => parseKnowledgeFile('bad.md', source)).toThrow(/^bad\.md: /);
  });
});

describe('loading a knowledge folder', () => {
  it('loads every .md file in name order and ignores other files', async () => {
    const dir = await folderWith({
      'b.md': knowledgeSource(VALID_FIELDS, ['B.']),
      'a.md': knowledgeSource(VALID_FIELDS, ['A.']),
      'notes.txt': 'not knowledge',
    });
    expect((await loadKnowledge(dir)).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('stops on the first bad file instead of loading the rest', async () => {
    const error = await loadError({ 'a.md': knowledgeSource(VALID_FIELDS, ['A.']), 'b.md': 'no front matter' });
    expect(error.message).toMatch(/^b\.md: no front matter/);
  });

  it('rejects two files with the same id', async () => {
    const error = await loadError({
      'a.md': knowledgeSource({ ...VALID_FIELDS, id: 'same' }, ['A.']),
      'b.md': knowledgeSource({ ...VALID_FIELDS, id: 'same' }, ['B.']),
    });
    expect(error.message).toBe('b.md: duplicate id "same", already used by a.md');
  });

  it('rejects an unreadable file', async () => {
    const dir = await folderWith({});
    await mkdir(path.join(dir, 'folder.md'));
    const error = await loadKnowledge(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^folder\.md: cannot read the file/);
  });

  it('rejects a FIFO named like a knowledge file at once, instead of waiting on it', async () => {
    const dir = await folderWith({ 'a.md': knowledgeSource(VALID_FIELDS, ['A.']) });
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    await expect(loadKnowledge(dir)).rejects.toThrow('pipe.md: cannot read the file (not a regular file)');
  });

  it('rejects a missing or empty folder', async () => {
    await expect(loadKnowledge('/nonexistent/citebot')).rejects.toThrow(/cannot read the knowledge folder/);
    await expect(loadKnowledge(await folderWith({}))).rejects.toThrow(/no \.md files/);
  });
});

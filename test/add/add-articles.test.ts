import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AddError, addArticles } from '../../src/add/add-articles.js';
import { answerQuestion } from '../../src/core/answer.js';
import { loadIndex } from '../../src/core/engine.js';
import { parseKnowledgeFile } from '../../src/core/knowledge.js';
import { knowledgeSource, VALID_FIELDS } from '../helpers.js';
import { type PageServer, startPageServer } from './page-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = path.join(root, 'test/fixtures/pages');
const BBC = path.join(pages, 'bbc-news.html');
const LIBERATION = path.join(pages, 'liberation.html');
const BBC_URL = 'http://www.bbc.com/news/world-us-canada-33646704';
const BBC_FILE = 'obama-admits-us-gun-laws-are-his-biggest-frustration.md';

let dir: string;
let server: PageServer;

beforeAll(async () => {
  const html = readFileSync(BBC);
  server = await startPageServer({
    '/news/obama': (response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    '/moved': (response) => response.writeHead(301, { location: '/news/obama' }).end(),
  });
});

afterAll(() => server.close());

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'citebot-add-'));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

async function addError(sources: string[], flags = {}): Promise<string> {
  const error = await addArticles(sources, { dir, flags }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AddError);
  return (error as AddError).message;
}

describe('adding an article to the knowledge folder', () => {
  it('writes one knowledge file that the knowledge reader accepts, and nothing else', async () => {
    const [written] = await addArticles([BBC], { dir });
    expect(written).toMatchObject({ file: BBC_FILE, replaced: false, passages: 40 });
    expect(await readdir(dir)).toEqual([BBC_FILE]);
    const document = parseKnowledgeFile(BBC_FILE, await readFile(path.join(dir, BBC_FILE), 'utf8'));
    expect(document).toMatchObject({
      id: 'obama-admits-us-gun-laws-are-his-biggest-frustration',
      title: "Obama admits US gun laws are his 'biggest frustration'",
      publisher: 'BBC News',
      url: BBC_URL,
      published: '2015-07-24',
      language: 'en',
    });
    expect(document.paragraphs[0]).toMatch(/^President Barack Obama has admitted/);
  });

  it('from an address: the canonical URL the page names, after redirects', async () => {
    const [written] = await addArticles([server.url('/moved')], { dir });
    expect(written!.document.url).toBe(BBC_URL);
  });

  it('flags fill in and override what the page says', async () => {
    const [written] = await addArticles([LIBERATION], {
      dir,
      flags: {
        title: 'Séisme au Népal',
        publisher: 'Libération',
        published: '2015-05-01',
        url: 'https://www.liberation.fr/a/1',
        language: 'fr-FR',
        id: 'nepal',
      },
    });
    expect(written!.file).toBe('nepal.md');
    expect(written!.document).toMatchObject({
      id: 'nepal',
      title: 'Séisme au Népal',
      publisher: 'Libération',
      published: '2015-05-01',
      url: 'https://www.liberation.fr/a/1',
      language: 'fr-FR',
    });
  });

  it('a required field the page lacks is an error naming its flag, and nothing is written', async () => {
    const file = path.join(dir, 'bare.html');
    const body = Array.from(
      { length: 5 },
      () =>
        '<p>The harbour master said the ships came in late during the storm and the quay was closed until morning.</p>',
    ).join('');
    await writeFile(file, `<html><head><title>Ships</title></head><body><article>${body}</article></body></html>`);
    expect(await addError([file])).toBe(`${file}: the page does not say its publisher: pass --publisher`);
    expect(await addError([file], { publisher: 'Harbour News' })).toBe(
      `${file}: the page does not say its publication date: pass --published YYYY-MM-DD`,
    );
    expect(await addError([file], { publisher: 'Harbour News', published: '2024-02-30' })).toMatch(
      /--published must be a date written YYYY-MM-DD/,
    );
    expect(await addError([file], { publisher: 'Harbour News', published: '2024-02-03' })).toBe(
      `${file}: the page does not say its address: pass --url`,
    );
    expect(
      await addError([file], { publisher: 'Harbour News', published: '2024-02-03', url: 'https://example.org/ships' }),
    ).toBe(`${file}: the page does not say its language: pass --language`);
    expect(await readdir(dir)).toEqual(['bare.html']);
    const [written] = await addArticles([file], {
      dir,
      flags: { publisher: 'Harbour News', published: '2024-02-03', url: 'https://example.org/ships', language: 'en' },
    });
    expect(written!.file).toBe('ships.md');
  });

  it('if any page fails, nothing is written, not even the pages that worked', async () => {
    expect(await addError([BBC, path.join(dir, 'missing.html')])).toBe(
      `${path.join(dir, 'missing.html')}: no such file`,
    );
    expect(await addError([BBC, 'javascript:alert(1)'])).toBe(
      'javascript:alert(1): only http and https addresses can be added, not javascript:',
    );
    expect(await addError([BBC, server.url('/gone')])).toMatch(/answered HTTP 404/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('the same article again (same canonical URL) replaces its file', async () => {
    await addArticles([BBC], { dir });
    const [again] = await addArticles([BBC], { dir, flags: { title: 'Obama on gun laws' } });
    expect(again).toMatchObject({ file: BBC_FILE, replaced: true });
    expect(await readdir(dir)).toEqual([BBC_FILE]);
    expect(parseKnowledgeFile(BBC_FILE, await readFile(path.join(dir, BBC_FILE), 'utf8')).title).toBe(
      'Obama on gun laws',
    );
  });

  it('an --id another article uses is refused for an article it replaces, and nothing is written', async () => {
    await addArticles([BBC], { dir });
    const taken = knowledgeSource({ ...VALID_FIELDS, id: 'taken-id', url: 'https://example.org/x' }, ['Text.']);
    await writeFile(path.join(dir, 'other.md'), taken);
    const before = await readdir(dir);
    // The first page would be written under a free id; the second, which replaces BBC_FILE, is refused.
    await expect(addArticles([LIBERATION, BBC], { dir, flags: { id: 'taken-id' } })).rejects.toThrow(
      '--id taken-id is already used by other.md: choose another, or leave --id out',
    );
    expect(await readdir(dir)).toEqual(before);
    await expect(loadIndex(dir)).resolves.toBeDefined();
  });

  it('a different article whose id would collide gets a distinct id', async () => {
    const other = knowledgeSource({ ...VALID_FIELDS, url: 'https://example.org/another-article' }, [
      'Another article entirely.',
    ]);
    await writeFile(path.join(dir, BBC_FILE), other);
    await writeFile(
      path.join(dir, 'with-id.md'),
      knowledgeSource(
        { ...VALID_FIELDS, id: 'obama-admits-us-gun-laws-are-his-biggest-frustration-2', url: 'https://example.org/x' },
        ['Text.'],
      ),
    );
    const [written] = await addArticles([BBC], { dir });
    expect(written).toMatchObject({
      file: 'obama-admits-us-gun-laws-are-his-biggest-frustration-3.md',
      replaced: false,
    });
    expect(await readFile(path.join(dir, BBC_FILE), 'utf8')).toBe(other);
    await expect(loadIndex(dir)).resolves.toBeDefined();
  });

  it('after adding, a question about the article is answered with its citation', async () => {
    await addArticles([BBC], { dir });
    const answer = answerQuestion(await loadIndex(dir), 'What is the greatest frustration of Obama presidency?');
    expect(answer.status).toBe('answered');
    expect(answer.best!.text).toMatch(/common sense gun safety laws/);
    expect(answer.best!.citation).toEqual({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      publisher: 'BBC News',
      url: BBC_URL,
      published: '2015-07-24',
      paragraph: 1,
    });
  });
});

/** Runs a CLI as `npm run <name>` does, with the knowledge folder given. */
function run(script: string, args: string[], knowledge: string) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: knowledge, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: for addresses served by this test process. */
function runAsync(
  script: string,
  args: string[],
  knowledge: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: root,
      env: { ...process.env, KNOWLEDGE_DIR: knowledge },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the add command', () => {
  it('adds from an address, and says in one line why an address failed', async () => {
    const added = await runAsync('dist/cli/add.js', [server.url('/moved')], dir);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`wrote ${path.join(dir, BBC_FILE)}\n`);
    const failed = await runAsync('dist/cli/add.js', [server.url('/gone')], dir);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(`add: ${server.url('/gone')} answered HTTP 404 Not Found\n`);
    expect(await readdir(dir)).toEqual([BBC_FILE]);
  });

  it('prints the file, title, publisher, date and passage count; then ask answers from it', () => {
    const added = run('dist/cli/add.js', [BBC, LIBERATION], dir);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(
      [
        `wrote ${path.join(dir, BBC_FILE)}`,
        "  title:     Obama admits US gun laws are his 'biggest frustration'",
        '  publisher: BBC News',
        '  published: 2015-07-24',
        '  passages:  40',
        `wrote ${path.join(dir, 'un-troisieme-francais-mort-dans-le-seisme-au-nepal.md')}`,
        '  title:     Un troisième Français mort dans le séisme au Népal',
        '  publisher: Libération.fr',
        '  published: 2015-04-30',
        '  passages:  5',
        '',
      ].join('\n'),
    );
    const asked = run('dist/cli/ask.js', ['Where is the president expected to meet his relatives?'], dir);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Nairobi');
    expect(asked.stdout).toContain(
      "Obama admits US gun laws are his 'biggest frustration'. BBC News, 2015-07-24, paragraph 35.",
    );
    expect(asked.stdout).toContain(BBC_URL);
  });

  it('a failure is one line on stderr, exit code 1, nothing written', async () => {
    const failed = run('dist/cli/add.js', [BBC, 'file:///etc/passwd'], dir);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toBe('add: file:///etc/passwd: only http and https addresses can be added, not file:\n');
    expect(await readdir(dir)).toEqual([]);
  });

  it('no page given is a usage error', () => {
    const result = run('dist/cli/add.js', [], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^add: no page or address given\nusage: npm run add/);
  });
});

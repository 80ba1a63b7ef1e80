import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, loadPage, PageError } from '../../src/add/fetch-page.js';
import { type PageServer, startPageServer } from './page-server.js';

const ARTICLE =
  '<!doctype html><html lang="fr"><head><title>Le port</title></head><body><p>Les navires sont rentrés au port.</p></body></html>';

let server: PageServer;
let folder: string;

beforeAll(async () => {
  server = await startPageServer({
    '/article': (response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/xhtml': (response) => response.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end(ARTICLE),
    '/latin1-header': (response) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(ARTICLE, 'latin1')),
    '/latin1-meta': (response) =>
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(Buffer.from(ARTICLE.replace('<head>', '<head><meta charset="windows-1252">'), 'latin1')),
    '/redirect/*': (response, at) => {
      const left = Number(at.split('/').pop());
      response
        .writeHead(
          left > 0 ? 302 : 200,
          left > 0 ? { location: `/redirect/${left - 1}` } : { 'content-type': 'text/html' },
        )
        .end(left > 0 ? '' : ARTICLE);
    },
    '/loop': (response) => response.writeHead(301, { location: '/loop' }).end(),
    '/to-file': (response) => response.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/json': (response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"not a page"}'),
    '/no-type': (response) => response.writeHead(200).end(ARTICLE),
    '/error': (response) => response.writeHead(500, { 'content-type': 'text/html' }).end('<p>oops</p>'),
    '/big-declared': (response) =>
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) }).end(),
    '/big-streamed': (response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) {
            response.once('drain', more);
            return;
          }
        }
        response.end();
      };
      more();
    },
    '/silent': () => {
      // Never answers: the request hangs until the client gives up.
    },
    '/stalls': (response) => {
      // Headers, then a body that never ends.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>The first words');
    },
  });
  folder = await mkdtemp(path.join(tmpdir(), 'citebot-pages-'));
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const SHORT = { timeoutMs: 300 };

async function failure(source: string, limits = {}): Promise<string> {
  const error = await loadPage(source, limits).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PageError);
  return (error as PageError).message;
}

describe('fetching a page by its address', () => {
  it('reads an HTML page and says where it came from', async () => {
    expect(await loadPage(server.url('/article'))).toEqual({ html: ARTICLE, url: server.url('/article') });
    expect((await loadPage(server.url('/xhtml'))).html).toBe(ARTICLE);
  });

  it('decodes the charset named by the headers, else by the page', async () => {
    expect((await loadPage(server.url('/latin1-header'))).html).toContain('Les navires sont rentrés au port.');
    expect((await loadPage(server.url('/latin1-meta'))).html).toContain('Les navires sont rentrés au port.');
  });

  it('follows up to 5 redirects and reports the address it landed on', async () => {
    expect(await loadPage(server.url('/redirect/5'))).toEqual({ html: ARTICLE, url: server.url('/redirect/0') });
  });

  it('gives up after 5 redirects, and on a redirect loop', async () => {
    expect(await failure(server.url('/redirect/6'))).toMatch(/more than 5 redirects/);
    expect(await failure(server.url('/loop'))).toMatch(/more than 5 redirects/);
  });

  it('never follows a redirect out of http and https', async () => {
    expect(await failure(server.url('/to-file'))).toMatch(/redirects to a file: address/);
  });

  it('reports an HTTP error status', async () => {
    expect(await failure(server.url('/nowhere'))).toMatch(/answered HTTP 404/);
    expect(await failure(server.url('/error'))).toMatch(/answered HTTP 500/);
  });

  it('refuses what is not HTML', async () => {
    expect(await failure(server.url('/json'))).toMatch(/not an HTML page \(content type application\/json\)/);
    expect(await failure(server.url('/no-type'))).toMatch(/not an HTML page \(content type missing\)/);
  });

  it('stops reading past the size limit, declared or not', async () => {
    expect(await failure(server.url('/big-declared'))).toMatch(/larger than 5 MB/);
    expect(await failure(server.url('/big-streamed'))).toMatch(/larger than 5 MB/);
  });

  it('gives up on a server that never answers, or never finishes, within the time limit', async () => {
    expect(await failure(server.url('/silent'), SHORT)).toMatch(/did not answer in full within 0.3 s/);
    expect(await failure(server.url('/stalls'), SHORT)).toMatch(/did not answer in full within 0.3 s/);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = await startPageServer({});
    const address = closed.url('/article');
    await closed.close();
    expect(await failure(address)).toMatch(/cannot fetch .*ECONNREFUSED/);
  });
});

describe('what can be added', () => {
  it('only http and https addresses', async () => {
    expect(await failure('file:///etc/passwd')).toBe('only http and https addresses can be added, not file:');
    expect(await failure('javascript:alert(1)')).toBe('only http and https addresses can be added, not javascript:');
    expect(await failure('ftp://example.org/page.html')).toBe('only http and https addresses can be added, not ftp:');
  });

  it('a saved page file, in the charset it declares', async () => {
    const file = path.join(folder, 'saved.html');
    await writeFile(
      file,
      Buffer.from(
        ARTICLE.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
        'latin1',
      ),
    );
    expect((await loadPage(file)).html).toContain('rentrés');
    expect((await loadPage(file)).url).toBeUndefined();
  });

  it('not a file that does not exist, nor a folder', async () => {
    expect(await failure(path.join(folder, 'missing.html'))).toBe(`${path.join(folder, 'missing.html')}: no such file`);
    expect(await failure(folder)).toBe(`${folder}: not a file`);
  });
});

describe('decoding a page', () => {
  it('UTF-8 unless told otherwise; an unknown charset label falls back', () => {
    const bytes = Buffer.from('<p>Größe</p>', 'utf8');
    expect(decodeHtml(bytes, undefined)).toBe('<p>Größe</p>');
    expect(decodeHtml(bytes, 'text/html; charset=no-such-charset')).toBe('<p>Größe</p>');
  });

  it('UTF-16 by its byte order mark, whatever the page declares; a "utf-16" declaration read as ASCII is UTF-8', () => {
    const html = '<meta charset="utf-16"><p>Größe</p>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeHtml(le, undefined)).toBe(html);
    expect(decodeHtml(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'text/html; charset=utf-8')).toBe(html);
    expect(decodeHtml(Buffer.from(html, 'utf8'), undefined)).toBe(html);
  });
});

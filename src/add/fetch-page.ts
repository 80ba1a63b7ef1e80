import { readFile, stat } from 'node:fs/promises';
import { isHttp } from '../core/index.js';

/** A page's HTML and where it came from (the address after redirects; none for a file). */
export interface LoadedPage {
  html: string;
  url?: string;
}

/** Why a page could not be read, in one line. */
export class PageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageError';
  }
}

export interface FetchLimits {
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/** Reads a page from a saved file or from an http(s) address. Throws PageError. */
export async function loadPage(source: string, limits: Partial<FetchLimits> = {}): Promise<LoadedPage> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(source)?.[1]?.toLowerCase();
  // "C:\page.html" is a Windows path, not a scheme.
  if (scheme && !(scheme.length === 1 && /^[a-z]:[\\/]/i.test(source))) {
    if (scheme !== 'http' && scheme !== 'https')
      throw new PageError(`only http and https addresses can be added, not ${scheme}:`);
    return fetchPage(source, { ...DEFAULT_LIMITS, ...limits });
  }
  return readPageFile(source, { ...DEFAULT_LIMITS, ...limits }.maxBytes);
}

/** A saved page on disk. */
async function readPageFile(file: string, maxBytes: number): Promise<LoadedPage> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new PageError(`${file}: not a file`);
    if (info.size > maxBytes) throw new PageError(`${file} is larger than ${megabytes(maxBytes)}`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof PageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? String(error)})`,
    );
  }
  return { html: decodeHtml(bytes, undefined) };
}

/**
 * Fetches an HTML page: http and https only, at most `maxRedirects` redirects, `timeoutMs` for
 * everything, at most `maxBytes` read, HTML content types only. Throws PageError.
 */
async function fetchPage(address: string, limits: FetchLimits): Promise<LoadedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = httpAddress(address);
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'citebot (npm run add)' },
        });
      } catch (error) {
        throw controller.signal.aborted
          ? timeoutError(address, limits)
          : new PageError(`cannot fetch ${url.href} (${causeOf(error)})`);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= limits.maxRedirects)
          throw new PageError(`more than ${limits.maxRedirects} redirects from ${address}`);
        url = redirectTarget(response.headers.get('location')!, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new PageError(
          `${url.href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!isHtmlType(contentType)) {
        await response.body?.cancel().catch(() => {});
        throw new PageError(
          `${url.href} is not an HTML page (content type ${contentType.split(';')[0]!.trim() || 'missing'})`,
        );
      }
      const bytes = await readBody(response, limits, controller.signal, url.href);
      return { html: decodeHtml(bytes, contentType), url: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}

function httpAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new PageError(`not a valid address: ${address}`);
  }
  if (!isHttp(url)) throw new PageError(`only http and https addresses can be added, not ${url.protocol}`);
  return url;
}

function redirectTarget(location: string, from: URL): URL {
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    throw new PageError(`${from.href} redirects to an invalid address`);
  }
  if (!isHttp(url)) throw new PageError(`${from.href} redirects to a ${url.protocol} address, which cannot be fetched`);
  return url;
}

async function readBody(
  response: Response,
  limits: FetchLimits,
  signal: AbortSignal,
  url: string,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(url, limits);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) throw tooLarge(url, limits);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    if (error instanceof PageError) throw error;
    throw signal.aborted ? timeoutError(url, limits) : new PageError(`cannot read ${url} (${causeOf(error)})`);
  }
  return Buffer.concat(chunks, total);
}

function isHtmlType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * The page's text in its own character set, as browsers find it: a byte order mark, else the
 * charset the headers name, else the one the page declares in its first bytes (`<meta charset>`),
 * else UTF-8.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | undefined): string {
  const fromBom = byteOrderMarkEncoding(bytes);
  const fromHeader = charsetOf(contentType ?? '');
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  // A declaration readable as ASCII cannot be in UTF-16: HTML reads "utf-16" there as UTF-8.
  const fromPage = declared && /^utf-?16/i.test(declared) ? 'utf-8' : declared;
  for (const label of [fromBom, fromHeader, fromPage]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next source.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function byteOrderMarkEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}

function tooLarge(url: string, limits: FetchLimits): PageError {
  return new PageError(`${url} is larger than ${megabytes(limits.maxBytes)}`);
}

function timeoutError(address: string, limits: FetchLimits): PageError {
  return new PageError(`${address} did not answer in full within ${limits.timeoutMs / 1000} s`);
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${bytes} bytes`;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

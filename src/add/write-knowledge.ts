import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  firstLineOf,
  isKnowledgeFileName,
  type KnowledgeDocument,
  parseKnowledgeFile,
  toPassages,
  withoutControlCharacters,
} from '../core/index.js';
import { type ArticleMeta, MetadataError } from './resolve.js';

export interface WrittenArticle {
  /** The file's name in the knowledge folder. */
  file: string;
  document: KnowledgeDocument;
  /** How many passages the index makes of it. */
  passages: number;
  /** It took the place of an earlier file of the same article (same canonical URL). */
  replaced: boolean;
}

/** The knowledge file's text: front matter, then one paragraph per block. */
export function renderKnowledgeFile(meta: ArticleMeta & { id: string }, paragraphs: readonly string[]): string {
  const front = stringify(
    {
      id: meta.id,
      title: withoutControlCharacters(meta.title),
      publisher: withoutControlCharacters(meta.publisher),
      url: meta.url,
      published: meta.published,
      language: meta.language,
    },
    { lineWidth: 0 },
  );
  return `---\n${front}---\n\n${paragraphs.map((paragraph) => bodyBlock(withoutControlCharacters(paragraph))).join('\n\n')}\n`;
}

/**
 * A paragraph as a body block that reads back as the same paragraph: one line, and never
 * mistaken for a Markdown heading or rule, which the knowledge reader leaves out.
 */
function bodyBlock(paragraph: string): string {
  const line = paragraph.replace(/\s+/g, ' ').trim();
  return /^#{1,6}\s/.test(line) || /^([-*_])\1{2,}$/.test(line) ? `\\${line}` : line;
}

/** A file-name id from a title: "Un troisième Français mort" → "un-troisieme-francais-mort"; "" if it has no Latin letters or digits. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') : slug;
  return cut;
}

/** The id of a new article: from its title, else from the last part of its address ("/a/28336839.html"). */
function idOf(meta: ArticleMeta): string {
  if (meta.id) return meta.id;
  let fromUrl = '';
  try {
    const parts = new URL(meta.url).pathname.split('/').filter(Boolean);
    fromUrl = slugOf(decodeURIComponent(parts.at(-1) ?? '').replace(/\.[a-z]+$/i, ''));
  } catch {
    // No usable address part: the fallback below.
  }
  return slugOf(meta.title) || fromUrl || 'article';
}

const MAX_SLUG = 60;

interface Existing {
  file: string;
  id: string;
  url: string;
}

/** What is already in the folder: each readable knowledge file's name, id and address. */
async function existingArticles(dir: string): Promise<Existing[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isKnowledgeFileName);
  } catch {
    return [];
  }
  const out: Existing[] = [];
  for (const file of names.sort()) {
    try {
      const document = parseKnowledgeFile(file, await readFile(path.join(dir, file), 'utf8'));
      out.push({ file, id: document.id, url: document.url });
    } catch {
      // An unreadable file keeps its name and id: nothing is written over it.
      out.push({ file, id: path.basename(file, '.md').toLowerCase(), url: '' });
    }
  }
  return out;
}

/**
 * Where an article goes: the file of the same article (same canonical URL) if there is one,
 * else a new file whose id no other article uses ("slug", "slug-2", ...).
 */
export function placeArticle(
  meta: ArticleMeta,
  existing: readonly Existing[],
): { file: string; id: string; replaced: boolean } {
  const key = urlKey(meta.url);
  const same = existing.find((article) => article.url && urlKey(article.url) === key);
  const idsOf = (others: readonly Existing[]) =>
    new Set(others.flatMap((article) => [article.id, path.basename(article.file, '.md').toLowerCase()]));
  if (same) {
    // The file keeps its name; an id asked for must not be another article's (the folder would not load).
    const owner = meta.id ? existing.find((article) => article !== same && idsOf([article]).has(meta.id!)) : undefined;
    if (owner)
      throw new MetadataError(`--id ${meta.id} is already used by ${owner.file}: choose another, or leave --id out`);
    return { file: same.file, id: meta.id ?? same.id, replaced: true };
  }
  const taken = idsOf(existing);
  const base = idOf(meta);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { file: `${id}.md`, id, replaced: false };
}

/** Addresses that name the same page: no fragment, host case and a trailing slash ignored. */
function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

/** An article placed in the folder and read back from its text: ready to be written. */
export interface PlannedArticle {
  file: string;
  text: string;
  written: WrittenArticle;
}

/**
 * Places each article in the knowledge folder (see placeArticle; each after those before it) and
 * reads its file's text back with the knowledge reader, writing nothing: an article the reader
 * would refuse, or an id another article uses, throws before any file is written.
 */
export async function planKnowledge(
  dir: string,
  articles: ReadonlyArray<{ meta: ArticleMeta; paragraphs: readonly string[] }>,
): Promise<PlannedArticle[]> {
  const existing = await existingArticles(dir);
  return articles.map(({ meta, paragraphs }) => {
    const { file, id, replaced } = placeArticle(meta, existing);
    const text = renderKnowledgeFile({ ...meta, id }, paragraphs);
    const document = parseKnowledgeFile(file, text);
    const placed = { file, id, url: meta.url };
    const at = existing.findIndex((article) => article.file === file);
    if (at >= 0) existing[at] = placed;
    else existing.push(placed);
    return { file, text, written: { file, document, passages: toPassages([document]).length, replaced } };
  });
}

/**
 * Writes planned articles into the knowledge folder all or none: each first to a temporary file
 * (not `.md`, so the watching bot ignores it), and only when every one is on disk are they renamed
 * into place. A write that fails (a full disk, say) takes the temporary files written before it
 * away, so the folder is as it was. A rename within one folder needs no space and seldom fails
 * (something made a folder of that name meanwhile): then the temporary files left are taken away
 * too, and the error says which files were already in place.
 */
export async function writePlanned(dir: string, planned: readonly PlannedArticle[]): Promise<WrittenArticle[]> {
  await mkdir(dir, { recursive: true });
  const staged: string[] = [];
  try {
    for (const article of planned) {
      const temporary = path.join(dir, `.${article.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push(temporary);
      await writeFile(temporary, article.text, { encoding: 'utf8', flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map((temporary) => rm(temporary, { force: true })));
    throw error;
  }
  const placed: string[] = [];
  try {
    for (const [i, article] of planned.entries()) {
      await rename(staged[i]!, path.join(dir, article.file));
      placed.push(article.file);
    }
  } catch (error) {
    await Promise.all(staged.slice(placed.length).map((temporary) => rm(temporary, { force: true })));
    if (placed.length === 0) throw error;
    throw new Error(`${placed.join(', ')} written, the rest not: ${firstLineOf(error)}`);
  }
  return planned.map((article) => article.written);
}

/** Plans and writes one article (see planKnowledge and writePlanned). */
export async function writeKnowledge(
  dir: string,
  meta: ArticleMeta,
  paragraphs: readonly string[],
): Promise<WrittenArticle> {
  const [written] = await writePlanned(dir, await planKnowledge(dir, [{ meta, paragraphs }]));
  return written!;
}

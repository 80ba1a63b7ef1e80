import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { firstLineOf } from './errors.js';

/** What a knowledge file says about itself in its front matter. */
export interface DocumentMeta {
  /** Stable id, used in passage ids: the front matter `id`, else the file name without `.md`. */
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  language: string;
}

export interface KnowledgeDocument extends DocumentMeta {
  /** The file it came from, relative to the knowledge folder. */
  file: string;
  /** Body paragraphs in order; paragraph n is `paragraphs[n - 1]`. */
  paragraphs: string[];
}

/** A knowledge file that cannot be used. The message names the file and what to fix. */
export class KnowledgeError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest document id: short enough to read in a citation and to carry in a passage id. */
export const MAX_ID_LENGTH = 80;

/** Whether a text can be a document id: lower-case letters, digits, single hyphens, at most MAX_ID_LENGTH. */
export function isUsableId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= MAX_ID_LENGTH;
}

const frontMatterSchema = z.object({
  id: z.string().regex(ID_PATTERN, 'lower-case letters, digits and single hyphens').optional(),
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
  published: z.iso.date(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag such as "en"'),
});

/** Front matter between `---` lines at the very top of the file, then the Markdown body. */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses one knowledge file's text. Throws KnowledgeError on anything unusable. */
export function parseKnowledgeFile(file: string, source: string): KnowledgeDocument {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new KnowledgeError(
      file,
      'no front matter: start the file with a "---" block (title, publisher, url, published, language)',
    );
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new KnowledgeError(file, `front matter is not valid YAML (${firstLineOf(error)})`);
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'front matter';
    throw new KnowledgeError(file, `front matter field "${field}": ${issue.message}`);
  }
  const paragraphs = bodyParagraphs(source.slice(match[0].length));
  if (paragraphs.length === 0) {
    throw new KnowledgeError(file, 'the body is empty: add the article text below the front matter');
  }
  const fallbackId = path.basename(file, '.md').toLowerCase();
  const id = parsed.data.id ?? fallbackId;
  if (!isUsableId(id)) {
    throw new KnowledgeError(
      file,
      `"${id}" is not a usable id: rename the file or set "id" (lower-case letters, digits, hyphens, at most ${MAX_ID_LENGTH})`,
    );
  }
  const { title, publisher, url, published, language } = parsed.data;
  return { id, title, publisher, url, published, language, file, paragraphs };
}

/**
 * Paragraphs are blocks separated by blank lines; lines inside a block are joined.
 * Markdown headings and horizontal rules are layout, not passages.
 */
function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .join(' ')
        .trim(),
    )
    .filter((block) => block.length > 0 && !/^#{1,6}\s/.test(block) && !/^([-*_])\1{2,}$/.test(block));
}

/**
 * Loads every `.md` file in the folder, in name order. All or nothing: the first bad file
 * stops the load with a KnowledgeError, so a half-loaded index never answers.
 */
export async function loadKnowledge(dir: string): Promise<KnowledgeDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    throw new KnowledgeError(dir, `cannot read the knowledge folder (${firstLineOf(error)})`);
  }
  if (names.length === 0) {
    throw new KnowledgeError(dir, 'no .md files: add at least one article');
  }
  const documents: KnowledgeDocument[] = [];
  const fileById = new Map<string, string>();
  for (const name of names) {
    let source: string;
    try {
      source = await readFile(path.join(dir, name), 'utf8');
    } catch (error) {
      throw new KnowledgeError(name, `cannot read the file (${firstLineOf(error)})`);
    }
    const document = parseKnowledgeFile(name, source);
    const clash = fileById.get(document.id);
    if (clash) {
      throw new KnowledgeError(name, `duplicate id "${document.id}", already used by ${clash}`);
    }
    fileById.set(document.id, name);
    documents.push(document);
  }
  return documents;
}

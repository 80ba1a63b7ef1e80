import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { calendarDate } from './calendar-date.js';
import { firstLineOf } from './errors.js';
import { httpUrl } from './web-address.js';

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

interface FrontMatter {
  id: string | undefined;
  title: string;
  publisher: string;
  url: string;
  published: string;
  language: string;
}

/** A front matter field that is missing or malformed, and what it must be. */
class FieldProblem {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {}
}

const WHOLE_FRONT_MATTER = '';
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The front matter's fields, checked one by one in the order a writer lists them. */
function readFrontMatter(data: unknown): FrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FieldProblem(WHOLE_FRONT_MATTER, 'must be fields, one "name: value" a line');
  }
  const fields = data as Record<string, unknown>;
  const id =
    fields.id === undefined
      ? undefined
      : matching(fields, 'id', ID_PATTERN, 'lower-case letters, digits and single hyphens');
  const title = nonEmptyText(fields, 'title');
  const publisher = nonEmptyText(fields, 'publisher');
  const url = text(fields, 'url');
  if (!httpUrl(url)) throw new FieldProblem('url', 'must be an http(s) address such as https://example.org/story');
  const published = text(fields, 'published');
  if (!isCalendarDate(published)) throw new FieldProblem('published', 'must be a date written YYYY-MM-DD');
  const language = matching(fields, 'language', LANGUAGE_TAG, 'a language tag such as "en"');
  return { id, title, publisher, url, published, language };
}

function text(fields: Record<string, unknown>, field: string): string {
  const value = fields[field];
  if (value === undefined || value === null) throw new FieldProblem(field, 'is missing');
  if (typeof value !== 'string') throw new FieldProblem(field, 'must be text');
  return value;
}

function nonEmptyText(fields: Record<string, unknown>, field: string): string {
  const value = text(fields, field).trim();
  if (value === '') throw new FieldProblem(field, 'must not be empty');
  return value;
}

function matching(fields: Record<string, unknown>, field: string, pattern: RegExp, problem: string): string {
  const value = text(fields, field);
  if (!pattern.test(value)) throw new FieldProblem(field, problem);
  return value;
}

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined;
}

/** Front matter between `---` lines at the very top of the file, then the Markdown body. */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

// Control characters other than tab and line breaks: a page's text can carry terminal escapes
// ("\u001b[2J" clears the screen), which nothing should print.
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r]/gu;

/** The text without control characters other than tab and line breaks. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

/**
 * Parses one knowledge file's text, its control characters (other than tab and line breaks)
 * left out. Throws KnowledgeError on anything unusable.
 */
export function parseKnowledgeFile(file: string, text: string): KnowledgeDocument {
  const source = withoutControlCharacters(text);
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
  let frontMatter: FrontMatter;
  try {
    frontMatter = readFrontMatter(data ?? {});
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    const what = error.field === WHOLE_FRONT_MATTER ? 'front matter' : `front matter field "${error.field}"`;
    throw new KnowledgeError(file, `${what}: ${error.problem}`);
  }
  const paragraphs = bodyParagraphs(source.slice(match[0].length));
  if (paragraphs.length === 0) {
    throw new KnowledgeError(file, 'the body is empty: add the article text below the front matter');
  }
  const fallbackId = path.basename(file, '.md').toLowerCase();
  const id = frontMatter.id ?? fallbackId;
  if (!isUsableId(id)) {
    throw new KnowledgeError(
      file,
      `"${id}" is not a usable id: rename the file or set "id" (lower-case letters, digits, hyphens, at most ${MAX_ID_LENGTH})`,
    );
  }
  const { url, published, language } = frontMatter;
  // Escapes in quoted YAML ("\e") make control characters too.
  const [title, publisher] = [
    withoutControlCharacters(frontMatter.title),
    withoutControlCharacters(frontMatter.publisher),
  ];
  return { id, title, publisher, url, published, language, file, paragraphs };
}

/**
 * Paragraphs are blocks separated by blank lines; lines inside a block are joined. Markdown
 * headings and horizontal rules are layout, not passages: their lines are left out, and the
 * text of the block goes on without them (a heading written straight above its paragraph).
 */
function bodyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => !/^#{1,6}(?:\s|$)/.test(line) && !/^([-*_])\1{2,}$/.test(line))
        .join(' ')
        .trim(),
    )
    .filter((block) => block.length > 0);
}

/** Whether a file in the knowledge folder is a knowledge file: its name ends in `.md`. */
export function isKnowledgeFileName(name: string): boolean {
  return name.endsWith('.md');
}

/**
 * Loads every `.md` file in the folder, in name order. All or nothing: the first bad file
 * stops the load with a KnowledgeError, so a half-loaded index never answers.
 */
export async function loadKnowledge(dir: string): Promise<KnowledgeDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isKnowledgeFileName).sort();
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
      const file = path.join(dir, name);
      // Reading a FIFO or a device named *.md would wait for ever, or never end.
      if (!(await stat(file)).isFile()) throw new Error('not a regular file');
      source = await readFile(file, 'utf8');
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

import { httpUrl, isUsableId, MAX_ID_LENGTH } from '../core/index.js';
import { languageTag, type PageMetadata, publishedDate } from './metadata.js';

/** What the command line says about an article; each one fills in or overrides the page's own. */
export interface MetadataFlags {
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
  language?: string;
  id?: string;
}

/** The front matter of an article to write; `id` only when asked for with --id. */
export interface ArticleMeta {
  id?: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
  language: string;
}

/** A flag's value is unusable, or a required field is still missing: the message names the flag. */
export class MetadataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetadataError';
  }
}

/** The page's metadata with the flags applied; throws MetadataError naming the flag to pass. */
export function resolveMetadata(page: PageMetadata, flags: MetadataFlags = {}): ArticleMeta {
  const title = nonEmpty(flags.title, '--title') ?? page.title;
  const publisher = nonEmpty(flags.publisher, '--publisher') ?? page.publisher;
  let published = page.published;
  if (flags.published !== undefined) {
    published = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(flags.published) ? publishedDate(flags.published) : undefined;
    if (!published) throw new MetadataError(`--published must be a date written YYYY-MM-DD, not "${flags.published}"`);
  }
  let url = page.url;
  if (flags.url !== undefined) {
    url = httpUrl(flags.url.trim())?.href;
    if (!url) throw new MetadataError(`--url must be an http or https address, not "${flags.url}"`);
  }
  let language = page.language;
  if (flags.language !== undefined) {
    language = languageTag(flags.language);
    if (!language)
      throw new MetadataError(`--language must be a language tag such as "en" or "fr", not "${flags.language}"`);
  }
  if (flags.id !== undefined && !isUsableId(flags.id)) {
    throw new MetadataError(
      `--id must be lower-case letters, digits and single hyphens (at most ${MAX_ID_LENGTH}), not "${flags.id}"`,
    );
  }
  const missing = (field: string, flag: string): never => {
    throw new MetadataError(`the page does not say its ${field}: pass ${flag}`);
  };
  return {
    ...(flags.id !== undefined ? { id: flags.id } : {}),
    title: title ?? missing('title', '--title'),
    publisher: publisher ?? missing('publisher', '--publisher'),
    published: published ?? missing('publication date', '--published YYYY-MM-DD'),
    url: url ?? missing('address', '--url'),
    language: language ?? missing('language', '--language'),
  };
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new MetadataError(`${flag} is empty`);
  return trimmed;
}

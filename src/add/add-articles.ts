import { extractArticle, NoArticleError } from './extract.js';
import { type FetchLimits, loadPage, PageError } from './fetch-page.js';
import { type ArticleMeta, MetadataError, type MetadataFlags, resolveMetadata } from './resolve.js';
import { planKnowledge, type WrittenArticle, writePlanned } from './write-knowledge.js';

/** One page or address that cannot be added, and why, in one line. */
export class AddError extends Error {
  constructor(
    readonly source: string,
    problem: string,
  ) {
    // "page.html: no such file", not "page.html: page.html: no such file".
    super(problem.startsWith(source) ? problem : `${source}: ${problem}`);
    this.name = 'AddError';
  }
}

export interface AddOptions {
  /** The knowledge folder to write into. */
  dir: string;
  flags?: MetadataFlags;
  limits?: Partial<FetchLimits>;
}

interface ReadyArticle {
  meta: ArticleMeta;
  paragraphs: string[];
}

/** Reads one page or address into an article ready to write. Throws AddError. */
async function readArticle(
  source: string,
  flags: MetadataFlags = {},
  limits: Partial<FetchLimits> = {},
): Promise<ReadyArticle> {
  try {
    const page = await loadPage(source, limits);
    const { metadata, paragraphs } = extractArticle(page.html, page.url);
    return { meta: resolveMetadata(metadata, flags), paragraphs };
  } catch (error) {
    if (error instanceof PageError || error instanceof NoArticleError || error instanceof MetadataError)
      throw new AddError(source, error.message);
    throw error;
  }
}

/**
 * Adds every page or address to the knowledge folder. All of them are read, placed and checked
 * as knowledge files first, then written all or none (see writePlanned): if any one fails,
 * nothing is written and the error says which and why.
 */
export async function addArticles(sources: readonly string[], options: AddOptions): Promise<WrittenArticle[]> {
  const ready: ReadyArticle[] = [];
  for (const source of sources) ready.push(await readArticle(source, options.flags, options.limits));
  return writePlanned(options.dir, await planKnowledge(options.dir, ready));
}

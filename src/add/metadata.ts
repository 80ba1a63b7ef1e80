import { calendarDate, httpUrl } from '../core/index.js';
import type { DomDocument, DomElement } from './dom.js';

/** What a page says about its article; any field it does not say is missing. */
export interface PageMetadata {
  title?: string;
  publisher?: string;
  /** YYYY-MM-DD, the date as the publisher wrote it (its own time zone). */
  published?: string;
  /** The canonical address, absolute http(s). */
  url?: string;
  /** A language tag such as "fr" or "pt-br". */
  language?: string;
}

/**
 * Reads the article's metadata from the page, each field from the best source the page has.
 * `pageUrl` (the address fetched) resolves relative links and is the last resort for the url.
 */
export function pageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const article = jsonLdArticle(document);
  const publisher = first(meta(document, 'og:site_name'), article?.publisher, meta(document, 'application-name'));
  const title = first(
    meta(document, 'og:title'),
    article?.headline,
    text(document.querySelector('title')),
    meta(document, 'twitter:title'),
  );
  const published = firstDate(
    meta(document, 'article:published_time'),
    article?.datePublished,
    ...attributes(document, 'time[datetime]', 'datetime'),
    meta(document, 'date'),
    meta(document, 'dc.date'),
    meta(document, 'dcterms.created'),
    meta(document, 'pubdate'),
    ...attributes(document, '[itemprop="datePublished"]', 'content'),
  );
  const canonical = Array.from(document.querySelectorAll('link[rel~="canonical"]')).map((link) =>
    link.getAttribute('href'),
  );
  const url = first(...[...canonical, meta(document, 'og:url'), pageUrl].map((href) => webAddress(href, pageUrl)));
  const language = first(
    languageTag(document.documentElement?.getAttribute('lang')),
    languageTag(document.documentElement?.getAttribute('xml:lang')),
    languageTag(meta(document, 'og:locale')),
    languageTag(meta(document, 'content-language')),
  );
  return compact({ title: title && withoutSiteSuffix(title, publisher), publisher, published, url, language });
}

/**
 * The date part of a date-time as written: "2020-03-05T23:30:00-05:00" is the 5th, the day the
 * publisher printed, although it was already the 6th in UTC. Undefined when it is not a date.
 */
export function publishedDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // "Fri, 24 Jul 2015 05:36:09 +0100", "24 July 2015", "July 24, 2015".
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(value);
  if (dayFirst) return validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(value);
  if (monthFirst) return validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}

/** "fr_FR" → "fr-FR", "EN" → "en"; undefined for anything that is not a language tag. */
export function languageTag(value: string | null | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-').toLowerCase();
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag)) return undefined;
  // Canonical case: "pt-BR", "zh-Hant".
  return tag
    .split('-')
    .map((part, i) =>
      i === 0
        ? part
        : part.length === 2
          ? part.toUpperCase()
          : part.length === 4
            ? part[0]!.toUpperCase() + part.slice(1)
            : part,
    )
    .join('-');
}

/** "Title - BBC News" → "Title" when the suffix names the publisher (or is a short site name after " | "). */
export function withoutSiteSuffix(title: string, publisher: string | undefined): string {
  const match = /^(.*\S)\s+([|\-–—:·•])\s+([^|\-–—:·•]+)$/.exec(title);
  if (!match) return title;
  const [, head, separator, suffix] = match as unknown as [string, string, string, string];
  if (publisher && sameName(suffix, publisher)) return head;
  // " | Site" is the usual site suffix even when og:site_name spells the site otherwise.
  return separator === '|' && suffix.trim().split(/\s+/).length <= 4 ? head : title;
}

function sameName(a: string, b: string): boolean {
  const fold = (name: string) =>
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/\.(fr|com|de|co\.uk|org|net)$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const x = fold(a);
  const y = fold(b);
  return x.length > 0 && (x === y || x.startsWith(y) || y.startsWith(x));
}

interface ArticleLd {
  headline?: string;
  datePublished?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /Article$|^(NewsArticle|Report|BlogPosting|LiveBlogPosting|Posting|WebPage)$/;

/** The first JSON-LD object of an article type, with the fields this code reads. */
function jsonLdArticle(document: DomDocument): ArticleLd | undefined {
  const candidates: Record<string, unknown>[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collectObjects(data, candidates, 0);
  }
  const isArticle = (item: Record<string, unknown>) =>
    [item['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type));
  const found =
    candidates.find((item) => isArticle(item) && typeof item.headline === 'string') ?? candidates.find(isArticle);
  if (!found) return undefined;
  const publisher = [found.publisher].flat()[0];
  return {
    headline: stringOf(found.headline),
    datePublished: stringOf(found.datePublished),
    publisher:
      stringOf(publisher) ??
      (publisher && typeof publisher === 'object' ? stringOf((publisher as Record<string, unknown>).name) : undefined),
  };
}

function collectObjects(data: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) collectObjects(item, out, depth + 1);
    return;
  }
  const item = data as Record<string, unknown>;
  out.push(item);
  if (item['@graph']) collectObjects(item['@graph'], out, depth + 1);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

/** The content of `<meta property=name>` or `<meta name=name>`, matched without case. */
function meta(document: DomDocument, name: string): string | undefined {
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('http-equiv');
    if (key?.toLowerCase() === name) {
      const content = clean(element.getAttribute('content'));
      if (content) return content;
    }
  }
  return undefined;
}

function attributes(document: DomDocument, selector: string, attribute: string): Array<string | undefined> {
  return Array.from(document.querySelectorAll(selector)).map((element: DomElement) =>
    clean(element.getAttribute(attribute)),
  );
}

function text(element: DomElement | null): string | undefined {
  return clean(element?.textContent);
}

function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

function first<T>(...values: Array<T | undefined>): T | undefined {
  return values.find((value) => value !== undefined);
}

function firstDate(...values: Array<string | undefined>): string | undefined {
  for (const value of values) {
    const date = publishedDate(value);
    if (date) return date;
  }
  return undefined;
}

function webAddress(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href?.trim()) return undefined;
  const url = httpUrl(href.trim(), base);
  if (!url) return undefined;
  url.hash = '';
  return url.href;
}

function compact(metadata: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as PageMetadata;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(year: number, month: number, day: number): string | undefined {
  return year < 1000 ? undefined : calendarDate(year, month, day);
}

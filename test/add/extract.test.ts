import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/add/dom.js';
import { extractArticle, isBoilerplate, NoArticleError } from '../../src/add/extract.js';
import { pageMetadata, publishedDate, withoutSiteSuffix } from '../../src/add/metadata.js';

const pages = new URL('../fixtures/pages/', import.meta.url);
const FIXTURES = ['bbc-news', 'liberation', 'le-monde', 'heise', 'folha'];

interface Expected {
  title: string;
  publisher: string;
  published: string;
  url: string;
  language: string;
  paragraphs: number;
  firstParagraph: string;
  lastParagraph: string;
}

describe('reading a saved news page', () => {
  for (const name of FIXTURES) {
    it(`${name}: the metadata and the body paragraphs the page holds`, () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, pages), 'utf8')) as Expected;
      const { metadata, paragraphs } = extractArticle(readFileSync(new URL(`${name}.html`, pages), 'utf8'));
      expect(metadata).toEqual({
        title: expected.title,
        publisher: expected.publisher,
        published: expected.published,
        url: expected.url,
        language: expected.language,
      });
      expect(paragraphs[0]).toBe(expected.firstParagraph);
      expect(paragraphs.at(-1)).toBe(expected.lastParagraph);
      expect(paragraphs).toHaveLength(expected.paragraphs);
    });
  }

  it('leaves out the page furniture those pages hold: captions, credits, share, comment and related links, cookie notices', () => {
    const furniture =
      /Media caption|Copyright ©|photo AFP|Compartilhar|Todos os comentários|Leia Mais|Lire aussi|Cookies|Facebook|Twitter/;
    for (const name of FIXTURES) {
      const { paragraphs } = extractArticle(readFileSync(new URL(`${name}.html`, pages), 'utf8'));
      expect(
        paragraphs.filter((paragraph) => furniture.test(paragraph)),
        name,
      ).toEqual([]);
    }
  });

  it('keeps headings and list items as paragraphs of their own, in reading order', () => {
    const { paragraphs } = extractArticle(readFileSync(new URL('bbc-news.html', pages), 'utf8'));
    const list = paragraphs.indexOf('In a wide-ranging interview, President Obama also said:');
    expect(paragraphs.slice(list, list + 3)).toEqual([
      'In a wide-ranging interview, President Obama also said:',
      'The UK must stay in the EU to have influence on the world stage',
      'He is confident the Iran nuclear deal will be passed by Congress',
    ]);
    expect(paragraphs).toContain('Kenya trip');
    expect(paragraphs.indexOf('Kenya trip')).toBeLessThan(
      paragraphs.indexOf('Mr Obama was speaking to the BBC at the White House before departing for Kenya.'),
    );
  });

  it('the page title is front matter, not a first paragraph', () => {
    const { paragraphs } = extractArticle(readFileSync(new URL('le-monde.html', pages), 'utf8'));
    expect(paragraphs).not.toContain("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
  });

  it('a page without an article is an error', () => {
    expect(() =>
      extractArticle('<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>'),
    ).toThrow(NoArticleError);
  });
});

/** A page with the given head and an article long enough for reader view. */
function page(head: string, htmlAttributes = ''): string {
  const body = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the article says something about the harbour and the ships that came in during the storm.</p>`,
  ).join('');
  return `<!doctype html><html ${htmlAttributes}><head>${head}</head><body><article>${body}</article></body></html>`;
}

describe('the metadata a page gives', () => {
  const metadataOf = (head: string, pageUrl?: string, htmlAttributes = '') =>
    pageMetadata(parseDocument(page(head, htmlAttributes)), pageUrl);

  it('the publication date is the day the publisher printed, not the UTC day', () => {
    expect(metadataOf('<meta property="article:published_time" content="2020-03-05T23:30:00-05:00">').published).toBe(
      '2020-03-05',
    );
    expect(metadataOf('<meta property="article:published_time" content="2020-03-06T00:30:00+09:00">').published).toBe(
      '2020-03-06',
    );
    expect(publishedDate('Fri, 24 Jul 2015 05:36:09 +0100')).toBe('2015-07-24');
    expect(publishedDate('July 24, 2015')).toBe('2015-07-24');
    expect(publishedDate('2015-02-30')).toBeUndefined();
    expect(publishedDate('yesterday')).toBeUndefined();
  });

  it('each field from its best source: Open Graph, then JSON-LD, then the plain page', () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignored' },
        {
          '@type': 'NewsArticle',
          headline: 'Ships in the storm',
          datePublished: '2021-11-02T22:10:00-08:00',
          publisher: { '@type': 'Organization', name: 'The Harbour Times' },
        },
      ],
    })}</script>`;
    expect(
      metadataOf(
        `<title>Ships in the storm | Harbour</title>${jsonLd}<link rel="canonical" href="/news/ships">`,
        'https://example.org/news/ships?utm=x',
        'lang="en-gb"',
      ),
    ).toEqual({
      title: 'Ships in the storm',
      publisher: 'The Harbour Times',
      published: '2021-11-02',
      url: 'https://example.org/news/ships',
      language: 'en-GB',
    });
    expect(
      metadataOf(
        `${jsonLd}<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site"><meta property="article:published_time" content="2021-11-01"><meta property="og:url" content="https://example.org/og">`,
        'https://example.org/fetched',
      ),
    ).toMatchObject({
      title: 'OG title',
      publisher: 'OG site',
      published: '2021-11-01',
      url: 'https://example.org/og',
    });
  });

  it('falls back to <time datetime> and to the address fetched', () => {
    const metadata = metadataOf('<title>Plain</title>', 'https://example.org/fetched#top');
    expect(metadata.url).toBe('https://example.org/fetched');
    expect(
      pageMetadata(
        parseDocument(
          '<html><body><article><time datetime="2019-01-03T07:00:02+13:00">3 Jan</time></article></body></html>',
        ),
      ).published,
    ).toBe('2019-01-03');
  });

  it('says nothing it does not know', () => {
    expect(metadataOf('')).toEqual({});
  });

  it('drops the site name after the title', () => {
    expect(withoutSiteSuffix("Obama admits US gun laws are his 'biggest frustration' - BBC News", 'BBC News')).toBe(
      "Obama admits US gun laws are his 'biggest frustration'",
    );
    expect(withoutSiteSuffix('Un troisième Français mort - Libération', 'Libération.fr')).toBe(
      'Un troisième Français mort',
    );
    expect(withoutSiteSuffix('A headline | Site', undefined)).toBe('A headline');
    expect(withoutSiteSuffix('Brexit - what happens next', 'BBC News')).toBe('Brexit - what happens next');
  });
});

describe('page furniture', () => {
  it('recognises share, comment, related, credit and cookie lines', () => {
    for (const line of [
      'Facebook Forum',
      'Share this article',
      'Partager sur Facebook',
      '12 comments',
      'Commentaires (3)',
      'Read more',
      'Lire aussi : la suite',
      'Photo: Reuters',
      '© AFP',
      'We use cookies to improve your experience',
      'Advertisement',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('keeps article sentences that only mention those words', () => {
    for (const line of [
      'The minister said the share of renewable energy would double by 2030.',
      'Regulators fined the company for setting tracking cookies without consent, a decision it said it would appeal in the coming weeks before the national court.'.repeat(
        2,
      ),
      'Comments from the president drew a sharp reply from Moscow.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });
});

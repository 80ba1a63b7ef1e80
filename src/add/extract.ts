import { Readability } from '@mozilla/readability';
import { type DomNode, ELEMENT_NODE, parseDocument, TEXT_NODE } from './dom.js';
import { type PageMetadata, pageMetadata } from './metadata.js';

/** An article read out of a page: what the page says about it, and its body paragraphs in order. */
export interface ExtractedArticle {
  metadata: PageMetadata;
  paragraphs: string[];
}

/** The page holds no article that reader view can find. */
export class NoArticleError extends Error {
  constructor() {
    super('no article found in the page');
    this.name = 'NoArticleError';
  }
}

/**
 * Reads the article out of a whole HTML page with Readability (Firefox's reader view): its
 * paragraphs, headings and list items, one paragraph each in reading order, without the page's
 * navigation, share buttons, related links, comment counts, image credits or cookie notices.
 */
export function extractArticle(html: string, pageUrl?: string): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = pageMetadata(document, pageUrl);
  // Readability rewrites the document it reads; the metadata was taken first.
  const parsed = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  if (!parsed?.content) throw new NoArticleError();
  // A page with no title of its own in the usual places: reader view's guess (its first heading).
  if (!metadata.title && parsed.title?.trim()) metadata.title = parsed.title.replace(/\s+/g, ' ').trim();
  const paragraphs = articleParagraphs(parsed.content).filter((paragraph) => !isBoilerplate(paragraph));
  // The title is in the front matter; a heading that only repeats it is not a passage.
  while (paragraphs.length > 0 && metadata.title && sameText(paragraphs[0]!, metadata.title)) paragraphs.shift();
  if (paragraphs.length === 0) throw new NoArticleError();
  return { metadata, paragraphs };
}

/** The text blocks of an article's content, in reading order, each with its spaces collapsed. */
function articleParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  const run: string[] = [];
  const flush = () => {
    const paragraph = run.join('').replace(/\s+/g, ' ').trim();
    run.length = 0;
    if (/[\p{L}\p{N}]/u.test(paragraph)) out.push(paragraph);
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        run.push(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') {
        run.push(' ');
      } else if (BLOCKS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Elements that start a paragraph of their own. */
const BLOCKS = new Set(
  'address article blockquote body caption dd details div dl dt h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Elements whose text is never article text: image credits live in figures, the rest is page furniture. */
const SKIPPED = new Set(
  'aside button figcaption figure footer form iframe img input label nav noscript object picture script select style svg template textarea video audio canvas'.split(
    ' ',
  ),
);

// Only short lines are judged: a real paragraph that mentions cookies or a photo is kept.
const MAX_BOILERPLATE_LENGTH = 160;

const BOILERPLATE: RegExp[] = [
  // Share and follow buttons: "Share", "Facebook Twitter", "Partager sur Facebook", "Facebook Forum".
  /^(?:(?:share|sharing|partager|partagez|teilen|compartir|compartilhe|compartilhar|condividi|поделиться|follow|suivez|suivre|folgen|síguenos|siga|segui|on|sur|auf|en|em|su|via|this|article|story|cet|dieses|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|mail|pinterest|reddit|flipboard|messenger|forum|print|imprimer|drucken|imprimir|stampa|copy|link|copier|le|lien)\b[\s,.:|·•/-]*)+$/iu,
  // Comment counts and links.
  /^(?:\d+\s*)?(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|комментари\p{L}*)(?:\s*\(?\d+\)?)?$/iu,
  /^(?:view|read|see|show|leave|post|add|voir|lire|afficher|réagir|reagir)\b.{0,30}\b(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti)\b/iu,
  // Related boxes.
  /^(?:related|related (?:articles?|stories|content|links?)|read more|more on this (?:story|topic)|see also|lire aussi|lire\s*:\s*|à lire aussi|a lire aussi|voir aussi|sur le même sujet|mehr zum thema|lesen sie auch|auch interessant|leia (?:também|mais)|veja também|lee también|leer más|leggi anche|читайте также)\b/iu,
  // Image credits.
  /^(?:photo|photos|image|images|picture|pictures|credit|credits|crédit|crédits|foto|fotos|bild|bilder|imagen|imágenes|immagine|фото)\s*(?:credit\s*)?[:©(/]/iu,
  /^(?:©|\(c\)|copyright\b)/iu,
  /^(?:getty images|afp|reuters|ap|epa|ansa|dpa)(?:\s*\/\s*[\p{L} .]+)?$/iu,
  // Cookie notices and advertising labels.
  /\bcookies?\b/iu,
  /^(?:advertisement|advertising|publicité|anzeige|werbung|publicidade|publicidad|pubblicità|реклама)$/iu,
];

/** A line of page furniture that reader view let through. */
export function isBoilerplate(paragraph: string): boolean {
  return paragraph.length <= MAX_BOILERPLATE_LENGTH && BOILERPLATE.some((pattern) => pattern.test(paragraph));
}

function sameText(a: string, b: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  return fold(a) === fold(b);
}

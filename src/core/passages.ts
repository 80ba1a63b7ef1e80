import type { DocumentMeta, KnowledgeDocument } from './knowledge.js';
import { STOP_WORDS } from './word-lists.js';

/** Longest passage, in characters. Longer paragraphs are split between sentences. */
export const MAX_PASSAGE_CHARS = 700;

export class Passage {
  private sentenceSpans_: ReadonlyArray<readonly [number, number]> | undefined;

  constructor(
    /** `<document id>#p<paragraph>`, plus `.<part>` when a long paragraph was split. */
    readonly id: string,
    readonly document: DocumentMeta,
    /** 1-based paragraph number in the document body. */
    readonly paragraph: number,
    readonly text: string,
  ) {}

  /**
   * [start, end) character offsets of each sentence in `text`, in order, covering it.
   * Found on first use: only passages that are shown need them, and a large knowledge
   * folder loads much faster without segmenting every passage up front.
   */
  get sentences(): ReadonlyArray<readonly [number, number]> {
    return (this.sentenceSpans_ ??= sentenceSpans(this.text));
  }
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * V8's sentence segmenter takes time that grows with the square of the text's length (a
 * 140 KB paragraph: 0.8 s, 560 KB: 11 s), so a longer text is segmented a window at a time.
 * A window's last sentence may be cut short by the window's end: it is read again at the start
 * of the next window. The sentences found before it are those one pass finds, since where a
 * sentence ends depends only on the few characters after it.
 */
const SEGMENT_WINDOW_CHARS = 4096;

/**
 * A title that stands before a name, abbreviated, ending a segment: "Mr.", "Dr.", "Gen.", "St.".
 * Not "Jr." or "Sr.", which come after a name and may end a sentence.
 */
const TITLE_BEFORE_NAME =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Cmdr|Adm|Gov|Sen|Rep|Pres|Rev|Hon|Amb|Supt|St|Mt|Ft)\.\s*$/u;

/** A name's middle initial ending a segment: "Donald J." in "Donald J. Trump's team". */
const MIDDLE_INITIAL = /\p{Lu}\p{Ll}+\s+\p{Lu}\.\s*$/u;

function endsBeforeName(segment: string): boolean {
  return TITLE_BEFORE_NAME.test(segment) || MIDDLE_INITIAL.test(segment);
}

/** A dotted abbreviation ending a segment: "U.S.", "U.N.", "p.m.". */
const DOTTED_ABBREVIATION = /(?:^|[^\p{L}.])(?:\p{L}\.){2,}\s*$/u;
const FIRST_WORD = /^\p{L}+/u;

/**
 * Whether a segment the segmenter ended at a dotted abbreviation goes on in the next: "the U.S.
 * Embassy in Tunis", "U.N. Secretary-General". A sentence after one opens as sentences mostly do,
 * with a function word ("... with the U.S. The talks ..."), or with a quotation mark.
 */
function goesOnAfterAbbreviation(segment: string, next: string): boolean {
  if (!DOTTED_ABBREVIATION.test(segment)) return false;
  const first = FIRST_WORD.exec(next)?.[0];
  return first !== undefined && !STOP_WORDS.has(first.toLowerCase());
}

/** Sentence spans of a text; trailing spaces stay with the sentence they follow. */
function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + SEGMENT_WINDOW_CHARS);
    const found: Array<[number, number]> = [];
    for (const { index, segment } of sentenceSegmenter.segment(text.slice(start, end))) {
      const previous = found.at(-1);
      // "said Mr. Reeves", "Donald J. Trump", "the U.S. Embassy": a title's, an initial's or an
      // abbreviation's full stop ends no sentence, though the segmenter ends one there.
      if (
        previous !== undefined &&
        (endsBeforeName(text.slice(previous[0], previous[1])) ||
          goesOnAfterAbbreviation(text.slice(previous[0], previous[1]), segment))
      )
        previous[1] = start + index + segment.length;
      else found.push([start + index, start + index + segment.length]);
    }
    // The last sentence is whole only at the text's end; one sentence filling the window is cut there.
    if (end < text.length && found.length > 1) found.pop();
    spans.push(...found);
    start = found.at(-1)![1];
  }
  return spans;
}

/** Cuts every paragraph of every document into passages of at most MAX_PASSAGE_CHARS. */
export function toPassages(documents: readonly KnowledgeDocument[]): Passage[] {
  const passages: Passage[] = [];
  for (const document of documents) {
    const meta: DocumentMeta = {
      id: document.id,
      title: document.title,
      publisher: document.publisher,
      url: document.url,
      published: document.published,
      language: document.language,
    };
    document.paragraphs.forEach((paragraph, i) => {
      const parts = splitParagraph(paragraph);
      parts.forEach((text, part) => {
        const suffix = parts.length > 1 ? `.${part + 1}` : '';
        passages.push(new Passage(`${document.id}#p${i + 1}${suffix}`, meta, i + 1, text));
      });
    });
  }
  return passages;
}

/**
 * Packs whole sentences into parts of at most MAX_PASSAGE_CHARS. A single sentence longer
 * than that is cut at the last space before the limit, so no passage ever exceeds it.
 */
export function splitParagraph(paragraph: string): string[] {
  if (paragraph.length <= MAX_PASSAGE_CHARS) return [paragraph];
  const pieces: string[] = [];
  for (const [start, end] of sentenceSpans(paragraph)) {
    let sentence = paragraph.slice(start, end).trim();
    while (sentence.length > MAX_PASSAGE_CHARS) {
      const cut = sentence.lastIndexOf(' ', MAX_PASSAGE_CHARS);
      const at = cut > 0 ? cut : MAX_PASSAGE_CHARS;
      pieces.push(sentence.slice(0, at).trim());
      sentence = sentence.slice(at).trim();
    }
    if (sentence.length > 0) pieces.push(sentence);
  }
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current} ${piece}` : piece;
    if (joined.length <= MAX_PASSAGE_CHARS) {
      current = joined;
    } else {
      parts.push(current);
      current = piece;
    }
  }
  if (current) parts.push(current);
  return parts;
}

import { isEnglish } from './languages.js';
import type { SearchIndex } from './search-index.js';
import { indexTerm } from './terms.js';
import { isCapitalAt, joinsName } from './text.js';

/**
 * The names a knowledge writes in full, under their initials: "International Criminal Court"
 * under "icc", "Individual Partnership Action Plan" under "ipap". Chat asks with the acronym
 * ("who got charged at the icc") where a news story spells the name out, and the acronym alone is
 * a topic word no passage holds.
 *
 * A name is a run of capitalised topic words in one sentence, with at most MAX_CONNECTORS
 * function words between two of them ("Bank of the West"); each part of two to MAX_ACRONYM_LENGTH
 * words stands under its initials ("Prime Minister" in "Tunisian Prime Minister Habib Essid").
 * Initials that two different names share are nobody's: no guess between them.
 */
export const MAX_ACRONYM_LENGTH = 6;
const MAX_CONNECTORS = 2;
/** A longer run of capitals is a headline or text in capitals, not a name. */
const MAX_NAME_WORDS = 8;
/**
 * At most this many initials are kept (about 2 MB): a knowledge written all in capitals would
 * otherwise file every few words of it.
 */
const MAX_INITIALS = 20_000;
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'in']);
const AMBIGUOUS = '';

const tables = new WeakMap<SearchIndex, Map<string, string>>();

/** The words of the name `acronym` (folded, lower case) stands for in the knowledge, or undefined. */
export function longFormOf(index: SearchIndex, acronym: string): readonly string[] | undefined {
  let table = tables.get(index);
  if (!table) tables.set(index, (table = namesByInitials(index)));
  const name = table.get(acronym);
  return name ? name.split(' ') : undefined;
}

/** Worked out on first use, from the index's words: no text is tokenized again. */
function namesByInitials(index: SearchIndex): Map<string, string> {
  const table = new Map<string, string>();
  const { passages, tokens, tokenOffsets, tokenStart, vocabulary } = index;
  const run: string[] = [];
  const flush = () => {
    if (run.length > MAX_NAME_WORDS || table.size >= MAX_INITIALS) run.length = 0;
    for (let first = 0; first < run.length; first++) {
      let initials = run[first]![0]!;
      for (let last = first + 1; last < run.length && last - first < MAX_ACRONYM_LENGTH; last++) {
        initials += run[last]![0];
        const name = run.slice(first, last + 1).join(' ');
        const before = table.get(initials);
        if (before === undefined) table.set(initials, name);
        else if (before !== name) table.set(initials, AMBIGUOUS);
      }
    }
    run.length = 0;
  };
  for (let p = 0; p < passages.length; p++) {
    const { text, document } = passages[p]!;
    if (!isEnglish(document.language)) continue;
    let connectors = 0;
    let end = 0;
    for (let at = tokenStart[p]!; at < tokenStart[p + 1]!; at++) {
      const start = tokenOffsets[at]!;
      const capitalised = isCapitalAt(text, start);
      // Most words are neither in a name nor after one: read no further.
      if (!capitalised && run.length === 0) continue;
      const wordId = tokens[at]!;
      const word = vocabulary.word(wordId);
      if (run.length > 0 && !joinsName(text, end, start)) flush();
      end = start + word.length;
      if (capitalised && vocabulary.termOf(wordId) >= 0) {
        run.push(word);
        connectors = 0;
      } else if (run.length > 0 && CONNECTORS.has(word) && connectors < MAX_CONNECTORS) connectors++;
      else if (run.length > 0) flush();
    }
    flush();
  }
  for (const [initials, name] of table) if (name === AMBIGUOUS) table.delete(initials);
  return table;
}

// A name written in lower case and its acronym after it: "a fresh “individual partnership action
// plan,” or IPAP", "a ferry review board (FRB)".
const DEFINITION = /((?:[\p{Ll}-]+\s+){1,5}[\p{Ll}-]+)[,”"’']{0,2}\s+(?:or\s+)?\(?(\p{Lu}{2,6})\b/gu;
// A definition is looked for in at most this many of the passages holding the acronym.
const MAX_DEFINING_PASSAGES = 20;

const definitions = new WeakMap<SearchIndex, Map<string, readonly string[] | null>>();

/**
 * The words of the name the knowledge writes in lower case right before `acronym` (folded, lower
 * case), or undefined. Read from the passages that hold the acronym only, when first asked: the
 * table of capitalised names costs a pass over every passage, this a look at a few.
 */
export function definedName(index: SearchIndex, acronym: string): readonly string[] | undefined {
  let known = definitions.get(index);
  if (!known) definitions.set(index, (known = new Map()));
  let name = known.get(acronym);
  if (name === undefined) {
    name = findDefinition(index, acronym);
    if (known.size >= MAX_INITIALS) known.clear();
    known.set(acronym, name);
  }
  return name ?? undefined;
}

function findDefinition(index: SearchIndex, acronym: string): readonly string[] | null {
  if (acronym.length < 2 || acronym.length > MAX_ACRONYM_LENGTH || !/^[a-z]+$/.test(acronym)) return null;
  const term = indexTerm(acronym);
  const termId = term === null ? undefined : index.termId(term);
  if (termId === undefined) return null;
  const { passages, from, to } = index.postings(termId);
  const capitals = acronym.toUpperCase();
  for (let at = from; at < to && at - from < MAX_DEFINING_PASSAGES; at++) {
    const { text } = index.passages[passages[at]!]!;
    // Most words are never written in capitals: no definition to read.
    if (!text.includes(capitals)) continue;
    for (const [, phrase, written] of text.matchAll(DEFINITION)) {
      if (written!.toLowerCase() !== acronym) continue;
      // The name is the last words of the phrase whose initials the acronym is.
      const name = phrase!.split(/\s+/).slice(-acronym.length);
      if (name.length === acronym.length && name.every((word, i) => word[0] === acronym[i])) return name;
    }
  }
  return null;
}

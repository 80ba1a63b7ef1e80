import type { SearchIndex } from './search-index.js';
import { SAY_TERM } from './terms.js';
import { stem } from './text.js';

// Verbs that report what someone said, beside the verbs of saying every question word of them
// matches (REPORTING_WORDS): "officials divulged that", "Islamist politicians have acknowledged
// that". Not indexed as saying: "did he admit it" asks whether he admitted it, not what he said.
// An accusation, a blame or a condemnation is said too, and whom it names is spoken of: "a
// statement that accused the union of causing the delays with “a reckless strike”" is not the
// union's words. Not "criticise", whose stem is the noun's ("faced criticism").
const REPORTING_VERB_STEMS: ReadonlySet<string> = new Set(
  'warn confirm acknowledge admit reveal disclose divulge argue vow deny accuse blame condemn'.split(' ').map(stem),
);

/**
 * Per index, per vocabulary word: 0 not yet known, 1 no, 2 says someone spoke. Every word of a
 * passage is asked about at each question, and the answer depends on the word alone.
 */
const sayingWords = new WeakMap<SearchIndex, Uint8Array>();
const NOT_KNOWN = 0;
const DOES_NOT_SAY = 1;
const SAYS = 2;

/**
 * Whether the passage word with this vocabulary id says someone spoke: a verb of saying (indexed
 * as SAY_TERM) or a verb reporting speech. Worked out once per index and word.
 */
export function saysAt(index: SearchIndex, wordId: number): boolean {
  let known = sayingWords.get(index);
  if (known === undefined) sayingWords.set(index, (known = new Uint8Array(index.vocabulary.size)));
  if (known[wordId] === NOT_KNOWN) known[wordId] = says(index, wordId) ? SAYS : DOES_NOT_SAY;
  return known[wordId] === SAYS;
}

function says(index: SearchIndex, wordId: number): boolean {
  const termId = index.vocabulary.termOf(wordId);
  if (termId >= 0 && termId === index.termId(SAY_TERM)) return true;
  return REPORTING_VERB_STEMS.has(stem(index.vocabulary.word(wordId)));
}

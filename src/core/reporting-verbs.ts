import type { SearchIndex } from './search-index.js';
import { SAY_TERM } from './terms.js';
import { stem } from './text.js';

// Verbs that report what someone said, beside the verbs of saying every question word of them
// matches (REPORTING_WORDS): "officials divulged that", "Islamist politicians have acknowledged
// that". Not indexed as saying: "did he admit it" asks whether he admitted it, not what he said.
const REPORTING_VERB_STEMS: ReadonlySet<string> = new Set(
  'warn confirm acknowledge admit reveal disclose divulge argue vow deny'.split(' ').map(stem),
);

function reportsSpeech(word: string): boolean {
  return REPORTING_VERB_STEMS.has(stem(word));
}

/**
 * Per index, per vocabulary word: 0 not yet known, 1 no, 2 a verb reporting speech. Every word of
 * a passage is asked about at each question, and the answer depends on the word alone.
 */
const reportingWords = new WeakMap<SearchIndex, Uint8Array>();
const NOT_KNOWN = 0;
const DOES_NOT_REPORT = 1;
const REPORTS = 2;

/** Whether the passage word with this vocabulary id is a verb reporting speech, worked out once per index. */
export function reportsSpeechAt(index: SearchIndex, wordId: number): boolean {
  let known = reportingWords.get(index);
  if (known === undefined) reportingWords.set(index, (known = new Uint8Array(index.vocabulary.size)));
  if (known[wordId] === NOT_KNOWN)
    known[wordId] = reportsSpeech(index.vocabulary.word(wordId)) ? REPORTS : DOES_NOT_REPORT;
  return known[wordId] === REPORTS;
}

/** Whether the passage word with this vocabulary id says someone spoke: a verb of saying or of reporting speech. */
export function saysAt(index: SearchIndex, wordId: number): boolean {
  const termId = index.vocabulary.termOf(wordId);
  return (termId >= 0 && termId === index.termId(SAY_TERM)) || reportsSpeechAt(index, wordId);
}

import { lexicon } from './lexicon.js';
import { neighbours } from './word-neighbours.js';

/**
 * Reads the lexical tables (WordNet, word frequencies, word neighbours) now rather than on the
 * first question, which would otherwise wait about 90 ms for them. A long-running server calls
 * it at start; a one-shot command need not.
 */
export function loadLexicalResources(): void {
  lexicon().zipf('the');
  neighbours('the');
}

import { isAdjective } from './lexicon.js';
import { forEachWord } from './text.js';
import { POSSESSIVE_DETERMINERS } from './word-lists.js';

/**
 * Superlatives, as far as words tell them: "which country contributes the most troops", "what's
 * the biggest mission" ask for the one at the top, which a passage can name only where it ranks
 * anything ("the most serious violation", "one of the poorest countries", "the top contributor",
 * "won a majority", "more than any other"). A passage that says a country contributes troops,
 * with every other word of the question, does not say which contributes the most.
 */

const IRREGULAR: ReadonlySet<string> = new Set(['best', 'worst', 'eldest']);
const DEGREE: ReadonlySet<string> = new Set(['most', 'least']);
// Words ending in "-est" that rank nothing, though their first letters make an adjective
// ("mod", "fore", "hon"); "latest", which asks for the newest news; "nearest" and "closest",
// which news answers with a distance ("two kilometres from"), not a ranking.
const NOT_RANKING: ReadonlySet<string> = new Set(
  `modest forest honest interest protest earnest harvest contest request suggest arrest invest digest
  manifest guest rest test nest chest quest crest unrest conquest behest latest nearest closest`.split(/\s+/),
);
// What ranks in a passage besides superlatives: "the top contributor", "leading", "a record",
// "won a majority", "topped the charts", "the first", "the only".
const RANKING_WORDS: ReadonlySet<string> = new Set(
  `top topped tops leading record majority foremost first only ahead outstrip outstrips outstripped
  surpass surpasses surpassed outnumber outnumbers outnumbered main primary principal won win wins
  winner winners winning champion champions`.split(/\s+/),
);
// "more cargo than any other port", "longer than anyone", "more than St Luke's and Brisk Royal
// combined", "twice as long as", "No. 1", "31 goals led the league" (not "NATO-led").
const RANKING_PHRASE =
  /\b(?:more|fewer|less|\w+er)\b[^.;!?]{0,40}?\bthan\s+(?:any(?:one|thing)?\b|(?:the\s+)?\p{Lu})|\b(?:twice|\w+\s+times)\s+as\s+\w+\s+as\b|\bno\.\s?1\b|\bnumber one\b|\b(?:led|leads|leading)\s+the\s+(?:league|table|field|charts?|polls?|standings|rankings?|race)\b/iu;
// "the most recent time", "most likely": when, and how sure, not a ranking.
const NOT_DEGREE: ReadonlySet<string> = new Set(['recent', 'recently', 'likely', 'probably']);
// "at least five", "at most 40", "did their best", "most recent", "most likely": no ranking.
const NO_RANKING_PHRASE = new RegExp(
  `\\bat\\s+(?:least|most)\\b|\\b(?:${POSSESSIVE_DETERMINERS.join('|')})\\s+best\\b|\\bmost\\s+(?:${[...NOT_DEGREE].join('|')})\\b`,
  'gi',
);

/** Whether a word is an adjective's "-est" form: "poorest", "largest", "biggest", "deadliest", "fewest". */
function isEstForm(word: string): boolean {
  if (word.length < 5 || !word.endsWith('est') || NOT_RANKING.has(word)) return false;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  // "biggest" → big, "deadliest" → deadly.
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.some((candidate) => candidate.length > 1 && isAdjective(candidate));
}

/**
 * Whether the words of an ask rank something: "the most troops", "frustrated him most", "the
 * biggest", "the best"; not "most Tunisians" (most of them), "at least", "the latest", "the most
 * recent", "most likely".
 */
export function asksSuperlative(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => {
    // Not "do their best", "at best".
    if (IRREGULAR.has(word) || isEstForm(word)) return !(word === 'best' && BEFORE_BEST.has(askingWords[i - 1] ?? ''));
    if (!DEGREE.has(word) || askingWords[i - 1] === 'at' || NOT_DEGREE.has(askingWords[i + 1] ?? '')) return false;
    // "the most troops", "frustrated him most"; not "most local businesses" (most of them).
    return askingWords[i - 1] === 'the' || i === askingWords.length - 1;
  });
}
const BEFORE_BEST: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS, 'at']);

/**
 * Whether a span of a passage's text ranks anything: "most", "least", "best", "worst", an "-est"
 * form, or the words and phrases of RANKING_WORDS and RANKING_PHRASE.
 */
export function saysSuperlative(text: string, [start, end]: readonly [number, number]): boolean {
  const span = text.slice(start, end).replace(NO_RANKING_PHRASE, ' ');
  if (RANKING_PHRASE.test(span)) return true;
  let ranks = false;
  forEachWord(span, (word) => {
    ranks ||= DEGREE.has(word) || IRREGULAR.has(word) || RANKING_WORDS.has(word) || isEstForm(word);
  });
  return ranks;
}

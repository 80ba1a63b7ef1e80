import { lexicon } from './lexicon.js';
import { forEachWord } from './text.js';

/**
 * Superlatives, as far as words tell them: "which country contributes the most troops", "what's
 * the biggest mission" ask for the one at the top, which a passage can name only where it ranks
 * anything ("the most serious violation", "one of the poorest countries", "the largest
 * collection"). A passage that says a country contributes troops, with every other word of the
 * question, does not say which contributes the most.
 */

const IRREGULAR: ReadonlySet<string> = new Set(['best', 'worst']);
const DEGREE: ReadonlySet<string> = new Set(['most', 'least']);

/** Whether WordNet knows the word as an adjective (it has similar adjectives or a noun it pertains to). */
function isAdjective(word: string): boolean {
  return lexicon()
    .related(word)
    .some(({ relation }) => relation === 'similar' || relation === 'pertainym');
}

/**
 * Whether a word is an adjective's "-est" form: "poorest", "largest", "biggest", "deadliest"; not
 * "interest", "honest", "modest" or "protest", whose stems are no adjectives.
 */
function isEstForm(word: string): boolean {
  if (word.length < 5 || !word.endsWith('est')) return false;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`];
  // "biggest" → big, "deadliest" → deadly.
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
  if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  return candidates.some((candidate) => candidate.length > 1 && isAdjective(candidate));
}

/**
 * Whether the words of an ask rank something: "the most troops", "most serious", "frustrated him
 * most", "the biggest", "the best"; not "most Tunisians" (most of them), which asks no ranking.
 */
export function asksSuperlative(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => {
    if (IRREGULAR.has(word) || isEstForm(word)) return true;
    if (!DEGREE.has(word)) return false;
    const next = askingWords[i + 1];
    return askingWords[i - 1] === 'the' || next === undefined || isAdjective(next) || /..(?:ed|ing)$/.test(next);
  });
}

/** Whether a span of a passage's text ranks anything: "most", "least", "best", "worst", an "-est" form. */
export function saysSuperlative(text: string, [start, end]: readonly [number, number]): boolean {
  let ranks = false;
  forEachWord(text.slice(start, end), (word) => {
    ranks ||= DEGREE.has(word) || IRREGULAR.has(word) || isEstForm(word);
  });
  return ranks;
}

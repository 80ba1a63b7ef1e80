import { lexicon, type Relation, wordForms } from './lexicon.js';
import { stem } from './text.js';
import { commonWordMeant } from './typing-slips.js';

/**
 * What befell something, as a question and a passage say it: "how many people were killed" and
 * "19 people were killed", not "50 other people were wounded". Words are told the same by
 * WordNet alone: the word vectors put "wounded" next to "killed".
 */

// "were", "got", "have been": the participle after them says what befell the thing before them.
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'were',
  'was',
  'got',
  'get',
  'been',
  'have',
  'had',
  'are',
  'is',
]);

// The relations that tell one happening in other words: "slain" for "killed" (a kind of
// killing), "died" (what killing is defined by), "injured" for "hurt".
const SAME_HAPPENING: ReadonlySet<Relation> = new Set([
  'synonym',
  'hypernym',
  'hyponym',
  'genus',
  'species',
  'derivation',
]);

/** The stems of the words WordNet relates to a word's forms as telling the same happening. */
function happeningStems(word: string): Set<string> {
  const stems = new Set<string>();
  for (const form of wordForms(word))
    for (const related of lexicon().related(form))
      if (SAME_HAPPENING.has(related.relation)) stems.add(stem(related.word));
  return stems;
}

/**
 * Whether a passage's participle tells what `typed` (the question's word, or the word it is a
 * slip of) tells: by their forms or one WordNet relation either way. Undefined where WordNet
 * relates nothing to the question's word ("rerouted"): what it does not know, it cannot tell apart.
 */
export function happeningMatcher(typed: string): ((participle: string) => boolean) | undefined {
  const asked = commonWordMeant(typed) ?? typed;
  const told = happeningStems(asked);
  if (told.size === 0) return undefined;
  const own = new Set(wordForms(asked).map(stem));
  for (const word of own) told.add(word);
  return (participle) => {
    if (wordForms(participle).some((form) => told.has(stem(form)))) return true;
    const its = happeningStems(participle);
    return [...own].some((word) => its.has(word));
  };
}

/** A verb's past participle: a regular one ("wounded") or one WordNet lists a base form of ("slain"). */
export function isParticiple(word: string): boolean {
  return /(?:ed|en)$/.test(word) || lexicon().baseForms(word).length > 0;
}

/** Whether WordNet relates anything to the word or to one of its forms. */
export function isKnownToWordNet(word: string): boolean {
  return wordForms(word).some((form) => lexicon().related(form).length > 0);
}

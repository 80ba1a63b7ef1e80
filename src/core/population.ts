/**
 * How many people live somewhere: "what's the population of Tunisia", "how many people live in
 * Tunisia". A news report gives it as what the place is ("Tunisia, a mostly Muslim nation of
 * about 11 million people", "a city of 40,000 inhabitants", "home to 2 million people", "its
 * population of 11 million"), not as any count of people: "killing at least 19 people" is no
 * population, and a question asking one is not answered by it.
 */

// The ask's words: "population", "how many inhabitants", or "how many people live ...".
const DWELLERS = new Set(['inhabitants', 'residents']);
const PEOPLE = new Set(['people', 'ppl', 'persons']);
const LIVES = ['live', 'lives', 'living'];
const LIVING = new Set([...LIVES, 'reside', 'inhabit']);
// "how many people actually live in": the verb within this many words of "people".
const LIVING_REACH = 3;

/** Whether an ask asks how many people live somewhere. */
export function asksPopulation(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => {
    if (word === 'population') return true;
    if (word !== 'many' || askingWords[i - 1] !== 'how') return false;
    const counted = askingWords[i + 1] ?? '';
    return (
      DWELLERS.has(counted) ||
      (PEOPLE.has(counted) && askingWords.slice(i + 2, i + 2 + LIVING_REACH).some((next) => LIVING.has(next)))
    );
  });
}

/**
 * Whether a word of an ask asking a population names the kind of answer, which a passage gives
 * without it ("a nation of about 11 million people"): "population", "inhabitants", "live".
 */
export function namesPopulationAsked(word: string): boolean {
  return word === 'population' || DWELLERS.has(word) || LIVES.includes(word);
}

// Before the number: "a nation of (about)", "home to", "population of", "population:". After it:
// "(million) inhabitants", "residents", or "people" when a place noun and "of" came before.
const PLACE_OF =
  /\b(?:nation|country|city|town|village|island|state|province|region|capital|territory)\s+of\s+(?:\S+\s+){0,2}$/i;
const HOME_TO =
  /\b(?:home\s+to|population\s+(?:of|is|was|stands\s+at)|populations?\s*:|inhabited\s+by)\s+(?:\S+\s+){0,2}$/i;
const INHABITANTS_AFTER = /^\s*(?:(?:million|billion|thousand)\s+)?(?:inhabitants|residents|citizens)\b/i;
const PEOPLE_AFTER = /^\s*(?:(?:million|billion|thousand)\s+)?people\b/i;
// Enough text before a number for "a mostly Muslim nation of about".
const BEFORE_CHARS = 40;

/** Whether the number written at `at` in a text gives how many people live somewhere. */
export function givesPopulation(text: string, at: number, number: string): boolean {
  const before = text.slice(Math.max(0, at - BEFORE_CHARS), at);
  const after = text.slice(at + number.length, at + number.length + 30);
  if (HOME_TO.test(before) || INHABITANTS_AFTER.test(after)) return true;
  return PLACE_OF.test(before) && PEOPLE_AFTER.test(after);
}

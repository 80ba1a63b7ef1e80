import { lexicon } from './lexicon.js';
import { baseOf } from './terms.js';
import { forEachWord } from './text.js';
import { STOP_WORDS } from './word-lists.js';

/**
 * Whose a thing is, by country or people: "Armenian soldiers", "the president of Azerbaijan".
 * A passage about Azerbaijani soldiers holds every word of "how many Armenian soldiers were
 * killed" (it names Armenian positions too), and answered it; one that says whose the soldiers
 * are, and never that they are Armenian, does not answer it.
 */

/** A thing and the countries or peoples a question says it is of. */
export interface PlaceModified {
  /** The thing, in its base form ("soldier"). */
  head: string;
  /** The country or people, as proper nouns ("armenia"; "tunisian" is of "tunis" or "tunisia"). */
  places: readonly string[];
}

// A proper noun this common in English is mostly something else: "man" (the Isle of Man), "men".
const MAX_PLACE_ZIPF = 5;

/**
 * The countries or peoples a word names, as proper nouns: "armenian" and "armenia" are
 * "armenia" (WordNet's pertainym, which the lexicon holds for proper nouns only); none for any
 * other word.
 */
function placesOf(word: string): string[] {
  if (STOP_WORDS.has(word)) return [];
  const places: string[] = [];
  for (const { word: related, relation } of lexicon().related(word)) {
    if (relation === 'pertainingAdjective' && lexicon().zipf(word) < MAX_PLACE_ZIPF && !places.includes(word))
      places.push(word);
    if (relation === 'pertainym' && !places.includes(related)) places.push(related);
  }
  return places;
}

/** Whether a word can be the thing a place is said of: a topic word, not a place itself. */
function isHead(word: string | undefined): word is string {
  return word !== undefined && !STOP_WORDS.has(word) && !/^\p{N}/u.test(word) && placesOf(word).length === 0;
}

/** The things a question says are of a country or people: "armenian soldiers", "president of azerbaijan". */
export function placeModifiedIn(words: readonly string[]): PlaceModified[] {
  const found: PlaceModified[] = [];
  for (let i = 0; i < words.length; i++) {
    const places = placesOf(words[i]!);
    if (places.length === 0) continue;
    const after = words[i + 1];
    if (isHead(after)) found.push({ head: baseOf(after), places });
    // "the president of Azerbaijan", "the army of the Armenians"
    const of = words[i - 1] === 'the' ? i - 2 : i - 1;
    if (words[of] === 'of' && isHead(words[of - 1])) found.push({ head: baseOf(words[of - 1]!), places });
  }
  return found;
}

// Not the dots of "U.S." or "Mr.", whose words belong together.
const CLAUSE_BREAK = /(?<!\b\p{L}{1,2})[.!?]+(?=\s|$)|[,;:()"\u201C\u201D\u2013\u2014\n]+/u;

/**
 * Whether a text says whose one of the things is, and never the country or people the question
 * says: "five Azerbaijani soldiers" for "Armenian soldiers", "Armenian President Serzh
 * Sarkisian" for "the president of Azerbaijan".
 */
export function saysOtherPlace(text: string, asked: readonly PlaceModified[]): boolean {
  if (asked.length === 0) return false;
  // Clause by clause: "... in North Africa. Security officials ..." says nothing of Africa's security.
  const said = text.split(CLAUSE_BREAK).flatMap((clause) => {
    const words: string[] = [];
    forEachWord(clause, (word) => words.push(word));
    return placeModifiedIn(words);
  });
  const samePlace = (a: PlaceModified, b: PlaceModified) => a.places.some((place) => b.places.includes(place));
  return asked.some(
    (thing) =>
      said.some((other) => other.head === thing.head && !samePlace(other, thing)) &&
      !said.some((other) => other.head === thing.head && samePlace(other, thing)),
  );
}

import { readDataFile } from './data-file.js';
import { memoised } from './memo.js';
import { PackedList } from './packed-list.js';

/**
 * Lexical resources for reading questions: WordNet's irregular forms and neighbours, and how
 * common a word is in English at large. Everything was prepared at build time by
 * scripts/build-lexicon.ts into lexicon/lexicon-data.json (see lexicon/README.md); this module only
 * reads it, once, on first use, synchronously.
 *
 * Words in and out are folded as citebot folds them (lower case, no accents, no apostrophes) and
 * are single words: WordNet's collocations ('head_of_state') are left out, but for two-word nouns,
 * verbs and adjectives, kept under their two words and a space ('movie theater', 'self assured') and
 * asked for by `compound`, whose related words are their one-word synonyms ('cinema', 'confident').
 */
export type Relation =
  | 'synonym'
  | 'country'
  | 'capital'
  | 'pertainym'
  | 'pertainingAdjective'
  | 'derivation'
  | 'hypernym'
  | 'hyponym'
  | 'similar'
  | 'genus'
  | 'species';

export interface LexiconWord {
  word: string;
  /** The word's id in the lexicon (0 to size - 1): a key for remembering what it maps to. */
  id: number;
}

export interface RelatedWord extends LexiconWord {
  relation: Relation;
}

export interface Lexicon {
  /**
   * Base forms of an irregular form from WordNet's exception lists: 'rose' → ['rise'],
   * 'men' → ['man'], 'spoke' → ['speak']. Empty when the word is not an irregular form (also for
   * regular inflections such as 'endorsed', and for base forms themselves).
   */
  baseForms(word: string): readonly string[];
  /** The lemmas an inflected form is of, irregular or regular ('clashes' → ['clash']); empty for a lemma. */
  lemmas(word: string): readonly string[];
  /**
   * Zipf frequency of the word in English at large: log10 of its frequency per billion words in
   * SUBTLEX-US (about 7.5 for 'the', 3 for mid words, 1.6 for a word seen once), 0 for words it
   * lacks, such as most names.
   */
  zipf(word: string): number;
  /**
   * WordNet neighbours of the word, best first, at most 40: the word's own as a WordNet lemma, then
   * those of its base forms when it is inflected ('endorsed' → those of 'endorse'). Within one
   * lemma: synonyms, then for a national capital its country and the country's adjectives
   * ("ankara" → "turkey", "turkish"), for a country its national capital ("turkey" → "ankara"),
   * then pertainyms (an adjective's noun, "turkish" → "turkey")
   * and the adjectives of a noun ("turkey" → "turkish"), then similar adjectives, then derivations,
   * then hypernyms, then
   * hyponyms, each in WordNet's sense order (most frequent senses first), then the genus the
   * definition of its first sense names ("hail", "praise vociferously": "praise") and the words
   * whose definitions name it so ("praise" → "hail"). A word appears once,
   * with its first relation. Empty for words WordNet lacks.
   */
  related(word: string): ReadonlyArray<RelatedWord>;
  /**
   * Whether the word names a thing more than it does anything else: WordNet gives it (or, when it
   * is an inflected form and no lemma itself, its base forms) at least as many noun senses as
   * verb, adjective and adverb senses together. 'population', 'troops', 'commander': yes;
   * 'signed', 'discuss', 'old', 'hail': no; words WordNet lacks: no.
   */
  mostlyNoun(word: string): boolean;
  /** Whether WordNet gives the word (or, as above, its base forms) a noun sense: 'storms', 'ships'. */
  canBeNoun(word: string): boolean;
  /**
   * Whether the word is first of all a person's name: WordNet's most frequent sense of it is a
   * proper noun naming someone ('paul', 'george', 'daniel'), however common the word is in English.
   * Not 'bush' (a shrub first) or 'congress'.
   */
  namesPersonFirst(word: string): boolean;
  /**
   * Whether the word is a common noun for people: WordNet's first sense of it as a noun is a kind
   * of person, written in lower case ('member', 'official', 'critic', 'voter'), or, for an
   * inflected form, of one of its lemmas ('members'). Not 'party' or 'police' (groups), nor 'paul'.
   */
  namesPeople(word: string): boolean;
  /**
   * The names WordNet gives as instances of a class noun, the most common in English first:
   * 'country' → france, ..., afghanistan, ...; 'city' → ..., brussels, .... A name's
   * classes are what it is an instance of and the classes just above that ('Brussels': national
   * capital, then capital and city). A name WordNet files as a kind rather than an instance
   * ('NATO', a kind of international organization) counts too: 'alliance' → ..., nato, .... Read
   * through the base forms of an inflected word ('countries'). Empty for words that name no class
   * of named things.
   */
  instances(word: string): ReadonlyArray<LexiconWord>;
  /**
   * The one-word synonyms of the two-word noun, verb or adjective WordNet gives as one lemma
   * ('movie', 'theater' → cinema; 'take', 'place' → happen; 'self', 'assured' → confident), and
   * after them, for a verb, the one-word lemmas of its hypernyms ('touch', 'down' → land, a
   * hypernym); empty for two words that make no such lemma.
   */
  compound(first: string, second: string): ReadonlyArray<RelatedWord>;
  /**
   * The two-word lemmas whose one-word words (see compound) include the word, as [first, second]:
   * 'increase' → ramp up, step up, ...; 'cinema' → movie theater, ...; empty for none.
   */
  compoundsMeaning(word: string): ReadonlyArray<readonly [string, string]>;
  /** How many words the lexicon holds. */
  readonly size: number;
  /** Forgets the words looked up so far; benchmarks use it to measure questions with unseen words. */
  forgetLookups(): void;
}

const DATA_URL = new URL('./lexicon/lexicon-data.json', import.meta.url);
const FORMAT = 1;
const MAX_RELATED = 40;

// Keep these in step with scripts/build-lexicon.ts.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const ID_WIDTH = 3;
const EXCEPTION = '<';
const NO_WORDS: readonly string[] = [];
const INFLECTION = '=';
const INSTANCE = '*';
const PERSON_NAME = '?';
// The two-word keys a word is one of the one-word words of (see compoundsMeaning).
const PHRASE = ';';
const PEOPLE_NOUN = ':';
const MARKER_RELATIONS: Readonly<Record<string, Relation>> = {
  '!': 'synonym',
  '#': 'country',
  '@': 'capital',
  '%': 'pertainym',
  $: 'pertainingAdjective',
  '&': 'similar',
  '+': 'derivation',
  '^': 'hypernym',
  '~': 'hyponym',
  '>': 'genus',
  '|': 'species',
};

const DIGIT_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUES[DIGITS.charCodeAt(i)] = i;

interface LexiconData {
  format: number;
  words: string;
  zipf: string;
  entries: string;
  senses: string;
}

let loaded: Lexicon | undefined;

/** The lexicon, read from its data file on the first call. */
export function lexicon(): Lexicon {
  loaded ??= load(readDataFile(DATA_URL));
  return loaded;
}

/** A word's own forms: itself, its lemmas and the base forms WordNet lists ("slain" → slay). */
export function wordForms(word: string): string[] {
  return [word, ...lexicon().lemmas(word), ...lexicon().baseForms(word)];
}

/**
 * Whether WordNet reads the word as an adjective: "of" something else ("Armenian" of Armenia) or
 * like another adjective ("foreign", "armed").
 */
export function isAdjective(word: string): boolean {
  return lexicon()
    .related(word)
    .some(({ relation }) => relation === 'pertainym' || relation === 'similar');
}

/** Reads a lexicon from the text of a data file (exported for tests and benchmarks). */
export function load(text: string): Lexicon {
  const data = JSON.parse(text) as LexiconData;
  if (data.format !== FORMAT) throw new Error(`lexicon data has format ${data.format}, expected ${FORMAT}`);
  // The word list stays the one sorted string it was read as: see PackedList.
  const words = new PackedList(data.words, '\n');
  const { zipf: zipfs, entries, senses } = data;
  // A word's place in the list, found by binary search once and remembered: a question reads the
  // same few words through several of the methods below, each of which needs it.
  const idOf = memoised((word) => words.indexOfSorted(word), ID_MEMO_LIMIT);
  // A word's related words, read out of its entry once: the same question words come back, and
  // reading an entry makes a string and an object for each of up to 40 words.
  const relatedOf = memoised((word): readonly RelatedWord[] => {
    const id = idOf(word);
    return id < 0 ? NO_RELATED : relatedOfId(id);
  }, RELATED_MEMO_LIMIT);
  if (zipfs.length !== words.length * 2) throw new Error('lexicon data: zipf does not match the word list');
  if (senses?.length !== words.length * 2) throw new Error('lexicon data: senses do not match the word list');
  // Entry i is entries.slice(entryList.start(i), entryList.end(i)).
  const entryList = new PackedList(entries, '\n');
  if (entryList.length !== words.length) throw new Error('lexicon data: entries do not match the word list');

  function digit(text: string, at: number): number {
    return DIGIT_VALUES[text.charCodeAt(at)] ?? -1;
  }

  /** Calls visit with each marker of the word's entry and the words that follow it. */
  function forEachGroup(id: number, visit: (marker: string, ids: number[]) => void): void {
    const end = entryList.end(id);
    let at = entryList.start(id);
    while (at < end) {
      const marker = entries[at++]!;
      const group: number[] = [];
      while (at < end && digit(entries, at) >= 0) {
        let n = 0;
        for (let k = 0; k < ID_WIDTH; k++) n = n * 64 + digit(entries, at + k);
        group.push(n);
        at += ID_WIDTH;
      }
      visit(marker, group);
    }
  }

  let irregular: Map<string, readonly string[]> | undefined;
  let compoundFirstWords: ReadonlySet<string> | undefined;
  // A two-word key's related words, remembered apart from single words' (see compound).
  const compoundOf = memoised((key): readonly RelatedWord[] => {
    const id = words.indexOfSorted(key);
    return id < 0 ? NO_RELATED : relatedOfId(id);
  }, RELATED_MEMO_LIMIT);

  // A word's two-word lemmas (see compoundsMeaning), read out of its entry once.
  const phrasesOf = memoised(
    (word): ReadonlyArray<readonly [string, string]> =>
      idsMarked(idOf(word), PHRASE).map((key) => {
        const [first, second] = wordAt(key).split(' ');
        return [first!, second!] as const;
      }),
    RELATED_MEMO_LIMIT,
  );

  /** The first words of the lexicon's two-word lemmas ("movie theater"), found by their space. */
  function firstWordsOfCompounds(): ReadonlySet<string> {
    const found = new Set<string>();
    const { text } = words;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
      found.add(text.slice(text.lastIndexOf('\n', at) + 1, at));
    }
    return found;
  }

  /** Every irregular form with its base forms, found by the exception markers in the entries. */
  function irregularForms(): Map<string, readonly string[]> {
    const forms = new Map<string, readonly string[]>();
    for (let at = entries.indexOf(EXCEPTION); at >= 0; at = entries.indexOf(EXCEPTION, at + 1)) {
      const entry = entryList.indexAt(at);
      const form = words.at(entry);
      if (forms.has(form)) continue;
      forms.set(
        form,
        idsMarked(entry, EXCEPTION).map((b) => words.at(b)),
      );
    }
    return forms;
  }

  /** The ids in the word's entry after any of the markers: its base forms, or the names of its class. */
  function idsMarked(id: number, markers: string): number[] {
    const marked: number[] = [];
    forEachGroup(id, (marker, ids) => {
      if (markers.includes(marker)) marked.push(...ids);
    });
    return marked;
  }

  /**
   * Whether the entry at `id` holds a marker that stands alone (no ids follow it). Asked of words as
   * passages are read: the marker is looked for in the entry's text, as no id digit is one,
   * without reading the entry's groups into arrays.
   */
  function isMarked(id: number, marker: string): boolean {
    const end = entryList.end(id);
    for (let at = entryList.start(id); at < end; at++) if (entries[at] === marker) return true;
    return false;
  }

  /** The word's noun senses and its other senses in WordNet. */
  function sensesOf(word: string): [number, number] {
    const id = idOf(word);
    if (id < 0) return [0, 0];
    let nounSenses = digit(senses, 2 * id);
    let otherSenses = digit(senses, 2 * id + 1);
    // An inflected form is read through its base forms; a lemma is taken as it is ('discuss' is
    // not 'discus' plus s).
    if (nounSenses + otherSenses === 0) {
      for (const lemma of idsMarked(id, EXCEPTION + INFLECTION)) {
        nounSenses += digit(senses, 2 * lemma);
        otherSenses += digit(senses, 2 * lemma + 1);
      }
    }
    return [nounSenses, otherSenses];
  }

  // A word's related words are looked up in maps by their text right after; the same string
  // each time keeps its hash, computed once, instead of a fresh slice to hash per question.
  const interned = new Map<number, string>();
  function wordAt(id: number): string {
    let word = interned.get(id);
    if (word === undefined) interned.set(id, (word = words.at(id)));
    return word;
  }

  /** The related words of the word at `id`: see Lexicon.related. */
  function relatedOfId(id: number): readonly RelatedWord[] {
    const out: RelatedWord[] = [];
    const seen = new Set<number>([id]);
    for (const lemma of [id, ...idsMarked(id, EXCEPTION + INFLECTION)]) {
      forEachGroup(lemma, (marker, ids) => {
        const relation = MARKER_RELATIONS[marker];
        if (relation === undefined) return;
        for (const other of ids) {
          if (out.length >= MAX_RELATED || seen.has(other)) continue;
          seen.add(other);
          out.push({ word: wordAt(other), id: other, relation });
        }
      });
    }
    return out;
  }

  return {
    baseForms(word) {
      // Asked of every word an index meets, so the few thousand irregular forms get a map.
      irregular ??= irregularForms();
      return irregular.get(word) ?? NO_WORDS;
    },

    lemmas(word) {
      const id = idOf(word);
      if (id < 0) return NO_WORDS;
      const ids = idsMarked(id, EXCEPTION + INFLECTION);
      return ids.length === 0 ? NO_WORDS : ids.map(wordAt);
    },

    zipf(word) {
      const id = idOf(word);
      if (id < 0) return 0;
      return (digit(zipfs, 2 * id) * 64 + digit(zipfs, 2 * id + 1)) / 100;
    },

    size: words.length,

    forgetLookups() {
      idOf.forget();
      relatedOf.forget();
      compoundOf.forget();
      phrasesOf.forget();
    },

    mostlyNoun(word) {
      const [nounSenses, otherSenses] = sensesOf(word);
      return nounSenses > 0 && nounSenses >= otherSenses;
    },

    canBeNoun(word) {
      return sensesOf(word)[0] > 0;
    },

    namesPersonFirst(word) {
      const id = idOf(word);
      return id >= 0 && isMarked(id, PERSON_NAME);
    },

    namesPeople(word) {
      const id = idOf(word);
      if (id < 0) return false;
      return (
        isMarked(id, PEOPLE_NOUN) || idsMarked(id, EXCEPTION + INFLECTION).some((lemma) => isMarked(lemma, PEOPLE_NOUN))
      );
    },

    instances(word) {
      const id = idOf(word);
      if (id < 0) return [];
      const names: LexiconWord[] = [];
      for (const lemma of [id, ...idsMarked(id, EXCEPTION + INFLECTION)])
        for (const name of idsMarked(lemma, INSTANCE)) names.push({ word: wordAt(name), id: name });
      return names;
    },

    related(word) {
      return relatedOf(word);
    },

    compound(first, second) {
      // Asked of every two question words side by side, and almost never one: the first words
      // of the lexicon's two-word lemmas say at once, without a lookup that would crowd out the
      // memo of single words.
      compoundFirstWords ??= firstWordsOfCompounds();
      return compoundFirstWords.has(first) ? compoundOf(`${first} ${second}`) : NO_RELATED;
    },

    compoundsMeaning(word) {
      const id = idOf(word);
      // Asked of every synonym of every question word: most mean no two-word lemma, as the
      // marker's absence tells without reading the entry.
      if (id < 0 || !isMarked(id, PHRASE)) return NO_PAIRS;
      return phrasesOf(word);
    },
  };
}

const ID_MEMO_LIMIT = 50_000;
const RELATED_MEMO_LIMIT = 4_000;
const NO_RELATED: readonly RelatedWord[] = [];
const NO_PAIRS: ReadonlyArray<readonly [string, string]> = [];

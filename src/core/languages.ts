import { createRequire } from 'node:module';
import { memoised } from './memo.js';
import { foldWord } from './text.js';

/**
 * How the index reads words of one language other than English: which are function words,
 * and the stem the others are stored and searched under. Words come in folded (lower case,
 * accents dropped: see foldWord), as the index holds them.
 */
export interface LanguageAnalyzer {
  /** The primary language subtag: "pt" for "pt-BR". */
  readonly language: string;
  /** Function words of the language, folded. Empty when no list is known for it. */
  readonly stopWords: ReadonlySet<string>;
  /** Whether the language has a stemmer; without one, words are their own stem. */
  readonly stems: boolean;
  /** The stem of a folded word; numbers are kept as they are. */
  stem(word: string): string;
  /**
   * The index term of a folded word in this language: "fr:gouvern" for "gouvernements", null
   * for a function word or a lone letter. The language prefix keeps every language's terms
   * apart from English ones and from each other's.
   */
  term(word: string): string | null;
}

/** "pt-BR" → "pt", "EN_us" → "en". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** English documents keep the index's own English analysis (terms.ts). */
export function isEnglish(tag: string): boolean {
  return primaryLanguage(tag) === 'en';
}

const require = createRequire(import.meta.url);

/** Snowball stemmers by ISO 639-1 code, as @orama/stemmers names them. */
const STEMMER_MODULES: Readonly<Record<string, string>> = {
  ar: 'arabic',
  bg: 'bulgarian',
  da: 'danish',
  de: 'german',
  el: 'greek',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  uk: 'ukrainian',
};

/** The languages with a stemmer here. */
export const STEMMED_LANGUAGES: readonly string[] = Object.keys(STEMMER_MODULES);

let stopWordLists: Record<string, string[]> | undefined;

function stopWordsOf(language: string): ReadonlySet<string> {
  stopWordLists ??= require('stopwords-iso') as Record<string, string[]>;
  const list = Object.hasOwn(stopWordLists, language) ? stopWordLists[language]! : [];
  const folded = new Set<string>();
  for (const word of list) {
    // "aujourd'hui" is folded as the index folds it; a list entry of two words can never match one.
    const form = foldWord(word);
    if (form && !/\s/.test(form)) folded.add(form);
  }
  return folded;
}

function stemmerOf(language: string): ((word: string) => string) | undefined {
  const name = STEMMER_MODULES[language];
  return name ? (require(`@orama/stemmers/${name}`) as { stemmer: (word: string) => string }).stemmer : undefined;
}

/**
 * Folding takes the breve off "й" (it is "и" and a combining mark), which the Russian stemmer
 * needs in the adjective endings "-ый", "-ий", "-ой", "-ей": put it back at the end of a word.
 */
const BEFORE_STEMMING: Readonly<Record<string, (word: string) => string>> = {
  ru: (word) => word.replace(/([аеиоуыэюя])и$/u, '$1й'),
};

const STEM_CACHE_LIMIT = 100_000;
const analyzers = new Map<string, LanguageAnalyzer>();

/**
 * The analyzer for a language tag ("fr", "de-CH", "pt-BR"). Any language gets one: with its
 * stop words and stemmer where known, else with words as their own terms.
 */
export function analyzerFor(tag: string): LanguageAnalyzer {
  const language = primaryLanguage(tag);
  let analyzer = analyzers.get(language);
  if (!analyzer) {
    analyzer = makeAnalyzer(language);
    analyzers.set(language, analyzer);
  }
  return analyzer;
}

function makeAnalyzer(language: string): LanguageAnalyzer {
  const stopWords = stopWordsOf(language);
  const stemmer = stemmerOf(language);
  const prepare = BEFORE_STEMMING[language];
  const memoisedStem = stemmer && memoised((word) => stemmer(prepare ? prepare(word) : word) || word, STEM_CACHE_LIMIT);
  const stem = (word: string): string => (!memoisedStem || /^\p{N}+$/u.test(word) ? word : memoisedStem(word));
  return {
    language,
    stopWords,
    stems: stemmer !== undefined,
    stem,
    term(word) {
      if (stopWords.has(word) || (word.length === 1 && !/\p{N}/u.test(word))) return null;
      return `${language}:${stem(word)}`;
    },
  };
}

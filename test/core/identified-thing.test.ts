import { describe, expect, it } from 'vitest';
import { identifiesThing, thingWhichAsks } from '../../src/core/identified-thing.js';
import { answerQuestion } from '../../src/core/index.js';
import { parseQuestion } from '../../src/core/question.js';
import { stem } from '../../src/core/text.js';
import { answerKindIn, indexOf } from '../helpers.js';

const words = (question: string) => question.toLowerCase().split(/\s+/);
const thing = (question: string) => thingWhichAsks(words(question), 0);
const thingStem = (question: string) => thing(question)?.stem;
const stems = (question: string) => new Set(words(question).map(stem));
/** -1 where the whole text names what "which" asks about only in the question's own words. */
const identifies = (text: string, question: string) =>
  identifiesThing(text, [0, text.length], thing(question)!, stems(question));

describe('the thing a "which" question asks to identify', () => {
  it('is the noun after "which", up to the verb', () => {
    expect(thingStem('which aid groups will get access')).toBe(stem('groups'));
    expect(thingStem('which gulf allies oppose the deal')).toBe(stem('allies'));
    expect(thingStem('which other countries are on the list')).toBe(stem('countries'));
  });

  it('is the noun after "which of" and "the" or an owner: "which of the ferries", "which of Obama\'s relatives"', () => {
    expect(thingStem('which of the ferries sank')).toBe(stem('ferries'));
    expect(parseQuestion(port, "which of the council's ferries sank").identified).toEqual({ stem: stem('ferries') });
  });

  it('ends at a verb WordNet also reads as a noun: by its ending, as an irregular form, or after a plural', () => {
    expect(thingStem('which side faced the accusations')).toBe(stem('side'));
    expect(thingStem('which country accused the neighbours of shelling')).toBe(stem('country'));
    expect(thingStem('which countries support the plan')).toBe(stem('countries'));
    expect(thingStem('which country sent troops')).toBe(stem('country'));
    expect(thingStem('which group took responsibility')).toBe(stem('group'));
    expect(thingStem('which islamist party won')).toBe(stem('party'));
    // Before the noun, a participle is an adjective.
    expect(thingStem('which armed gangs looted the shops')).toBe(stem('gangs'));
    // Any other word WordNet knows ends it too: "sanctions" is what the ally opposes.
    expect(thingStem('which gulf ally opposes sanctions')).toBe(stem('ally'));
  });

  it('is the noun after "what" too where it names a thing known by a name of its own ("what museum"), not a description', () => {
    expect(parseQuestion(port, 'what museum did the storm damage').identified).toEqual({ stem: stem('museum') });
    expect(parseQuestion(port, 'what company won the contract').identified).toEqual({ stem: stem('company') });
    // "What plan", "what evidence" ask what it is, which a passage says in common words.
    expect(parseQuestion(port, 'what plan does the council have for the ferries').identified).toBeUndefined();
    expect(parseQuestion(port, 'what evidence did the council give').identified).toBeUndefined();
  });

  it('is nothing where the thing owns another: "which country\'s troops" asks whose', () => {
    expect(parseQuestion(port, "which country's crews run the ferries").identified).toBeUndefined();
    expect(parseQuestion(port, 'which crews run the ferries').identified).toEqual({ stem: stem('crews') });
  });

  it('is nothing where "which" names no thing', () => {
    expect(thing('which is more important')).toBeUndefined();
    expect(thing('which one of them spoke')).toBeUndefined();
    expect(thing('which of them sank')).toBeUndefined();
    // Nor where the answer is said in common words: "opportunities ... on interoperability, ...".
    expect(thing('which opportunities does he see')).toBeUndefined();
  });

  it('is nothing where "which" after a comma opens a relative clause, and is the noun where it asks after one', () => {
    const relative = (question: string) => parseQuestion(port, question).identified;
    expect(relative('my friend says the crews train abroad now, which sounds odd to me, so when did they start')).toBe(
      undefined,
    );
    expect(relative('the ferries sank in the storm, which is odd, so how did the crews escape')).toBeUndefined();
    expect(relative('the storm hit the coast, which harbours closed')).toEqual({ stem: stem('harbours') });
    expect(relative('ok so, which ferries sank')).toEqual({ stem: stem('ferries') });
  });
});

describe('whether a passage says which one', () => {
  it('does not where it names the thing only in the words the question says', () => {
    expect(
      identifies('In return, the ministry will improve access for aid groups.', 'which aid groups will get access'),
    ).toBe(-1);
    expect(identifies('The plan worries Gulf allies, the reporter wrote.', 'which gulf allies oppose the plan')).toBe(
      -1,
    );
    // What stands before the question's own word belongs to the phrase, not to the thing.
    expect(
      identifies('It agreed to stop supporting rebels in the south.', 'which rebels does it support in the south'),
    ).toBe(-1);
  });

  it('does not where "some", "several" or "various" says it is some of them, or a date follows it', () => {
    const sanctions =
      'Sales of arms will still be banned, and some Sudanese militia and rebel leaders will face sanctions.';
    expect(identifies(sanctions, 'which militia leaders will face sanctions')).toBe(-1);
    expect(identifies('Various armed gangs have looted shops, police said.', 'which armed gangs looted shops')).toBe(
      -1,
    );
    expect(identifies('Aid groups will get access on Monday.', 'which aid groups will get access')).toBe(-1);
    // Whoever the sentence quotes: "several" says some of them.
    const walkout = 'Several councillors walked out of the meeting, Cllr Ruth Abara told the Gazette.';
    expect(identifies(walkout, 'which councillors walked out of the meeting')).toBe(-1);
    // "That" after a verb of saying points at nothing.
    expect(
      identifies(
        'Officials said that groups of volunteers would clear the roads.',
        'which groups will clear the roads',
      ),
    ).toBe(-1);
    // A people's word does say which.
    expect(identifies('The Azerbaijani army suffered casualties.', 'which army suffered casualties')).toBe(0);
  });

  it('does where a word the question lacks stands before the thing', () => {
    expect(identifies('It offered specialized medical and demining units.', 'which units did it offer')).toBe(0);
    // A name the thing is part of, though the question says one of its words.
    expect(identifies('Gunmen stormed the Bardo National Museum.', 'which national museum was attacked')).toBe(0);
  });

  it('does not where only a participle stands before it: it describes them, it does not say which', () => {
    expect(identifies('Crews from two neighbouring provinces arrived overnight.', 'which provinces sent crews')).toBe(
      -1,
    );
    expect(identifies('The shops were looted by armed gangs.', 'which gangs looted the shops')).toBe(-1);
    // Nor another plural noun before "and": it is another of a list.
    const allies = 'He pitched it to Gulf allies and members of Congress who remain opposed.';
    expect(identifies(allies, 'which members of congress oppose it')).toBe(-1);
    expect(identifies('It offered specialized medical and demining units.', 'which units did it offer')).toBe(0);
  });

  it('does where a name, a list or a place follows it in its sentence, or a name set off before it', () => {
    expect(
      identifies('The government outlawed the group behind the attack — Ansar al-Sharia.', 'which group was outlawed'),
    ).toBe(0);
    expect(
      identifies(
        'Sudan is one of the few countries, along with Iran and Syria, on the list.',
        'which other countries are on the list',
      ),
    ).toBe(0);
    expect(identifies('Donors such as the Red Cross will get access.', 'which donors will get access')).toBe(0);
    expect(
      identifies('Voters elected Ennahda, the Islamist party, in 2011.', 'which islamist party did voters elect'),
    ).toBe(0);
    // Past the question's own words to the name set off before them.
    expect(
      identifies('Iran, another regional power, avoided taking sides.', 'which regional power avoided taking sides'),
    ).toBe(0);
    expect(
      identifies('Turkey, a key NATO member state, issued a statement.', 'which nato member state issued a statement'),
    ).toBe(0);
    // ... and before "one of" them.
    expect(
      identifies(
        'Ruth Abara, one of the leading port engineers, opposed the plan.',
        'which port engineer opposed the plan',
      ),
    ).toBe(0);
    expect(
      identifies('One of the leading port engineers opposed the plan.', 'which port engineer opposed the plan'),
    ).toBe(-1);
    // Not past the end of the sentence.
    expect(identifies('Aid groups will get access. Oxfam welcomed it.', 'which aid groups will get access')).toBe(-1);
  });

  it('does where a relative clause, a participle or an adjective leads to a name later in the sentence', () => {
    const groups = "The aid groups that will get access to the city's hospitals are Open Hands and the Red Lantern.";
    expect(identifies(groups, 'which aid groups will get access')).toBe(0);
    expect(
      identifies('The two schools closed by the floods were Hillview and St Anne.', 'which schools were closed'),
    ).toBe(0);
    expect(
      identifies('Libyan militants loyal to the Islamic State beheaded them.', 'which militants beheaded them'),
    ).toBe(0);
  });

  it('does where "the", "these" or "those" points back to a name the sentence or the one before gives', () => {
    expect(
      identifies('Skyjet said on Monday that the airline would resume flights.', 'which airline will resume flights'),
    ).toBe(0);
    const ferries = 'Carrow Shipping bought two ferries. The firm will run them from June.';
    const thingAsked = thing('which firm will run the ferries')!;
    const asked = stems('which firm will run the ferries');
    const second = ferries.indexOf('The firm');
    expect(identifiesThing(ferries, [second, ferries.length], thingAsked, asked, 0)).toBe(0);
    // Without the sentence before, "the firm" points at nothing it can see.
    expect(identifiesThing(ferries, [second, ferries.length], thingAsked, asked)).toBe(-1);
  });

  it('does not where "the" points back further than the sentence before, or at a common word opening a sentence', () => {
    const airline = 'which airline will resume flights';
    const twoBack = 'Skyjet grew. Prices rose. The airline will resume flights.';
    expect(
      identifiesThing(twoBack, [twoBack.indexOf('The airline'), twoBack.length], thing(airline)!, stems(airline), 0),
    ).toBe(-1);
    // Capitalised only because it opens the sentence: no name.
    expect(identifies('Officials said on Monday that the airline would resume flights.', airline)).toBe(-1);
    // A run-on text is read back so far and no further.
    const filler = Array.from({ length: 85 }, (_, i) => `filler${String.fromCharCode(97 + (i % 26))}`).join(' ');
    expect(identifies(`Skyjet, ${filler}, said that the airline would resume flights.`, airline)).toBe(-1);
    expect(identifies('Skyjet, a low-cost carrier, said that the airline would resume flights.', airline)).toBe(0);
  });

  it('reads past "a.m." and "Jan.", and takes a plain dash for one', () => {
    const arrived = 'The aid groups that arrived at 9 a.m. on Monday were Harbor Relief and Medisol.';
    expect(identifies(arrived, 'which aid groups arrived on monday')).toBe(0);
    expect(identifies('Two players were injured - Tom Reed and Ali Kaya.', 'which players were injured')).toBe(0);
  });

  it('does where a count announces the ones named after it, or "the two", "their", "all three" point back', () => {
    const scanner = 'Two hospitals will share the new scanner. St Luke and Pellow General will each have it.';
    expect(identifies(scanner, 'which hospitals will share the scanner')).toBe(0);
    expect(
      identifies('Two hospitals will share it: St Luke and Pellow General.', 'which hospitals will share it'),
    ).toBe(0);
    const firms = 'Two firms won dredging contracts, Kestrel Marine and Doyle Dredging, in a tender.';
    expect(identifies(firms, 'which firms won dredging contracts')).toBe(0);
    const ferries = 'Three ferries were withdrawn after checks, the Islander and the Gull, leaving one crossing.';
    expect(identifies(ferries, 'which ferries were withdrawn')).toBe(0);
    // Not a name in another clause of the sentence.
    const crisis = 'The killing of two leftist politicians in 2013 prompted a crisis, and Ennahda stepped down.';
    expect(identifies(crisis, 'which leftist politicians were killed')).toBe(-1);
    const councillors = 'Ruth Abara and Tom Feeney were the two councillors who voted against.';
    expect(identifies(councillors, 'which councillors voted against')).toBe(0);
    const councils = 'Ashby and Pellow have had enough. Their parish councils voted to run the clinics.';
    expect(identifies(councils, 'which parish councils voted to run the clinics')).toBe(0);
    expect(
      identifies('The libraries to close first are Eastgate and Pilling Road.', 'which libraries will close first'),
    ).toBe(0);
  });

  it('does where "these" or "those" points back to the ones named before', () => {
    expect(
      identifies(
        'Troops serve in Kosovo. They bring stability to those countries.',
        'which countries do troops serve in',
      ),
    ).toBe(0);
  });

  it('has no say where the passage does not name the thing at all but names something new: it may say which in other words', () => {
    expect(identifies('Kosovo and Afghanistan host the troops.', 'which countries host the troops')).toBe(0);
    expect(identifies('Officials said the CIA ran the visits.', 'which agency ran the visits')).toBe(0);
  });

  it('does not where it names neither the thing nor anything the question does not name', () => {
    // "Sudanese" is a people, "Thursday" a date, "Libya" the question's own place as "Libyan".
    const visits =
      'Officials divulged Thursday that the Sudanese government had allowed two visits by American operatives to a border area near Libya.';
    expect(identifies(visits, 'which agency ran the visits by operatives to the libyan border area')).toBe(-1);
    // A common word opening a sentence names nothing; a rare one there does.
    expect(identifies('Officials made the visits.', 'which agency ran the visits')).toBe(-1);
    expect(identifies('Baltwave made the visits.', 'which agency ran the visits')).toBe(0);
  });
});

// An invented article, so that nothing here can lean on the shipped one.
const port = indexOf([
  'The port authority opened a new ferry terminal in 2019. Its director praised the ferry crews.',
  'Under the deal, aid groups will get access to the harbour, and some shipping companies will still pay the old fees.',
  'Two operators, Nordline and Baltwave, won the contract to run the night ferries.',
]);

describe('a "which" question answered by a passage that does not say which', () => {
  it('lacks its kind of answer there, and has none where the passage names them', () => {
    const kindAt = (question: string, paragraph: number) => answerKindIn(port, question, paragraph);
    expect(kindAt('which aid groups will get access to the harbour', 2)).toBe(-1);
    expect(kindAt('which operators won the contract', 3)).toBe(0);
    expect(kindAt("which of the port's operators won the contract", 3)).toBe(0);
    expect(kindAt("which of the port's aid groups will get access", 2)).toBe(-1);
  });

  it('is not answered with the passage that only restates the question', () => {
    const found = answerQuestion(port, 'which aid groups will get access to the harbour');
    expect(found.status).not.toBe('answered');
    expect(answerQuestion(port, 'which operators won the night ferry contract').best?.id).toBe(port.passages[2]!.id);
  });
});

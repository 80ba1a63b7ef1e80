import { describe, expect, it } from 'vitest';
import { deedAsked, namesDoer } from '../../src/core/agent.js';
import { answerQuestion } from '../../src/core/index.js';
import { parseQuestion } from '../../src/core/question.js';
import { stem } from '../../src/core/text.js';
import { bestAndLacking, indexOf } from '../helpers.js';

const doer = (text: string, verb: string) => namesDoer(text, [0, text.length], stem(verb));

describe('the deed "who ..." asks the doer of', () => {
  it('is the verb right after "who", not a copula or an auxiliary', () => {
    expect(deedAsked(['who', 'killed', 'the', 'soldiers'], 0)).toBe(stem('killed'));
    expect(deedAsked(['who', 'is', 'in', 'charge'], 0)).toBeUndefined();
    expect(deedAsked(['who', 'did', 'it'], 0)).toBeUndefined();
    // Past an adverb, and by its base form: "stole" is the deed of "were stolen".
    expect(deedAsked(['who', 'exactly', 'stole', 'them'], 0)).toBe(deedAsked(['who', 'stolen'], 0));
  });

  it('is the deed named after "behind" or "responsible for", past the words before its noun', () => {
    expect(deedAsked('who was behind the 2013 killing of the two politicians'.split(' '), 0)).toBe(stem('killed'));
    expect(deedAsked('who was really behind the killings'.split(' '), 0)).toBe(stem('killed'));
    expect(deedAsked('who is responsible for the attacks'.split(' '), 0)).toBe(stem('attacked'));
    expect(deedAsked('who was to blame for the bombing'.split(' '), 0)).toBe(stem('bomb'));
    // A copula with no such cue asks for no deed.
    expect(deedAsked('who was behind'.split(' '), 0)).toBeUndefined();
    expect(deedAsked('who was the killer'.split(' '), 0)).toBeUndefined();
  });
});

describe('a passage saying who did it', () => {
  it('does not where it uses the verb in the passive without "by", or as a noun', () => {
    expect(doer("At least five soldiers were killed in the no-man's land.", 'killed')).toBe(-1);
    expect(doer('Two crew members were later killed.', 'killed')).toBe(-1);
    expect(doer('The guard got attacked outside the bank.', 'attacked')).toBe(-1);
    const stolen = 'Three paintings were stolen overnight.';
    expect(namesDoer(stolen, [0, stolen.length], deedAsked(['who', 'stole'], 0)!)).toBe(-1);
    expect(doer('But the killing of two politicians in 2013 prompted a crisis.', 'killed')).toBe(-1);
    // A "by" in a later clause has another deed's doer after it.
    expect(
      doer('The killing of two politicians prompted a crisis, and the cabinet quit, replaced by experts.', 'killed'),
    ).toBe(-1);
    expect(doer('The killing of two politicians by gunmen prompted a crisis.', 'killed')).toBe(0);
    // "The scoring charts" is no deed.
    expect(doer('Tomas Lind topped the scoring charts with 31 goals.', 'scored')).toBe(0);
  });

  it('does where it uses it actively, or in the passive with "by" after it', () => {
    expect(doer('Gunmen killed 20 people at the museum.', 'killed')).toBe(0);
    expect(doer('It joins exercises organized by U.S. forces in Europe.', 'organizes')).toBe(0);
    // Past a decimal point or an abbreviation's.
    expect(doer('The line was bought for $1.2 billion by the Kessel Group.', 'bought')).toBe(0);
    expect(doer('The outbreak was traced on Jan. 5 by health board scientists.', 'traced')).toBe(0);
    // "Were celebrating" is no passive, nor "who is 19, scored".
    expect(doer('Rovers fans were celebrating in the streets.', 'celebrated')).toBe(0);
    expect(doer('Bankole, who is 19, scored twice in the final.', 'scored')).toBe(0);
  });

  it('reads only the span it is given: the verb, and a "by", outside it do not count', () => {
    const text = 'Five soldiers were killed. It was reported by the BBC. Rebels killed two more.';
    const sentence = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
    expect(namesDoer(text, sentence('Five soldiers were killed.'), stem('killed'))).toBe(-1);
    expect(namesDoer(text, sentence('It was reported by the BBC.'), stem('killed'))).toBe(0);
    expect(namesDoer(text, sentence('Rebels killed two more.'), stem('killed'))).toBe(0);
    // Asked again of the same text, as a passage is: the same readings.
    expect(namesDoer(text, sentence('Five soldiers were killed.'), stem('killed'))).toBe(-1);
    expect(namesDoer(text, [0, text.length], stem('killed'))).toBe(0);
  });

  it('does not where the doer after "by" is what the question itself names', () => {
    const led = 'Voters elected a government led by the Harbour Party, a movement of dock workers.';
    const asked = (words: string) => new Set(words.split(' ').map(stem));
    // "Who leads the Harbour Party?" asks who leads it, not whom it leads.
    expect(namesDoer(led, [0, led.length], stem('leads'), asked('who leads harbour party'))).toBe(-1);
    expect(namesDoer(led, [0, led.length], stem('leads'), asked('who leads the government'))).toBe(0);
    // The doer ends at the comma: "a movement of dock workers" is not it.
    expect(namesDoer(led, [0, led.length], stem('leads'), asked('who leads the dock workers'))).toBe(0);
    // Whoever heads the party leads it: the same deed.
    const heads = deedAsked(['who', 'heads', 'the', 'harbour', 'party'], 0)!;
    expect(namesDoer(led, [0, led.length], heads, asked('who heads the harbour party'))).toBe(-1);
  });

  it('has no say where the passage does not use the verb: it may say it in other words', () => {
    expect(doer('Five soldiers died in the clashes.', 'killed')).toBe(0);
  });
});

// An invented article, so that nothing here can lean on the shipped one.
const port = indexOf([
  'The port authority opened a new ferry terminal in 2019. Its director praised the ferry crews.',
  'The ferry captain, Ivan Brekke, was killed in the storm last winter, the coast guard said.',
  'Pirates attacked the night ferry near the island in March.',
]);

describe('a "who did it" question', () => {
  it('is not answered by a passage reporting the deed without its doer, and is by one naming it', () => {
    expect(parseQuestion(port, 'who killed the ferry captain').deed).toBe(stem('killed'));
    expect(answerQuestion(port, 'who killed the ferry captain last winter').status).not.toBe('answered');
    expect(answerQuestion(port, 'who attacked the night ferry').best?.id).toBe(port.passages[2]!.id);
  });

  it('asked as who was behind the deed, is not answered by a passage naming it without its doer', () => {
    const crisis = indexOf([
      'The harbour board outlawed Red Hand, the gang behind the 2018 arson. But the killing of two union leaders in 2019 prompted a strike, and Mayor Anna Holm resigned, replaced by a caretaker council.',
      'The port reopened in May after the strike ended.',
    ]);
    expect(bestAndLacking(crisis, 'who was behind the killing of the two union leaders in 2019')).toEqual([
      'test-doc#p1',
      1,
    ]);
    // Asked about the deed the passage gives a doer for, it is answered.
    expect(bestAndLacking(crisis, 'who was behind the 2018 arson at the harbour')).toEqual(['test-doc#p1', 0]);
  });

  it('lacks its answer where the passage does not use the verb and names no one the question does not', () => {
    const strike = indexOf([
      'It was the worst harbour dispute since the 2019 strike in Tallinn that nearly became an all-out Finnish-Estonian feud.',
      'Dockers led by Marta Kask struck in 2019 over pay.',
    ]);
    // "Finnish-Estonian" names two peoples, "2019" and "Tallinn" the question does: no one who won.
    expect(bestAndLacking(strike, 'who won the worst harbour dispute in tallinn')).toEqual(['test-doc#p1', 1]);
    // Naming someone new, it may say who in other words.
    expect(bestAndLacking(strike, 'who won the 2019 strike over pay')).toEqual(['test-doc#p2', 0]);
  });

  it('asked who heads a body, lacks its answer where the passage names someone beside it but no head of it', () => {
    // "Anna Holm" is someone the question does not name, but meeting the commission is not heading it.
    const met = indexOf(['Anna Holm, a local trader, met the harbour commission on Monday.']);
    expect(bestAndLacking(met, 'who runs the harbour commission')).toEqual(['test-doc#p1', 1]);
    expect(bestAndLacking(met, 'who heads the harbour commission')).toEqual(['test-doc#p1', 1]);
    // Asked by a word for the head, or by who is in charge, it is the same deed.
    expect(parseQuestion(met, 'who is the leader of the harbour commission').deed).toBe(stem('lead'));
    expect(parseQuestion(met, "who's in charge of the harbour commission").deed).toBe(stem('lead'));
    expect(parseQuestion(met, 'which trader met the harbour commission').deed).toBeUndefined();
    // Past a modal too: "who will lead", "who will be in charge of".
    expect(parseQuestion(met, 'who will lead the harbour commission').deed).toBe(stem('lead'));
    expect(parseQuestion(met, 'who will be in charge of the harbour commission').deed).toBe(stem('lead'));
    expect(bestAndLacking(met, 'who will run the harbour commission')).toEqual(['test-doc#p1', 1]);
    expect(bestAndLacking(met, 'who is the head of the harbour commission')).toEqual(['test-doc#p1', 1]);
    expect(bestAndLacking(met, 'who is in charge of the harbour commission')).toEqual(['test-doc#p1', 1]);
    // A post that heads a body, or the head said as the doer ("chaired by", "UN-led"), says who.
    const head = indexOf(['Piet Laar, head of the harbour commission, spoke on Monday.']);
    expect(bestAndLacking(head, 'who runs the harbour commission')).toEqual(['test-doc#p1', 0]);
    expect(bestAndLacking(head, 'who is the head of the harbour commission')).toEqual(['test-doc#p1', 0]);
    const chaired = indexOf(['The harbour commission, chaired by Piet Laar, meets monthly.']);
    expect(bestAndLacking(chaired, 'who runs the harbour commission')).toEqual(['test-doc#p1', 0]);
    const missions = indexOf(['Norway sends 40 medics to UN-led missions in Mali.']);
    expect(bestAndLacking(missions, 'who leads the missions norway sends medics to')).toEqual(['test-doc#p1', 0]);
  });

  it('lacks its answer where the only name the question does not give is where it happened', () => {
    const strike = indexOf([
      'It was the worst harbour dispute since the 2019 strike in Tallinn that nearly became an all-out feud.',
      'Dockers from Narva Freight won the 2019 strike at the Old Harbour after a week.',
    ]);
    // "In Tallinn" says where the strike was, not who won it.
    expect(bestAndLacking(strike, 'so who actually won the worst harbour dispute')).toEqual(['test-doc#p1', 1]);
    // A name after "from" may well be who did it; the place after "at the" is not.
    expect(bestAndLacking(strike, 'who took the 2019 strike after a week')).toEqual(['test-doc#p2', 0]);
  });
});

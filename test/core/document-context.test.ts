import { describe, expect, it } from 'vitest';
import { answerQuestion, bestPassageEvidence } from '../../src/core/answer.js';
import { documentContext } from '../../src/core/document-context.js';
import { parseQuestion } from '../../src/core/question.js';
import type { SearchIndex } from '../../src/core/search-index.js';
import { indexTerm } from '../../src/core/terms.js';
import { answerIn, indexOf, VALID_FIELDS } from '../helpers.js';

// An invented story: the lead names the event, later paragraphs call it "the fire".
const harbour = indexOf(
  [
    'A fire swept through a warehouse in the harbour district on Sunday, destroying grain stores.',
    'Firefighters worked through the night, and no one was hurt.',
    "The mayor's office condemned the fire and promised an inquiry within a month.",
    'Rents across Bristol rose by nine percent last year, according to a housing survey.',
  ],
  {
    title: 'Blaze hits harbour district',
    publisher: 'Test Gazette',
    url: 'https://example.org/h',
    published: '2024-03-05',
    language: 'en',
  },
);
/** The terms of a context's set (`titleTerms`, `postNames`, `speakerBefore`, `writer`) for paragraph `passage` (from 0) of `index`, sorted. */
const contextTerms =
  (index: SearchIndex, set: 'titleTerms' | 'postNames' | 'speakerBefore' | 'writer') =>
  (passage: number): string[] =>
    [...documentContext(index, passage)[set]].map((termId) => index.termText(termId)).sort();
/** Index terms of the words, sorted: what contextTerms gives for them. */
const terms = (...words: string[]) => words.map((word) => indexTerm(word)!).sort();
/** Whether paragraph `passage` (from 0) of `index` holds the word's term in its document context. */
const contextHolds = (index: SearchIndex, passage: number, word: string) =>
  documentContext(index, passage).terms.has(index.termId(indexTerm(word)!) ?? -1);
const holds = (passage: number, word: string) => contextHolds(harbour, passage, word);

describe('document context', () => {
  it('gives a paragraph that calls the story\'s event "the fire" the nouns of the lead that tells it', () => {
    expect([holds(2, 'warehouse'), holds(2, 'grain')]).toEqual([true, true]);
  });

  it('gives the lead\'s nouns to a paragraph that calls the event "this fire" as to one that says "the fire", not "that" opening what was said', () => {
    const pointed = indexOf([
      'A fire swept through a warehouse in the harbour district on Sunday, destroying grain stores.',
      'Investigators believe this fire was set on purpose.',
      'Officials said that fire crews would need new ladders.',
    ]);
    expect([contextHolds(pointed, 1, 'grain'), contextHolds(pointed, 2, 'grain')]).toEqual([true, false]);
  });

  it('gives the lead\'s nouns to no paragraph that does not speak of the story\'s event or thing as "the ..."', () => {
    expect([holds(1, 'warehouse'), holds(3, 'warehouse')]).toEqual([false, false]);
  });

  it('reads "the worst warehouse blaze" as the story\'s event with words before its noun, but not past a mark between words', () => {
    const described = indexOf([
      'A fire swept through a warehouse in the harbour district on Sunday, destroying grain stores.',
      'It was the worst warehouse blaze in the city in a decade, officials said.',
      'Volunteers thanked the council, fire crews said.',
    ]);
    expect([contextHolds(described, 1, 'grain'), contextHolds(described, 2, 'grain')]).toEqual([true, false]);
  });

  it('gives a paragraph opening "In return," or "Since then," the nouns of the two paragraphs before it, not one opening "In response to"', () => {
    const deal = indexOf([
      'The council will lift the parking levy on shops in the old town from May.',
      'Traders will be able to offer free spaces to customers for the first time since 2010.',
      'In return, traders will plant trees along the high street and fund two wardens.',
      'Since then, footfall has fallen every year.',
      'In response to a petition, bus fares will also be reviewed.',
    ]);
    const holdsIn = (passage: number, word: string) => contextHolds(deal, passage, word);
    expect([holdsIn(2, 'customers'), holdsIn(2, 'levy')]).toEqual([true, true]);
    expect([holdsIn(3, 'trees'), holdsIn(3, 'customers'), holdsIn(3, 'levy')]).toEqual([true, true, false]);
    expect([holdsIn(4, 'footfall'), holdsIn(4, 'levy')]).toEqual([false, false]);
  });

  it('gives a paragraph pointing back ("in that law", "this plan") the nouns of the two paragraphs before it, not one with "said that"', () => {
    const bill = indexOf([
      'Flooding closed the ring road for a week in March.',
      'Engineers blamed blocked drains under the bridge.',
      'Lawmakers are drafting a bill to fund new pumps.',
      'Residents fear that law will raise rates, a campaigner said.',
      'Critics worry about costs in that law, the chamber said.',
      'The mayor said that repairs would start soon.',
    ]);
    const holdsIn = (passage: number, word: string) => contextHolds(bill, passage, word);
    expect([holdsIn(4, 'rates'), holdsIn(4, 'pumps'), holdsIn(4, 'drains')]).toEqual([true, true, false]);
    expect([holdsIn(3, 'pumps'), holdsIn(5, 'rates')]).toEqual([false, false]);
  });

  it('reads a description set off by a dash after a name and its noun ("the Lantern party — a movement ..."), not a noun run on into the sentence', () => {
    const parties = indexOf([
      'In 2011 voters backed the Lantern party — a movement close to the farmers.',
      'Lantern condemned the fire on Sunday.',
      'The Okafor family sold the mill to investors.',
      'Okafor was not available for comment.',
    ]);
    const titles = contextTerms(parties, 'titleTerms');
    expect(titles(1)).toEqual(terms('party', 'movement', 'close', 'farmers'));
    expect(titles(3)).toEqual([]);
  });

  it('lets a question naming the event as the lead does match the paragraph that refers back to it', () => {
    const evidence = bestPassageEvidence(harbour, "what did the mayor's office say about the warehouse fire")!;
    expect(evidence.id).toBe('test-doc#p3');
    expect(evidence.evidence.missing).toBeLessThan(0.6);
  });

  it('gives the paragraphs after a name its common given name too ("Eric Reeves"), but not a post or a word opening a sentence', () => {
    const critic = indexOf([
      'Eric Reeves, a scholar of the region, said he was appalled by the decision.',
      'He said that the government continued to commit abuses.',
      'President Okafor signed the order. Will the council approve it?',
      'She said the vote would come in May.',
    ]);
    const holdsIn = (passage: number, word: string) => contextHolds(critic, passage, word);
    expect([holdsIn(1, 'reeves'), holdsIn(1, 'eric')]).toEqual([true, true]);
    expect([holdsIn(3, 'okafor'), holdsIn(3, 'president'), holdsIn(3, 'council')]).toEqual([true, false, false]);
  });

  it('gives the paragraphs after a name made of common words ("Paul Martin") both its words', () => {
    const visit = indexOf([
      'Prime Minister Paul Martin welcomed the delegation in Ottawa on Tuesday.',
      'He said the talks had gone well.',
    ]);
    expect([contextHolds(visit, 1, 'paul'), contextHolds(visit, 1, 'martin')]).toEqual([true, true]);
  });

  it('gives a paragraph naming someone the title its document writes before the name, not other paragraphs', () => {
    const port = indexOf([
      'Harbour Master Ivan Brekke opened the new ferry terminal on Monday.',
      'The post of harbour master was created in 1990 to oversee the docks.',
      'Brekke expects the night ferries to double their crossings by June.',
    ]);
    const titles = contextTerms(port, 'titleTerms');
    expect([titles(2), titles(1)]).toEqual([['harbour', 'ivan', 'master'], []]);
    // "the harbour master" is Brekke: the paragraph that names him answers for him.
    for (const question of [
      'what does the harbour master expect the night ferries to do',
      'by when will the harbour master double the crossings',
    ]) {
      expect(answerIn(port, question)).toEqual(['answered', 3]);
    }
  });

  it('counts a title the question names someone by in full where a paragraph names them, and no phrase for it', () => {
    const board = indexOf([
      'Harbour Board chairman Tomas Reyes opened the new ferry terminal in Port Elin on Monday, joined by the mayor.',
      'Reyes said he was worried about rising fuel costs.',
      'The terminal has room for four ferries and a cargo quay.',
    ]);
    const question = 'What did the harbour board chairman say about fuel?';
    expect(parseQuestion(board, question).titleWords).toEqual([3, 4, 5]);
    // The title is who is asked about; what he said is in the paragraph naming him, not in the
    // one that gives the title, which matched the question's words three in a row.
    expect(answerIn(board, question)).toEqual(['answered', 2]);
    // A question asking about the title itself still finds the paragraph that gives it.
    expect(answerIn(board, 'who is the harbour board chairman')).toEqual(['answered', 1]);
  });

  it('reads a title set off after a name, or in lower case before it, for a dozen paragraphs after', () => {
    const strike = indexOf([
      '"The strike will go on," said Mara Quist, regional director for the Dockers Union, a national labour group.',
      'Port authority spokesman Ivo Brandt said talks would resume.',
      'The ferries ran on time.',
      'Cargo piled up on the quays.',
      'Shops near the harbour closed early.',
      '"We will not sign a deal that cuts pay," Quist said, and Brandt said the offer stood.',
    ]);
    const titles = contextTerms(strike, 'titleTerms');
    // Five paragraphs on, "Quist" is the union's regional director and "Brandt" the port's
    // spokesman; "a national labour group" describes the union, which the paragraph does not name.
    expect(titles(5)).toEqual(
      terms('dockers', 'director', 'mara', 'regional', 'union', 'port', 'authority', 'spokesman', 'ivo'),
    );
    // So the paragraph where she speaks answers for "the union director".
    expect(answerIn(strike, 'what did the dockers union director say about a deal that cuts pay')).toEqual([
      'answered',
      6,
    ]);
  });

  it('gives a paragraph that calls someone by their post ("the mayor said") the name the document titles with it', () => {
    const council = indexOf([
      'Vessa Mayor Ilse Brandvold and Port Director Tove Okafor opened the ferry terminal on Monday.',
      'The terminal cost 12 million euros, the mayor said.',
      'The port chief expects the night ferries to double their crossings by June.',
      'Ferries will run every hour, officials said.',
    ]);
    const postNames = contextTerms(council, 'postNames');
    // "the port chief" heads the port: Okafor, not the mayor, whose title has no "port".
    expect([postNames(1), postNames(2), postNames(3)]).toEqual([
      terms('brandvold', 'ilse'),
      terms('okafor', 'tove'),
      [],
    ]);
    // Okafor is as good as named there: her name counts as matched as if it said "she".
    const evidence = bestPassageEvidence(council, 'what does Okafor expect of the ferries')!;
    expect(evidence.id).toBe('test-doc#p3');
    expect(evidence.evidence.missing).toBeCloseTo(0.25, 5);
  });

  it('gives a paragraph opening with "They said" the words naming who spoke in the paragraph before, not a paragraph opening otherwise', () => {
    const budget = indexOf([
      'The harbour council approved its budget for next year on Tuesday.',
      'City finance officials said the plan would cost more than the last one.',
      'They said that rising fuel prices would leave the ferries short of money by June.',
      'Ferries will run every hour in summer, according to the timetable.',
      'In an interview, Mayor Ilse Brandvold said the harbour would stay open.',
      'She added that ferry fares were not going up.',
      'Fares went up twice in the past decade, said the ferry operator.',
      'He said that no decision had been made.',
      'The harbour master smiled and went on to talk about the new pier.',
      'He said it would open in May.',
    ]);
    const speakerBefore = contextTerms(budget, 'speakerBefore');
    // Not "went" and "smiled": "to talk" has its subject further back.
    expect([2, 3, 5, 7, 9].map(speakerBefore)).toEqual([
      terms('city', 'finance', 'officials'),
      [],
      terms('mayor', 'ilse', 'brandvold'),
      [],
      [],
    ]);
    // The officials' words lead to what "they said", not to the paragraph that names them.
    expect(bestPassageEvidence(budget, 'what did the finance officials say about fuel prices')?.id).toBe('test-doc#p3');
  });

  it("gives a paragraph in the writer's voice the words for a reporter and the name its publisher titles its writer by", () => {
    const quay = indexOf(
      [
        'Mayor Ilse Brandvold opened the new pier on Friday.',
        "The Gazette's harbour reporter Ann Lowe said the crowd was small.",
        'The mayor seemed tired when I met her at the quay.',
        '“I am proud of my town,” the mayor said.',
      ],
      { ...VALID_FIELDS, publisher: 'The Gazette' },
    );
    const writer = contextTerms(quay, 'writer');
    // Not a paragraph whose "I" and "my" are within quotation marks: they are the mayor's.
    expect([0, 2, 3].map(writer)).toEqual([[], terms('ann', 'lowe', 'reporter'), []]);
    expect(bestPassageEvidence(quay, 'how did the mayor seem to Ann Lowe at the quay')?.id).toBe('test-doc#p3');
  });

  it('gives a paragraph the words of the next one when that one goes on from it, as the two are shown together', () => {
    const plan = indexOf([
      'The mayor presented her housing plan to the council on Tuesday.',
      'The mayor has pushed for cheaper housing since her election but has failed to win the council over to the plan.',
      'She vowed to keep trying, but her deputy said she did not sound very confident.',
      'The deputy said he was confident about the new bus lanes.',
    ]);
    // Not the first paragraph: the second, which the one saying "She vowed" does not go on from.
    expect([0, 1, 2].map((passage) => contextHolds(plan, passage, 'confident'))).toEqual([false, true, false]);
    // Before, the lead came first and the answer was an abstention.
    const answer = answerQuestion(plan, 'did the mayor sound confident about the housing plan');
    expect(answer.best?.citation).toMatchObject({ paragraph: 2, lastParagraph: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { asksPopulation, givesPopulation } from '../../src/core/population.js';
import { parseQuestion } from '../../src/core/question.js';
import { termWeight } from '../../src/core/terms.js';
import { answerKindIn, indexOf } from '../helpers.js';

const gives = (text: string, number: string) => givesPopulation(text, text.indexOf(number), number);

describe('how many people live somewhere', () => {
  it.each([
    'what is the population of the island',
    'how many people live on the island',
    'how many inhabitants does the island have',
  ])('is asked by %j', (question) => {
    expect(asksPopulation(question.split(' '))).toBe(true);
  });

  it.each(['how many people died on the island', 'how many people were evacuated'])(
    'is not asked by %j',
    (question) => {
      expect(asksPopulation(question.split(' '))).toBe(false);
    },
  );

  it.each([
    ['Maru, a small island nation of about 40,000 people, relies on fishing.', '40,000'],
    ['The capital is home to 2 million people.', '2 million'],
    ['The town has 12,000 inhabitants.', '12,000'],
    ['Its population of 3.5 million is growing.', '3.5 million'],
  ])('is given by %j', (text, number) => {
    expect(gives(text, number)).toBe(true);
  });

  it.each([
    ['The storm killed at least 19 people on the island.', '19'],
    ['About 300 people were evacuated from the island nation.', '300'],
  ])('is not given by %j', (text, number) => {
    expect(gives(text, number)).toBe(false);
  });

  // Invented: a count of people killed names the island too, and came first.
  const island = indexOf([
    'A storm killed at least 19 people on the island of Maru on Tuesday.',
    'Maru, a small island nation of about 40,000 people, relies on fishing and tourism.',
    'Rescue teams reached the island on Wednesday.',
  ]);

  it('is answered by the paragraph giving the population, not by one counting the dead', () => {
    for (const question of [
      "What's the population of Maru?",
      "What is Maru's population?",
      'How many people live on Maru?',
    ])
      expect([answerKindIn(island, question, 1), answerKindIn(island, question, 2)]).toEqual([-1, 1]);
    expect(answerQuestion(island, 'How many people live on Maru?').best?.citation.paragraph).toBe(2);
  });

  it('weighs its words as naming the kind of answer, which the paragraph gives without them', () => {
    const weightOf = (question: string, word: string) =>
      parseQuestion(island, question).terms.find((term) => term.word === word)?.weight;
    // As "what year" weighs "year": the paragraph says "a small island nation of about 40,000 people".
    expect(weightOf('What is Maru’s population roughly?', 'population')).toBeCloseTo(0.6 * termWeight('population'), 5);
    expect(weightOf('Did the population of Maru flee the storm?', 'population')).toBeCloseTo(
      termWeight('population'),
      5,
    );
  });
});

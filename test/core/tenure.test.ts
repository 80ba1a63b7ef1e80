import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { parseQuestion } from '../../src/core/question.js';
import { tellsTenure } from '../../src/core/tenure.js';
import { indexOf } from '../helpers.js';

const TITLE_ONLY = indexOf([
  'Council President Jane Okafor said on Monday that the riverside budget would be put to a vote in March.',
  'The harbour works were delayed for a second year by a shortage of steel.',
]);
const TOLD = indexOf([
  'Jane Okafor, who became council president in 2019, said on Monday that the riverside budget would be put to a vote in March.',
  'The harbour works were delayed for a second year by a shortage of steel.',
]);

describe('a question asking when or how long someone held a post', () => {
  it('is one asking when someone became a post, came to power, took office, or how long they served', () => {
    for (const question of [
      'When did Jane Okafor become council president?',
      'what year did okafor become the first council president',
      'How long has Okafor been council president?',
      'how many years did okafor serve as president',
      'when did okafor come to power',
      'When did Okafor take office?',
      'how long has okafor been in office',
      'when was okafor first elected council president',
    ]) {
      expect(parseQuestion(TOLD, question).tenure, question).toBe(true);
    }
  });

  it('is one asking who held the post before or after someone, or what they did before it', () => {
    for (const question of [
      'Who will replace Okafor as council president?',
      'who was council president before okafor',
      "who was okafor's predecessor",
      'What job did Okafor have before she became council president?',
      'Who took over from Okafor as council president?',
      "who's taking over as council president after okafor",
    ]) {
      expect(parseQuestion(TOLD, question).tenure, question).toBe(true);
    }
    // "Succeed in" is managing to; someone before someone else holds no post; before an event is no
    // one's tenure; what replaces a thing, or whether a plan succeeded, is no one's either.
    for (const question of [
      'Did Okafor succeed in passing the budget?',
      'Who spoke before Okafor at the meeting?',
      'who did the council president meet before the vote',
      'who was the spokesman before the attack',
      'what will replace the harbour bridge',
      "did the council president's budget plan succeed",
      'who took over the harbour works',
    ]) {
      expect(parseQuestion(TOLD, question).tenure, question).toBe(false);
    }
  });

  it('is not one asking something else of a post, or when something became what is no post', () => {
    for (const question of [
      'Who is the council president?',
      'What did council president Okafor say about the budget?',
      'When will the riverside budget become law?',
      'What did the harbour works almost become?',
      'When did Okafor say the budget would be put to a vote?',
      // A post after a preposition is who did it; "serve as" a thing; "in power" of something else.
      'when was the decision made by the council president',
      'how long will the sports hall serve as a shelter',
      'when did the parking rules come in power',
      'how long were homes in power cuts',
    ]) {
      expect(parseQuestion(TOLD, question).tenure, question).toBe(false);
    }
  });

  it('is answered only by a passage telling of the taking or holding of a post', () => {
    expect(tellsTenure('She became council president in 2019.', [0, 36])).toBe(true);
    expect(tellsTenure('He has been in power since 2009.', [0, 32])).toBe(true);
    expect(tellsTenure('Ivan Petrov took over as mayor in 2018.', [0, 39])).toBe(true);
    expect(tellsTenure('Lena Park, who replaced Omar Haddad as coach, said.', [0, 51])).toBe(true);
    expect(tellsTenure('Council President Jane Okafor said on Monday.', [0, 45])).toBe(false);
    // Words that tell it only in some phrases: "the president's office", "power cuts", "long-term".
    expect(tellsTenure("The council president's office said on Monday.", [0, 47])).toBe(false);
    expect(tellsTenure('Power cuts hit the long-term care home.', [0, 39])).toBe(false);
  });

  it('abstains where the passage only names someone by the post, and answers where it tells since when', () => {
    for (const question of [
      'When did Jane Okafor become council president?',
      'what year did jane okafor take office as council president',
    ]) {
      expect(answerQuestion(TITLE_ONLY, question).status, question).toBe('abstained');
      expect(answerQuestion(TOLD, question).status, question).toBe('answered');
    }
    const succeeded = indexOf([
      'Jane Okafor, who succeeded Tom Reyes as council president in 2019, said on Monday that the riverside budget would be put to a vote in March.',
      'The harbour works were delayed for a second year by a shortage of steel.',
    ]);
    const question = 'Who was council president before Jane Okafor?';
    expect(answerQuestion(TITLE_ONLY, question).status).toBe('abstained');
    expect(answerQuestion(succeeded, question).status).toBe('answered');
  });
});

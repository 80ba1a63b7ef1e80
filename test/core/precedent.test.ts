import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { parseQuestion } from '../../src/core/question.js';
import { indexOf } from '../helpers.js';

const FRESH = indexOf([
  'The council and the port authority are now working on a fresh harbour plan. The mayor said the five-year plan will be adopted soon.',
  'The ferry timetable changes in May.',
]);
const REPLACED = indexOf([
  'The council and the port authority are now working on a fresh harbour plan, which replaces the two-year plan of 2015 that ran out last year.',
  'The ferry timetable changes in May.',
]);

describe('a question asking about the one before', () => {
  it('is one asking of the previous or a prior one, not of earlier ones the story compares nor of what came "prior to"', () => {
    expect(parseQuestion(FRESH, 'what was the previous harbour plan').previous).toBe(true);
    expect(parseQuestion(FRESH, 'how long did the prior harbour plan last').previous).toBe(true);
    expect(parseQuestion(FRESH, 'how does the plan compare with earlier ones').previous).toBe(false);
    expect(parseQuestion(FRESH, 'what did the mayor say prior to the vote').previous).toBe(false);
  });

  it('abstains where the passage tells only of the new one, and answers where it speaks of the one before', () => {
    for (const question of ['what was the previous harbour plan', 'how long did the previous harbour plan last']) {
      expect(answerQuestion(FRESH, question).status, question).toBe('abstained');
      expect(answerQuestion(REPLACED, question).status, question).toBe('answered');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { reportsQuestion } from '../../src/core/continuation.js';

describe('a paragraph reporting a question being asked', () => {
  it.each([
    'The only pause came when I asked him how many ferries the timetable would cut.',
    'Reporters asked the minister whether the plan would pass.',
    'She wondered what the council would do next.',
    'I asked her about the timetable.',
  ])('is one: %s', (text) => {
    expect(reportsQuestion(text)).toBe(true);
  });

  it.each([
    ['a question its own sentence answers', 'Asked whether he would run again, he said no.'],
    ['"when asked", answered in the same sentence', 'When asked about the timetable, she smiled.'],
    ['a request', 'The council asked for more money.'],
    ['asking someone to do something', 'They asked him to resign.'],
    ['no asking', 'The ferries will run every hour in summer.'],
  ])('is not %s', (_case, text) => {
    expect(reportsQuestion(text)).toBe(false);
  });
});

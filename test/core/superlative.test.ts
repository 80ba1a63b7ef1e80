import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/index.js';
import { asksSuperlative, saysSuperlative } from '../../src/core/superlative.js';
import { indexOf } from '../helpers.js';

const asks = (question: string) => asksSuperlative(question.toLowerCase().split(/\s+/));
const says = (text: string) => saysSuperlative(text, [0, text.length]);

describe('a question asking for the one at the top', () => {
  it('ranks with "the most", "most" before an adjective or at the end, "-est" forms, "best" and "worst"', () => {
    expect(asks('which country contributes the most troops')).toBe(true);
    expect(asks('is it the most democratic country in the region')).toBe(true);
    expect(asks('what frustrated him most')).toBe(true);
    expect(asks("what's the biggest mission")).toBe(true);
    expect(asks('is it the deadliest attack')).toBe(true);
    expect(asks('which is the worst')).toBe(true);
  });

  it('does not for "most" of a noun, nor for words ending in "-est" that are no adjective\'s', () => {
    expect(asks('what religion are most tunisians')).toBe(false);
    expect(asks('what did the protest demand')).toBe(false);
    expect(asks('was the interest rate cut')).toBe(false);
    expect(asks('who was the guest of honour')).toBe(false);
    expect(asks('what did josh earnest say')).toBe(false);
    expect(asks('what is the latest death toll')).toBe(false);
    expect(asks('what is the nearest clinic')).toBe(false);
    expect(asks('did at least five die')).toBe(false);
    expect(asks('what will the council most likely do')).toBe(false);
    expect(asks('what do most local businesses think')).toBe(false);
    expect(asks('was it a draw at best')).toBe(false);
  });
});

describe('a passage that ranks something', () => {
  it('says "most", "least", "best", "worst" or an adjective\'s "-est" form', () => {
    expect(says('It was the most serious ceasefire violation since 2016.')).toBe(true);
    expect(says('Sudan is one of the poorest countries.')).toBe(true);
    expect(says('It holds the largest collection of mosaics.')).toBe(true);
    expect(says('Armenia contributes troops to missions in Kosovo.')).toBe(false);
    expect(says('The protest drew interest from a guest.')).toBe(false);
  });

  it('says "top", "leading", "a majority", "the first", "more ... than any other", "No. 1"', () => {
    expect(says('Bangladesh is the top contributor to the missions.')).toBe(true);
    expect(says('The party won a majority of the seats.')).toBe(true);
    expect(says('Port Aster handled more cargo than any other port.')).toBe(true);
    expect(says('The song went to No. 1 in May.')).toBe(true);
    expect(says("Bankole's 31 goals led the league this season.")).toBe(true);
    expect(says('Armenia sends troops to NATO-led missions.')).toBe(false);
  });

  it('does not say it with "at least", "at most" or "did their best"', () => {
    expect(says('At least five people were hurt.')).toBe(false);
    expect(says('Staff did their best to reopen the runway.')).toBe(false);
    expect(says('A modest forest lies north of the town.')).toBe(false);
  });
});

// An invented article, so that nothing here can lean on the shipped one.
const port = indexOf([
  'The port authority opened a new ferry terminal in 2019. Its director praised the ferry crews.',
  'Three ferry companies serve the island, and the port also takes cruise ships in summer.',
  'Nordline runs the busiest ferry route, with crossings every hour.',
]);

describe('a superlative question', () => {
  it('is not answered by a passage that ranks nothing, and is by one that does', () => {
    expect(answerQuestion(port, 'did the ferry companies serve the island the most').status).not.toBe('answered');
    expect(answerQuestion(port, 'which ferry route is the busiest').best?.id).toBe(port.passages[2]!.id);
  });
});

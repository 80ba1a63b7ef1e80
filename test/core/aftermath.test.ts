import { describe, expect, it } from 'vitest';
import { asksAftermath, tellsAftermath } from '../../src/core/aftermath.js';
import { answerQuestion } from '../../src/core/answer.js';
import { parseQuestion } from '../../src/core/question.js';
import { indexOf } from '../helpers.js';

const words = (question: string) => question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('a question asking what became of something', () => {
  it('is a yes-or-no ask that it ended up so, in the end, eventually or later', () => {
    expect(asksAftermath(words('did the council end up approving the plan'))).toBe(true);
    expect(asksAftermath(words('was the plan adopted in the end'))).toBe(true);
    expect(asksAftermath(words('did they eventually catch the gunmen'))).toBe(true);
    expect(asksAftermath(words('were the gunmen caught later on'))).toBe(true);
    // Asking why or how it came to be is asking about the story, which may tell it.
    expect(asksAftermath(words('why did the council end up approving the plan'))).toBe(false);
    // "Ever" asks whether it happened at all, which a story often says ("he never managed to").
    expect(asksAftermath(words('has the mayor ever won a vote on it'))).toBe(false);
    expect(asksAftermath(words('did the council approve the plan'))).toBe(false);
  });

  it('is a past yes-or-no ask whether something ever befell them ("did they ever get caught"), not whether they ever did it', () => {
    expect(asksAftermath(words('did the gunmen ever get caught'))).toBe(true);
    expect(asksAftermath(words('was the mayor ever charged'))).toBe(true);
    expect(asksAftermath(words('did the mayor ever get arrested by the police lol'))).toBe(true);
    expect(asksAftermath(words('did the mayor ever manage to pass the plan'))).toBe(false);
    expect(asksAftermath(words('has the mayor ever been arrested'))).toBe(false);
    // A story may tell it: "were never caught".
    expect(tellsAftermath('The gunmen were never caught.', [0, 29])).toBe(true);
  });

  it('is a yes-or-no ask of what happened "after this" or "after that", the story itself, not after an event it tells', () => {
    expect(asksAftermath(words('was the mayor re-elected after this'))).toBe(true);
    expect(asksAftermath(words('did the truce hold after all that'))).toBe(true);
    // The story may go on to tell what came after an event in it.
    expect(asksAftermath(words('was there a shooting after the interview'))).toBe(false);
    expect(asksAftermath(words('did she say anything after that vote'))).toBe(false);
  });

  it('is not one asking what someone thought or said would happen eventually, or how sure of it they seemed', () => {
    expect(asksAftermath(words("did the mayor think she'd eventually win the vote"))).toBe(false);
    expect(asksAftermath(words('did the mayor say the plan would pass in the end'))).toBe(false);
    expect(asksAftermath(words("did the mayor sound sure she'd eventually win the vote"))).toBe(false);
    expect(asksAftermath(words('did the mayor seem confident the plan would pass in the end'))).toBe(false);
  });

  it('is answered only by a passage telling of what came later', () => {
    expect(tellsAftermath('The bill was eventually passed in May.', [0, 37])).toBe(true);
    expect(tellsAftermath('The talks ended up in a deadlock.', [0, 33])).toBe(true);
    expect(tellsAftermath('The council will vote on the plan soon.', [0, 39])).toBe(false);
  });

  it('abstains where the passage says only what was expected, and answers where it tells the outcome', () => {
    const expected = indexOf(['The council will vote on the riverside housing plan soon, the mayor said.']);
    const told = indexOf(['The council eventually approved the riverside housing plan in May, the mayor said.']);
    for (const question of [
      'did the council end up approving the riverside housing plan?',
      'was the riverside housing plan approved by the council later on?',
    ]) {
      expect(answerQuestion(expected, question).status).toBe('abstained');
      expect(answerQuestion(told, question).status).toBe('answered');
    }
  });

  it('is read in the story before an ask with no topic of its own ("..., so what happened?")', () => {
    const expected = indexOf(['The council will vote on the riverside housing plan soon, the mayor said.']);
    const question =
      'Did the council end up approving the riverside housing plan? The mayor told reporters last week that a vote was coming soon, so what happened?';
    expect(parseQuestion(expected, question).aftermath).toBe(true);
    expect(answerQuestion(expected, question).status).toBe('abstained');
    // An ask with a topic of its own asks its own question.
    expect(parseQuestion(expected, 'Did the council end up voting? When will the mayor open the plan?').aftermath).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { definedName, longFormOf } from '../../src/core/acronyms.js';
import { answerQuestion, MIN_CONFIDENCE } from '../../src/core/answer.js';
import { parseQuestion } from '../../src/core/question.js';
import { readQuestionWords } from '../../src/core/question-words.js';
import { indexOf, VALID_FIELDS } from '../helpers.js';

// An invented article, so that nothing here can lean on the shipped one.
const court = indexOf([
  'The International Criminal Court charged the former governor with fraud in 2019.',
  'Prosecutors at the Bank of the West said the accounts were closed.',
  'Hundreds of protesters gathered outside the city hall on Monday.',
  'The Riverside Police Department and the Regional Planning Department both declined to comment.',
  'Officials. Criminal charges were dropped against two clerks.',
]);

describe('the names a knowledge spells out, by their initials', () => {
  it('files a run of capitalised words under its initials', () => {
    expect(longFormOf(court, 'icc')).toEqual(['international', 'criminal', 'court']);
    expect(longFormOf(court, 'cc')).toEqual(['criminal', 'court']);
  });

  it('leaves the function words inside a name out of its initials', () => {
    expect(longFormOf(court, 'bw')).toEqual(['bank', 'west']);
  });

  it('files no name across a sentence end, nor lower-case words', () => {
    expect(longFormOf(court, 'oc')).toBeUndefined();
    expect(longFormOf(court, 'hp')).toBeUndefined();
  });

  it('files initials that two different names share under neither', () => {
    // "Riverside Police Department" and "Regional Planning Department".
    expect(longFormOf(court, 'rpd')).toBeUndefined();
    expect(longFormOf(court, 'pd')).toBeUndefined();
  });

  it('files nothing of a document in another language', () => {
    const french = indexOf(['La Cour Pénale Internationale a inculpé le gouverneur.'], {
      ...VALID_FIELDS,
      language: 'fr',
    });
    expect(longFormOf(french, 'cpi')).toBeUndefined();
  });
});

describe('a name the knowledge writes in lower case before its acronym', () => {
  const harbour = indexOf([
    'The council backed a new “harbour safety plan,” or HSP, on Monday.',
    'It also set up a ferry review board (FRB) and a river crossing fund.',
  ]);

  it('is found by the acronym, in the passages that hold it', () => {
    expect(definedName(harbour, 'hsp')).toEqual(['harbour', 'safety', 'plan']);
    expect(definedName(harbour, 'frb')).toEqual(['ferry', 'review', 'board']);
    // No acronym follows "river crossing fund", and one the knowledge lacks names nothing.
    expect(definedName(harbour, 'rcf')).toBeUndefined();
    // Nor is it a capitalised name's (see above): the two tables are apart.
    expect(longFormOf(harbour, 'hsp')).toBeUndefined();
  });

  it('counts among the words of a question that asks with the acronym: a passage may write it out', () => {
    // "the three-year plan" is then the length of the HSP.
    expect([...parseQuestion(harbour, 'how long does the hsp last').askedWords]).toContain('plan');
  });
});

describe('reading an acronym in a question', () => {
  const names = new Map([
    ['icc', ['international', 'criminal', 'court']],
    ['un', ['united', 'nations']],
    ['bat', ['british', 'american', 'tobacco']],
  ]);
  const read = (question: string, known: (word: string) => boolean = () => false) =>
    readQuestionWords(question, known, undefined, (acronym) => names.get(acronym)).map((w) => w.word);

  it('reads an acronym as the name the knowledge spells out, typed in any case', () => {
    expect(read('who was charged at the icc')).toEqual([
      'who',
      'was',
      'charged',
      'at',
      'the',
      'international',
      'criminal',
      'court',
    ]);
    expect(read('who was charged at the ICC')).toEqual(read('who was charged at the icc'));
  });

  it('reads two letters as an acronym only in capitals: in lower case they are chat', () => {
    expect(read('what did the UN say')).toEqual(['what', 'did', 'the', 'united', 'nations', 'say']);
    expect(read('what did the un say')).toEqual(['what', 'did', 'the', 'un', 'say']);
  });

  it('keeps an acronym the knowledge uses itself, and a common English word typed in lower case', () => {
    expect(read('who was charged at the icc', (word) => word === 'icc')).toEqual([
      'who',
      'was',
      'charged',
      'at',
      'the',
      'icc',
    ]);
    expect(read('did the bat fly')).toEqual(['did', 'the', 'bat', 'fly']);
  });
});

describe('answering a question asked with an acronym', () => {
  it('answers with the passage that spells the name out', () => {
    const answer = answerQuestion(court, 'what did the icc charge the governor with');
    expect(answer.best?.text).toBe('The International Criminal Court charged the former governor with fraud in 2019.');
    expect(answer.best?.score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });
});

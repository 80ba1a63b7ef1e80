import { describe, expect, it } from 'vitest';
import { answerQuestion, MIN_CONFIDENCE, passageContext } from '../../src/core/answer.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/core/engine.js';
import { loadKnowledge, parseKnowledgeFile } from '../../src/core/knowledge.js';
import { toPassages } from '../../src/core/passages.js';
import { SearchIndex } from '../../src/core/search-index.js';
import {
  answerIn,
  bestAndLacking,
  indexOf,
  knowledgeSource,
  shippedIndex,
  shownParagraphs,
  VALID_FIELDS,
} from '../helpers.js';

const index = await shippedIndex();
const paragraphOf = (question: string) => answerQuestion(index, question).best?.citation.paragraph ?? null;
// The ranking, whatever the confidence threshold: the best passage and the ones after it.
const rankedParagraphs = (question: string) => shownParagraphs(index, question);

describe('answering a question', () => {
  it('answers "who urged restraint" with the Iranian restraint paragraph, then the one that only shares "urged"', () => {
    const result = answerQuestion(index, 'who urged restraint');
    expect(result.status).toBe('answered');
    expect(result.best!.citation).toEqual({
      title: 'NATO Secretary General Stoltenberg meets Armenian President Sarkisian in Brussels',
      publisher: 'Azatutyun (RFE/RL Armenian Service)',
      url: 'https://azatutyun.am/a/28336839.html',
      published: '2017-02-27',
      paragraph: 7,
    });
    expect(result.best!.highlight).toMatch(/^An Iranian Foreign Ministry spokesman said .*“exercise restraint”/);
    expect(result.best!.score).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(rankedParagraphs('who urged restraint')).toEqual([7]);
  });

  it('answers "who urged restraint" numbered as in a list, or placed in the year the article came out', () => {
    for (const question of ['1. who urged restraint', 'Q2) who urged restraint', 'who urged restraint in 2017']) {
      const result = answerQuestion(index, question);
      expect(result.status).toBe('answered');
      expect(result.best!.citation.paragraph).toBe(7);
    }
    expect(answerQuestion(index, 'who urged restraint in 2015').status).toBe('abstained');
  });

  it('ranks a passage matching every question word above ones matching a part', () => {
    // 11 comes next: Armenian troops in "those countries", which points at the two paragraphs
    // before it, on the NATO-led missions, but it gives no count; then 12, on Yerevan's readiness
    // for more missions abroad, with no count either; then 4: its "soldiers" is nearly "troops"
    // in the word vectors, and it counts them ("at least five"), but in the sentence before the
    // one speaking of Armenia. 13's number is of years ("the three-year plan").
    expect(rankedParagraphs('How many troops does Armenia contribute to NATO-led missions?')).toEqual([10, 11, 12, 4]);
    expect(rankedParagraphs('Is there a military solution to the conflict?')).toEqual([3, 4, 7, 12]);
  });

  it('prefers the passage that holds what the question word asks for', () => {
    // 1, 3 (by its "he") and 13 name both men; 1 says where they met. 3 names a place, the
    // headquarters, though it says "talks" where the article's own word is "meeting" (4); 13, on
    // the plan they announced, gives no place.
    expect(rankedParagraphs('Where did Stoltenberg and Sarkisian meet?')).toEqual([1, 3, 13, 2]);
  });

  it('reads "the alliance" as the alliance the article names (NATO, filed under alliance), and answers', () => {
    // 9 quotes Stoltenberg on "our partnership ... between NATO and Armenia"; 8 and 13 speak of the
    // partnership and NATO too, and 11 quotes him on "those countries", pointing back at 9 and 10.
    // Without the reading, 0.58: an abstention.
    const result = answerQuestion(index, 'What did the alliance chief say about the partnership?');
    expect(result.status).toBe('answered');
    expect(rankedParagraphs('What did the alliance chief say about the partnership?')).toEqual([9, 8, 13, 11]);
  });

  it('prefers the passage that repeats a phrase of the question over one sharing only stems', () => {
    expect(rankedParagraphs('what areas can NATO and Armenia cooperate more closely on')).toEqual([9, 10, 1, 8]);
  });

  it.each([
    ['paramedic scool', 12],
    ['defence education', 9],
    ['What did Sargsyan say about the three-year plan?', 13],
    ['STOLTENBERG NEGOTIATING TABLE', 2],
    ['ceasefire violaton', 4],
  ])('finds %j despite typos, spelling variants and case (paragraph %i)', (question, paragraph) => {
    expect(paragraphOf(question)).toBe(paragraph);
  });

  it('gives the matched sentence as the highlight', () => {
    const { best } = answerQuestion(index, 'Is there a military solution to the conflict?');
    expect(best!.highlight).toBe('“Because there is no military solution to this conflict.');
    expect(best!.text.slice(...best!.highlightSpan).trim()).toBe(best!.highlight);
  });

  it.each([
    'What is the weather in Yerevan today?',
    'What did Putin say?',
    "'; DROP TABLE passages; --",
    'What is the population of Armenia?',
    'Who is the prime minister of Turkey?',
    'How do I bake sourdough bread?',
  ])('abstains on %j, which shares at most a word with the article', (question) => {
    const result = answerQuestion(index, question);
    expect(result.status).toBe('abstained');
    expect(result.best).toBeNull();
  });

  it('abstains on a question naming no topic, though a passage shares its only word ("help", "helping")', () => {
    const result = answerQuestion(index, 'help');
    expect(result.status).toBe('abstained');
    // 11 says "helping"; "held" (3) is a word of its own, no slip of "help".
    expect(result.alternatives.map((f) => f.citation.paragraph)).toEqual([11]);
  });

  it('offers the nearest passages as suggestions when it abstains', () => {
    const result = answerQuestion(index, 'What is the weather in Yerevan today?');
    // 12 names Yerevan; 3 and 9 name Armenia, the country Yerevan is the capital of.
    expect(result.alternatives.map((f) => f.citation.paragraph)).toEqual([12, 3, 9]);
  });

  it('gives confidence between 0 and 1, the answer at or above the alternatives', () => {
    const result = answerQuestion(index, 'stoltenberg negotiating table');
    const scores = [result.best!, ...result.alternatives].map((f) => f.score);
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(scores[0]).toBe(Math.max(...scores));
  });

  it('answers exactly when the confidence it shows reaches the threshold', () => {
    // Shown to three decimals: about half of these round up, and would abstain at their own shown
    // confidence if the unrounded number decided.
    const questions = [
      'who urged restraint',
      "How did Moscow react to Sarkisian's talks at NATO headquarters?",
      'Did the OSCE Minsk Group comment on the weekend upsurge in fighting?',
      'How many troops does Armenia contribute to NATO-led missions?',
      'stoltenberg negotiating table',
      'Is there a military solution to the conflict?',
      'who paid for the paramedic school',
      'when will the new plan be adopted',
    ];
    for (const question of questions) {
      const shown = answerQuestion(index, question, { minConfidence: 0 }).best!.score;
      expect(answerQuestion(index, question, { minConfidence: shown }).status).toBe('answered');
      expect(answerQuestion(index, question, { minConfidence: shown + 0.001 }).status).toBe('abstained');
    }
  });
});

describe('an answer that goes on into the next paragraph', () => {
  // Invented: the officials' words run on into a paragraph that names no one ("They said ...").
  const budget = SearchIndex.build(
    toPassages([
      parseKnowledgeFile(
        'budget.md',
        knowledgeSource(VALID_FIELDS, [
          'The harbour council approved its budget for next year on Tuesday.',
          'City finance officials said the plan would cost more than the last one.',
          'They said that rising fuel prices would leave the ferries short of money by June.',
          'Ferries will run every hour in summer, according to the timetable.',
          'The mayor said the harbour would stay open all winter.',
        ]),
      ),
    ]),
  );

  it('shows the next paragraph with the answer when it goes on from it ("They said ..."), citing both', () => {
    const { best } = answerQuestion(budget, 'what did the city finance officials say about the cost of the plan', {
      minConfidence: 0,
    });
    expect(best!.id).toBe('budget#p2');
    expect(best!.text).toBe(
      'City finance officials said the plan would cost more than the last one.\n\n' +
        'They said that rising fuel prices would leave the ferries short of money by June.',
    );
    expect([best!.citation.paragraph, best!.citation.lastParagraph]).toEqual([2, 3]);
    expect(best!.text.slice(...best!.highlightSpan).trim()).toBe(best!.highlight);
  });

  it('shows a paragraph alone when the next one does not go on from it, and its context after what it showed', () => {
    const { best } = answerQuestion(budget, 'how often will ferries run in summer', { minConfidence: 0 });
    expect([best!.id, best!.text, best!.citation.lastParagraph]).toEqual([
      'budget#p4',
      'Ferries will run every hour in summer, according to the timetable.',
      undefined,
    ]);
    expect(passageContext(budget, 'budget#p2')?.after?.id).toBe('budget#p4');
    expect(passageContext(budget, 'budget#p4')?.after?.id).toBe('budget#p5');
  });
});

describe('an answer to a question the article reports being asked', () => {
  // Invented: the reporter's question in one paragraph, how it was met in the two after it.
  const interview = indexOf([
    'The harbour master met reporters at the quay on Friday.',
    'She hesitated only when I asked her how many ferries the new timetable would cut.',
    'There was a long pause before she turned to the weather.',
    'In the end she gave no number, and the council has not given one either.',
    'The quay reopens in April.',
  ]);

  it('shows the two paragraphs after the question with it, and cites all three', () => {
    const { best } = answerQuestion(interview, 'how many ferries will the new timetable cut', { minConfidence: 0 });
    expect(best!.id).toBe('test-doc#p2');
    expect(best!.text).toBe(
      'She hesitated only when I asked her how many ferries the new timetable would cut.\n\n' +
        'There was a long pause before she turned to the weather.\n\n' +
        'In the end she gave no number, and the council has not given one either.',
    );
    expect([best!.citation.paragraph, best!.citation.lastParagraph]).toEqual([2, 4]);
    expect(passageContext(interview, 'test-doc#p2')?.after?.id).toBe('test-doc#p5');
  });

  it('finds whom a question asks about speaking in the paragraphs answering the question, not only in the question', () => {
    const quay = (afterTheQuestion: string) =>
      indexOf([
        'Mayor Anna Holm spoke to me at the quay on Friday.',
        'She dodged only once, when I asked her how many votes the ferry plan had won on the council.',
        afterTheQuestion,
      ]);
    const question = 'how did the mayor react when asked about the ferry plan';
    expect(
      bestAndLacking(quay('There was a long pause before she talked about the weather instead.'), question),
    ).toEqual(['test-doc#p2', 0]);
    expect(bestAndLacking(quay('There was a long pause.'), question)).toEqual(['test-doc#p2', 1]);
  });
});

describe('user text is only text', () => {
  it.each([
    ['fuse.js operators', "'who | =urged !restraint$ ^"],
    ['regex metacharacters', '(who)+ urged.*? [restraint]\\ $'],
    ['markdown', '**who** _urged_ `restraint` ~~ > ||'],
    ['zero-width characters inside words', 'who ur\u200Bged res\u200Dtraint\uFEFF'],
    ['control characters', 'who\u0000urged\u0007restraint\u001b'],
    ['full-width letters', 'ｗｈｏ ｕｒｇｅｄ ｒｅｓｔｒａｉｎｔ'],
  ])('reads %s as words', (_case, question) => {
    expect(paragraphOf(question)).toBe(7);
  });

  it('answers a 10,000-character question without failing', () => {
    const question = `who urged restraint ${'lorem ipsum dolor sit amet '.repeat(400)}`.slice(0, 10_000);
    const result = answerQuestion(index, question);
    expect(['answered', 'abstained']).toContain(result.status);
  });

  it.each(['', '   ', '🙂🙂🙂', '?!?!', 'what is the', '\u200B\u200B', '\u0000\u0001'])(
    'says there is nothing to search for %j',
    (question) => {
      expect(answerQuestion(index, question)).toEqual({ question, status: 'empty', best: null, alternatives: [] });
    },
  );
});

describe('a question about what the knowledge is about', () => {
  it.each([
    'what is this article about',
    "what's the story about?",
    'tl;dr',
    'summarize the article pls',
    "what's it about",
    'tell me about it',
    'can you tell me about the article',
    'what is the story about overall',
  ])('answers %j with the opening paragraph, certain by what it is', (question) => {
    const result = answerQuestion(index, question);
    expect(result.status).toBe('overview');
    expect([result.best!.id, result.best!.score, result.alternatives]).toEqual([
      'stoltenberg-sarkisian-brussels-2017#p1',
      1,
      [],
    ]);
  });

  it.each([
    'who published this article',
    'when was this article published',
    'who wrote this?',
    'source?',
    "what's the link",
    'what newspaper is this from',
  ])('answers %j, asking where the article comes from, with the opening paragraph and its citation', (question) => {
    const result = answerQuestion(index, question);
    expect([result.status, result.best!.id, result.best!.citation.publisher]).toEqual([
      'overview',
      'stoltenberg-sarkisian-brussels-2017#p1',
      'Azatutyun (RFE/RL Armenian Service)',
    ]);
  });

  it.each([
    'what is the source of the heavy fire',
    'who wrote the statement blaming armenia',
    'what did the newspaper say about turkey',
  ])('is no overview when %j asks where something in it comes from', (question) => {
    expect(answerQuestion(index, question).status).not.toBe('overview');
  });

  it('is a search as usual when it names a topic too, a summary word weighing little', () => {
    for (const [question, paragraph] of [
      ['what did the article say about restraint', 7],
      ['summary of the ipap', 13],
      ["what's the gist of the ipap", 13],
    ] as const) {
      expect(answerIn(index, question)).toEqual(['answered', paragraph]);
    }
  });

  it.each([
    'what does the article say about the US',
    'what about him',
    'what did he say about it',
    'and what about before?',
    "what's the story about WHO",
  ])('is no overview when %j asks about something or someone else', (question) => {
    expect(answerQuestion(index, question).status).not.toBe('overview');
  });

  it("gives each document's opening paragraph when there are several, in the order of the knowledge", async () => {
    const harbour = parseKnowledgeFile(
      'harbour.md',
      knowledgeSource({ ...VALID_FIELDS, title: 'Harbour reopens' }, [
        'The harbour reopened on Monday.',
        'Crews cheered.',
      ]),
    );
    const both = SearchIndex.build(toPassages([harbour, ...(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR))]));
    const result = answerQuestion(both, 'tldr');
    expect([result.best, ...result.alternatives].map((found) => found!.id)).toEqual([
      'harbour#p1',
      'stoltenberg-sarkisian-brussels-2017#p1',
    ]);
  });

  it('goes through every document, however many there are, as far as "Next match" can page', () => {
    const documents = Array.from({ length: 6 }, (_, n) =>
      parseKnowledgeFile(
        `d${n}.md`,
        knowledgeSource({ ...VALID_FIELDS, title: `Story ${n}` }, [`Story ${n} opens.`, 'It goes on.']),
      ),
    );
    const result = answerQuestion(SearchIndex.build(toPassages(documents)), 'tl;dr');
    expect([result.best, ...result.alternatives].map((found) => found!.id)).toEqual(
      documents.map((document) => `${document.id}#p1`),
    );
  });
});

describe('more than one document', () => {
  it('answers across all documents, each answer citing its own', async () => {
    const sevan = parseKnowledgeFile(
      'lake-sevan.md',
      knowledgeSource({ ...VALID_FIELDS, title: 'Lake Sevan water levels' }, [
        'Intro.',
        'Lake Sevan rose by twelve centimetres after a wet spring.',
      ]),
    );
    const both = SearchIndex.build(toPassages([...(await loadKnowledge(DEFAULT_KNOWLEDGE_DIR)), sevan]));
    const lake = answerQuestion(both, 'How much did Lake Sevan rise?').best!;
    expect([lake.id, lake.citation.title, lake.citation.paragraph]).toEqual([
      'lake-sevan#p2',
      'Lake Sevan water levels',
      2,
    ]);
    const restraint = answerQuestion(both, 'who urged restraint').best!;
    expect([restraint.id, restraint.citation.publisher]).toEqual([
      'stoltenberg-sarkisian-brussels-2017#p7',
      'Azatutyun (RFE/RL Armenian Service)',
    ]);
  });

  it('takes a paragraph syndicated word for word into another article once: same answers, about the same confidence, no twin', async () => {
    const [shipped] = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
    const copy = { ...shipped!, id: 'zz-syndicated-copy', publisher: 'Another Outlet' };
    const both = SearchIndex.build(toPassages([shipped!, copy]));
    for (const question of [
      'who urged restraint',
      "Who is Armenia's close military ally?",
      'What is the weather in Yerevan?',
    ]) {
      const alone = answerQuestion(index, question, { minConfidence: 0 });
      const twice = answerQuestion(both, question, { minConfidence: 0 });
      // Only the words' rarity moves with a second copy of every paragraph, not the margin.
      expect(Math.abs(twice.best!.score - alone.best!.score)).toBeLessThan(0.02);
      expect([twice.best, ...twice.alternatives].map((found) => found!.id)).toEqual(
        [alone.best, ...alone.alternatives].map((found) => found!.id),
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bestPassageEvidence } from '../../src/core/answer.js';
import { parseQuestion } from '../../src/core/question.js';
import type { SearchIndex } from '../../src/core/search-index.js';
import { holdsSpeaker, speakerSpan } from '../../src/core/speaker.js';
import { answerIn, bestAndLacking, indexOf, VALID_FIELDS } from '../helpers.js';

// An invented article, so that nothing here can lean on the shipped one.
const council = indexOf(
  [
    'Mayor Ilse Brandvold opened the new library on Monday after a vote of the city council.',
    'The opposition accused the council of "wasting money" on the library and of ignoring the bus depot.',
    '"This library is for every child in the city," she told reporters at the opening.',
    'The library will open seven days a week, declared the head librarian.',
    'The building cost 12 million euros. The council chair said the budget was kept.',
  ],
  {
    title: 'City opens a new library',
    publisher: 'Test Gazette',
    url: 'https://example.org/l',
    published: '2024-03-05',
    language: 'en',
  },
);
const speakerOf = (question: string) => {
  const parsed = parseQuestion(council, question);
  return parsed.speaker.map((term) => parsed.terms[term]!.word);
};
/** Whether paragraph `paragraph` (from 1) of `index` may say what the question's speaker said. */
const speakerHeldIn =
  (index: SearchIndex) =>
  (question: string, paragraph: number): boolean =>
    holdsSpeaker(index, parseQuestion(index, question), paragraph - 1);
const holds = speakerHeldIn(council);

describe('the speaker a question asks about', () => {
  it('is whoever stands between the auxiliary and the verb of saying or reacting', () => {
    expect(speakerSpan(['what', 'did', 'the', 'council', 'chair', 'say'])).toEqual([2, 5]);
    expect(speakerSpan(['how', 'did', 'the', 'mayor', 'react', 'to', 'it'])).toEqual([2, 4]);
    expect(speakerSpan(['did', 'the', 'opposition', 'comment'])).toEqual([1, 3]);
    expect(speakerSpan(['who', 'opened', 'the', 'library'])).toBeUndefined();
    expect(speakerSpan(['who', 'said', 'the', 'budget', 'was', 'kept'])).toBeUndefined();
    // The asker hedging ("..., i think") asks no one's words.
    expect(speakerSpan(['how', 'many', 'homes', 'does', 'the', 'plan', 'build', 'i', 'think'])).toBeUndefined();
    expect(speakerSpan(['what', 'did', 'the', 'mayor', 'say', 'i', 'think'])).toEqual([2, 4]);
    // A passive names what is felt or said, not who feels or says it.
    expect(speakerSpan(['when', 'will', 'the', 'full', 'effect', 'be', 'felt'])).toBeUndefined();
    expect(speakerSpan(['what', 'was', 'said', 'at', 'the', 'meeting'])).toBeUndefined();
  });

  it('is named in up to eight words ("the us military instructors training the armenian medics")', () => {
    const words = 'what did the us military instructors training the armenian medics say'.split(' ');
    expect(speakerSpan(words)).toEqual([2, 10]);
    expect(speakerSpan('what did the tall old men who ran the small harbour cafe say'.split(' '))).toBeUndefined();
  });

  it('is nobody for a verb of saying in a clause of its own ("what did the mayor praise after talking to ...")', () => {
    expect(
      speakerSpan(['what', 'did', 'the', 'mayor', 'praise', 'after', 'talking', 'to', 'the', 'crews']),
    ).toBeUndefined();
    expect(speakerSpan(['what', 'did', 'the', 'mayor', 'say', 'when', 'asked', 'about', 'it'])).toEqual([2, 4]);
  });

  it('is nobody when the question asks where it was said, not what', () => {
    expect(speakerOf('Where did Brandvold speak to the council?')).toEqual([]);
    expect(speakerOf('What did Brandvold say to the council?')).toEqual(['brandvold']);
    expect(speakerOf('When did Brandvold say the library would open?')).toEqual(['brandvold']);
  });

  it('is named by its weighty words, not by a pronoun or "the article"', () => {
    expect(speakerOf('What did the council chair say about the budget?')).toEqual(['council', 'chair']);
    expect(speakerOf('How did Brandvold react to the vote?')).toEqual(['brandvold']);
    expect(speakerOf('what did she say at the opening')).toEqual([]);
    expect(speakerOf('What does the article say about the library?')).toEqual([]);
    expect(speakerOf('Who opened the library?')).toEqual([]);
  });

  it('keeps a post among its words however common the word is ("head"): the post says who speaks', () => {
    expect(speakerOf("What did the council's head say about the budget?")).toEqual(['council', 'head']);
  });

  it('is read in the sentence that asks, not in the story told around it', () => {
    expect(speakerOf('My aunt said the library is great. When does it open?')).toEqual([]);
  });
});

describe('a passage holding the speaker', () => {
  it('names them', () => {
    expect(holds('What did the council chair say about the budget?', 5)).toBe(true);
    expect(holds('what did the counsil chair say abt the budget', 5)).toBe(true);
  });

  it('refers to someone as "she" or "he", who may be them if the document names them', () => {
    expect(holds('What did the mayor say at the opening of the library?', 3)).toBe(true);
    expect(holds('What did Brandvold say at the opening of the library?', 3)).toBe(true);
    expect(holds('What did the governor say at the opening of the library?', 3)).toBe(false);
  });

  it('or names a role as the one speaking, before or after the verb, who may be them if the document names them', () => {
    expect(holds('What did the librarian say about the opening hours?', 4)).toBe(true);
    expect(holds('What did Brandvold say about the hours?', 4)).toBe(true);
    expect(holds('What did the governor say about the hours?', 4)).toBe(false);
  });

  it('reports speech with verbs that say what was said, beside verbs of saying ("divulged that", "have acknowledged that")', () => {
    const depot = indexOf([
      'Transit officials divulged on Friday that the bus depot would close for a year.',
      'Union leaders have acknowledged that the closure was needed.',
      'Transit officials visited the depot on Monday.',
    ]);
    const holdsIn = speakerHeldIn(depot);
    expect([
      holdsIn('what did transit officials say about the depot', 1),
      holdsIn('What did union leaders say about the closure?', 2),
      holdsIn('what did transit officials say about the depot', 3),
    ]).toEqual([true, true, false]);
  });

  it('is not one person\'s "he" or "she" when the question asks many ("officials"), but is for a name like a plural', () => {
    const port = indexOf([
      'Port officials met union leader Tomas Reyes on Monday.',
      'He said wages at the port had not risen in five years.',
      'They said wages would rise once cargo traffic recovered.',
    ]);
    const holdsIn = speakerHeldIn(port);
    expect([
      holdsIn('what did port officials say about wages', 2),
      holdsIn('what did port officials say about wages', 3),
      holdsIn('what did reyes say about wages', 2),
    ]).toEqual([false, true, true]);
    // So Reyes's words are no answer for the officials'.
    expect(answerIn(port, 'what did port officials say about wages')).toEqual(['abstained', undefined]);
    // "Brooks" is the plural of a noun too, but the document writes it only as a name.
    const director = indexOf([
      'Port director Ana Brooks met union leaders on Monday.',
      'She said wages would rise once cargo traffic recovered.',
    ]);
    expect(answerIn(director, 'what did brooks say about wages')).toEqual(['answered', 2]);
  });

  it('refers to them as "they" speaking, who may be them if the document names them', () => {
    const depot = indexOf([
      'Transit officials announced on Friday that the bus depot would close for a year.',
      'They said the buses would park at the old market meanwhile.',
    ]);
    const holdsIn = (question: string) => holdsSpeaker(depot, parseQuestion(depot, question), 1);
    expect([
      holdsIn('What did transit officials say about parking?'),
      holdsIn('What did the drivers say about parking?'),
    ]).toEqual([true, false]);
  });

  it('is not a role speaking ("the president said") the document gives no one of the nation asked about', () => {
    const visit = indexOf([
      'Chilean President Ana Ruiz arrived in Lima, the capital of Peru, on Monday for two days of talks on trade.',
      'The president said trade between the two countries would double by 2030.',
    ]);
    const holdsIn = (question: string) => holdsSpeaker(visit, parseQuestion(visit, question), 1);
    expect([
      holdsIn("What did Chile's president say about trade?"),
      holdsIn('What did the Chilean president say about trade?'),
      holdsIn("How did Peru's president react to the trade talks?"),
    ]).toEqual([true, true, false]);
  });

  it('names them only in a sentence reporting speech (a verb of saying or a quotation), not in one about them', () => {
    expect(holds('What did the city council say about the library?', 1)).toBe(false);
    expect(holds('What did the council chair say about the building?', 5)).toBe(true);
    expect(holds('What did the opposition say about the library?', 2)).toBe(true);
  });

  it('is not reported by "states", "the United States" or a "member state": the noun, not the verb of saying', () => {
    const summit = indexOf([
      'Kessler met the member states of the union and the United States on Monday.',
      'Kessler stated that the ferries would return.',
    ]);
    const speaks = speakerHeldIn(summit);
    expect([speaks('what did Kessler say', 1), speaks('what did Kessler say', 2)]).toEqual([false, true]);
  });

  it('is never named by the words a quotation quotes: what was said is not who said it', () => {
    const dispute = indexOf([
      'The union issued a statement that accused the port of "ignoring Vessa and its ferry crews".',
    ]);
    const speaks = speakerHeldIn(dispute);
    expect([
      speaks('what did Vessa say about the ferry crews', 1),
      speaks('what did the union say about the ferry crews', 1),
    ]).toEqual([false, true]);
  });

  it('is not named by a sentence where the writer is the one who speaks ("when I asked her ...")', () => {
    const interview = indexOf([
      'Mayor Brandvold dodged only one question, when I asked her how much the new pier would cost.',
      'She said the council would decide on the pier in June.',
    ]);
    const speaks = speakerHeldIn(interview);
    expect([
      speaks('what did the mayor say about the cost of the pier', 1),
      speaks('what did the mayor say', 2),
    ]).toEqual([false, true]);
  });

  it('is not one that only tells of others, however many of the question words it holds', () => {
    expect(holds('How did the mayor respond to the opposition accusing the council of wasting money?', 2)).toBe(false);
    expect(holds('What did the opposition say about the opening hours?', 1)).toBe(false);
  });

  it('names them as the one speaking, not as those spoken to or of after the verb', () => {
    const strike = indexOf([
      'Mayor Brandvold urged the council and the unions to "return to the table."',
      '"We will not close the depot," said Ada Brook, director of the Transit Union, a workers\' group.',
      'Officials say the fact that the opposition walked out proves it wanted no deal.',
      'Speaking to reporters on Friday, the governor said the bridge would reopen.',
      "'The port stays open,' said Lena Holt, head of the Dockers' Guild.",
      'Mayor Brandvold, speaking on Friday, urged the teachers to return to work.',
      'Asked about the vote, Ada Brook was blunt: "The depot stays."',
      'The strike will end on Monday, said Omar Lind, head of the Bus Union.',
      'Urging the drivers to stay calm, the minister offered talks.',
      'Mayor Brandvold, speaking on Friday, said the nurses would return to work.',
      '"Why would we leave?" asked Ada Brook, who leads the tenants.',
      'The council met. Said Omar Lind: "The depot stays open."',
    ]);
    const speaks = (question: string, paragraph: number) =>
      holdsSpeaker(strike, parseQuestion(strike, question), paragraph - 1);
    expect([speaks('what did Brandvold say', 1), speaks('what did the unions say', 1)]).toEqual([true, false]);
    expect(speaks('what did the Transit Union say about the depot', 2)).toBe(true);
    expect([speaks('what did officials say', 3), speaks('what did the opposition say', 3)]).toEqual([true, false]);
    expect(speaks('what did the governor say about the bridge', 4)).toBe(true);
    expect(speaks("what did the Dockers' Guild say about the port", 5)).toBe(true);
    expect(speaks('what did the teachers say', 6)).toBe(false);
    expect(speaks('what did Ada Brook say about the vote', 7)).toBe(true);
    expect(speaks('what did the Bus Union say about the strike', 8)).toBe(true);
    expect([speaks('what did the drivers say', 9), speaks('what did the minister say', 9)]).toEqual([false, true]);
    // After an aside, "said" is no inversion: those after it are spoken of.
    expect([speaks('what did the nurses say', 10), speaks('what did Brandvold say', 10)]).toEqual([false, true]);
    // A verb opening its sentence right after a quotation, or "Said X:", has its speaker after it.
    expect(speaks('what did Ada Brook say', 11)).toBe(true);
    expect(speaks('what did Omar Lind say', 12)).toBe(true);
  });

  it('is asked for by "predict", "declaration" and "announcement" as by "say": what they said', () => {
    const vote = indexOf([
      'The unions gave a cautious reaction to the housing plan on Monday.',
      'The council chair said the housing plan would pass easily in May.',
    ]);
    expect(answerIn(vote, 'what did the council chair predict for the housing plan')).toEqual(['answered', 2]);
    // "Predict" is read as "say": the same term, weighing as little, naming the one speaking.
    const read = (question: string) => {
      const parsed = parseQuestion(vote, question);
      return { terms: parsed.terms.map((term) => [term.ownTermId, term.weight]), speaker: parsed.speaker };
    };
    expect(read('what did the council chair predict')).toEqual(read('what did the council chair say'));
    // So is a declaration or an announcement: what someone said.
    const termOf = (question: string, word: string) =>
      parseQuestion(vote, question).terms.find((term) => term.word === word)!.ownTermId;
    expect(termOf('who made a declaration about the housing plan', 'declaration')).toBe(termOf('who said it', 'said'));
    expect(termOf('what was the announcement about', 'announcement')).toBe(termOf('who said it', 'said'));
  });

  it('reads "mentions", "mentioning", "remarks" and "comments" as "say", as the other forms of those words are', () => {
    const vote = indexOf([
      'The unions gave a cautious reaction to the housing plan on Monday.',
      'The council chair said the housing plan would pass easily in May.',
    ]);
    expect(answerIn(vote, 'what remarks did the council chair make about the housing plan')).toEqual(['answered', 2]);
    const termOf = (question: string, word: string) =>
      parseQuestion(vote, question).terms.find((term) => term.word === word)!.ownTermId;
    const saying = termOf('who said it', 'said');
    expect([
      termOf('who mentions the housing plan', 'mentions'),
      termOf('was the chair mentioning the plan', 'mentioning'),
      termOf('what remarks did the chair make', 'remarks'),
      termOf('any comments from the chair', 'comments'),
    ]).toEqual([saying, saying, saying, saying]);
  });

  it('is asked for by "react", "reaction" and "response" as by "say": a reaction is what they said', () => {
    const vote = indexOf([
      'The unions gave a cautious reaction to the housing plan on Monday.',
      'The council chair said the housing plan would be put to a vote in May.',
    ]);
    for (const question of [
      'how did the council chair react to the housing plan',
      "what was the council chair's reaction",
      "what was the council chair's response",
    ]) {
      expect(answerIn(vote, question)).toEqual(['answered', 2]);
    }
    // "Response" weighs as "reaction" does: no topic of its own.
    const weights = (question: string) => parseQuestion(vote, question).terms.map((term) => term.weight);
    expect(weights("what was the council chair's response")).toEqual(weights("what was the council chair's reaction"));
  });

  it('is asked for by "stance" and "opinion" as by "say": a stance is what they said of it', () => {
    const vote = indexOf([
      'The unions gave a cautious reaction to the housing plan on Monday.',
      'The council chair said the housing plan would be put to a vote in May.',
    ]);
    for (const question of [
      "what was the council chair's stance on the housing plan",
      "what is the council chair's opinion of the housing plan",
    ]) {
      expect(answerIn(vote, question)).toEqual(['answered', 2]);
    }
    const weights = (question: string) => parseQuestion(vote, question).terms.map((term) => term.weight);
    expect(weights("what was the council chair's stance")).toEqual(weights("what was the council chair's reaction"));
  });

  it('reads "quoted" as saying: the one quoted is the one who said it', () => {
    const vote = indexOf([
      'The unions gave a cautious reaction to the housing plan on Monday.',
      'The council chair said the housing plan would be put to a vote in May.',
    ]);
    expect(answerIn(vote, 'what was the council chair quoted saying about the housing plan')).toEqual(['answered', 2]);
    const weights = (question: string) => parseQuestion(vote, question).terms.map((term) => term.weight);
    expect(weights('why was the council chair quoted')).toEqual(weights('why was the council chair mentioned'));
  });

  it('names the nation the question gives the speaker, when it gives one: another foreign ministry is not it', () => {
    const ministries = indexOf([
      'The foreign ministry of Norway said the ships should wait for calmer weather.',
      'A Danish government spokesman said on Monday that the port would stay open.',
      'The harbour master said the ships were safe.',
    ]);
    const holdsIn = speakerHeldIn(ministries);
    // By name, by adjective, by capital: the speaker's nation is named.
    expect(holdsIn("what did Norway's foreign ministry say", 1)).toBe(true);
    expect(holdsIn('what did the Norwegian foreign ministry say', 1)).toBe(true);
    expect(holdsIn('what did the Danish spokesman say', 2)).toBe(true);
    expect(holdsIn('what did Copenhagen say', 2)).toBe(true);
    // And a government by its capital: "Oslo said" is Norway speaking.
    const capital = indexOf(['Oslo said the ships should wait for calmer weather.']);
    expect(holdsSpeaker(capital, parseQuestion(capital, 'what did Norway say'), 0)).toBe(true);
    expect(holdsSpeaker(capital, parseQuestion(capital, 'what did Sweden say'), 0)).toBe(false);
    // Washington, in the District of Columbia, is the United States' capital all the same.
    const federal = indexOf(['In Washington, a White House spokesman said the ships should wait.']);
    expect(holdsSpeaker(federal, parseQuestion(federal, 'what did the US say'), 0)).toBe(true);
    expect(holdsSpeaker(federal, parseQuestion(federal, 'what did Norway say'), 0)).toBe(false);
    // A foreign ministry is named, but Sweden's is not; nor is Denmark in Norway's statement.
    expect(holdsIn("what did Sweden's foreign ministry say", 1)).toBe(false);
    expect(holdsIn('what did the Swedish government spokesman say', 2)).toBe(false);
    expect(holdsIn('what did the Danish foreign ministry say', 1)).toBe(false);
    // Without a nation, the role is the speaker as before.
    expect(holdsIn('what did the foreign ministry say', 1)).toBe(true);
    expect(holdsIn('what did the harbour master say', 3)).toBe(true);
    // "He" may stand for the nation's minister only in a document that names the nation.
    const visit = indexOf(['The Norwegian minister arrived on Monday.', 'He said the ships should wait.']);
    const holdsInVisit = (question: string) => holdsSpeaker(visit, parseQuestion(visit, question), 1);
    expect(holdsInVisit('what did the Norwegian minister say')).toBe(true);
    expect(holdsInVisit('what did the Swedish minister say')).toBe(false);
  });

  it('is named by a word the story around the ask matches better than the speaker does ("about Norway. What did the Norwegian ministry say")', () => {
    const ministries = indexOf([
      'The foreign ministry of Norway said the ships should wait for calmer weather.',
      'Norway bought two ships last year.',
    ]);
    const holdsIn = speakerHeldIn(ministries);
    const story = 'I got into an argument with a friend about Norway last night.';
    expect(holdsIn(`${story} What did the Norwegian foreign ministry say about the ships?`, 1)).toBe(true);
    expect(holdsIn(`${story} What did the Swedish foreign ministry say about the ships?`, 1)).toBe(false);
  });

  it('speaks on in a paragraph that is all quotation, as the paragraph before it quotes them', () => {
    const interview = indexOf([
      'Mayor Helen Okafor said the harbour would reopen in May.',
      '“The crews have earned a rest. The quay will be ready by spring.”',
      'Councillor Diaz said the budget was too small.',
      '“We cannot repair the quay with this money.”',
    ]);
    const holdsIn = speakerHeldIn(interview);
    expect(holdsIn('what did Okafor say about the quay', 2)).toBe(true);
    expect(holdsIn('what did Diaz say about the quay', 4)).toBe(true);
    // Another speaker's quotation.
    expect(holdsIn('what did Okafor say about the quay', 4)).toBe(false);
  });

  it('is named by name where the document gives that name the role asked about ("the mayor": Okafor)', () => {
    const harbour = indexOf(
      [
        'Lind and Mayor Helen Okafor met the port authority on Monday.',
        'Okafor said the harbour would reopen in May.',
        'Brandvold said the budget was too small.',
        'Kessler, the Danish ambassador, said the ferries would return.',
      ],
      { ...VALID_FIELDS, title: 'Harbour to reopen' },
    );
    const holdsIn = speakerHeldIn(harbour);
    expect(holdsIn('What did the mayor say about the harbour?', 2)).toBe(true);
    expect(holdsIn('What did the Danish ambassador say about the ferries?', 4)).toBe(true);
    // Brandvold is never called the mayor; Kessler is Denmark's ambassador, not Norway's.
    expect(holdsIn('What did the mayor say about the budget?', 3)).toBe(false);
    expect(holdsIn('What did the Norwegian ambassador say about the ferries?', 4)).toBe(false);
    // A name asked about is named by the passage itself, whatever names stand beside others'.
    expect(holdsIn('What did Lind say about the harbour?', 2)).toBe(false);
    expect(holdsIn('What did mayor Lind say about the harbour?', 2)).toBe(false);
  });

  it('is the one heading a body asked about as its "chief", "head", "boss" or "leader", whatever their title', () => {
    const port = indexOf(
      [
        'Vessa Port Director Helen Okafor met the ferry companies on Monday.',
        'Okafor said the harbour would reopen in May.',
        'Kessler, a ferry captain, said the ferries would return.',
      ],
      { ...VALID_FIELDS, title: 'Harbour to reopen' },
    );
    const holdsIn = speakerHeldIn(port);
    expect(holdsIn('What did the Vessa chief say about the harbour?', 2)).toBe(true);
    expect(holdsIn('What did the Vessa port boss say about the harbour?', 2)).toBe(true);
    // Kessler heads something, but not in Vessa; and Okafor is no spokesman.
    expect(holdsIn('What did the Vessa chief say about the ferries?', 3)).toBe(false);
    expect(holdsIn('What did the Vessa spokesman say about the harbour?', 2)).toBe(false);
  });

  it('is named by a name the story around the ask gives too, where the document gives that name the role asked about', () => {
    const port = indexOf(
      [
        'Vessa Port Director Helen Okafor met the ferry companies on Monday.',
        '"We welcome the ferries back," Okafor said at the briefing.',
      ],
      { ...VALID_FIELDS, title: 'Harbour to reopen' },
    );
    expect(speakerHeldIn(port)('Okafor held a briefing on Monday. What did the Vessa chief say she welcomes?', 2)).toBe(
      true,
    );
  });

  it('is the one heading a body asked about by a common word the document uses for it ("the authority chief")', () => {
    const port = indexOf(
      [
        'Port Director Helen Okafor said the harbour authority would reopen the docks in May.',
        'Okafor said the ferries would return.',
      ],
      { ...VALID_FIELDS, title: 'Harbour to reopen' },
    );
    const holdsIn = speakerHeldIn(port);
    expect([
      holdsIn('What did the authority chief say about the ferries?', 2),
      holdsIn('What did the council chief say about the ferries?', 2),
    ]).toEqual([true, false]);
  });

  it('is named by a name the document titles with the body asked about ("the union": its director Quist)', () => {
    const strike = indexOf([
      '"The strike will go on," said Mara Quist, regional director for the Dockers Union.',
      'The ferries ran on time, and cargo piled up on the quays.',
      '"We will not sign a deal that cuts pay," Quist said.',
      '"The offer stands," Ivo Brandt said.',
    ]);
    const holdsIn = speakerHeldIn(strike);
    expect(holdsIn('What did the Dockers Union say about the deal?', 3)).toBe(true);
    // Brandt is titled with no union.
    expect(holdsIn('What did the Dockers Union say about the offer?', 4)).toBe(false);
  });

  it('is a nation named with no post, spoken for by "he" or a role only where the document gives the nation a voice', () => {
    const visit = 'Canadian Prime Minister Ann Roy arrived in Lisbon on Monday for talks on fishing quotas';
    // The prime minister who speaks is Canada's; the document writes no Portuguese post or officials.
    const criticised = speakerHeldIn(
      indexOf([
        `${visit}.`,
        'Roy has faced criticism in Portugal over the quotas. However, the prime minister said she would not change course on them.',
      ]),
    );
    expect(criticised('What did Portuguese officials say about the quotas?', 2)).toBe(false);
    expect(criticised("How did Portugal's government respond on the quotas?", 2)).toBe(false);
    expect(criticised('What did Canadian officials say about the quotas?', 2)).toBe(true);
    // "They said", where the document has Portuguese officials to say it.
    const voiced = speakerHeldIn(
      indexOf([
        `${visit}, and Portuguese officials met her at the port.`,
        'The quotas would be cut by a third next year, they said after the talks.',
      ]),
    );
    expect(voiced('What did Portuguese officials say about the quotas?', 2)).toBe(true);
  });

  it("is any passage when the question asks no one's words", () => {
    expect(holds('Who accused the council of wasting money?', 1)).toBe(true);
  });
});

describe('the confidence', () => {
  it('counts a speaker the best passage lacks as a kind of answer it lacks', () => {
    const lacking = bestPassageEvidence(
      council,
      'How did the mayor respond to the opposition accusing the council of wasting money on the library?',
    );
    expect(lacking?.id).toBe('test-doc#p2');
    expect(lacking?.evidence.kindLacking).toBe(1);
    const held = bestPassageEvidence(council, 'How did the opposition react to the money spent on the library?');
    expect(held?.id).toBe('test-doc#p2');
    expect(held?.evidence.kindLacking).toBe(0);
  });

  it("is not heard where the passage speaks of what is asked in the writer's own words, though it has them speak elsewhere", () => {
    const talks = indexOf([
      'The mayor and the union chief said the housing plan was on the agenda of their talks. It was the worst dispute between them since the 2019 dock strike.',
      'The ferry timetable changes in May.',
    ]);
    // Of the strike only the writer tells: the mayor said nothing of it here.
    expect(bestAndLacking(talks, 'what did the mayor say about the 2019 dock strike')).toEqual(['test-doc#p1', 1]);
    expect(bestAndLacking(talks, 'what did the mayor say about the housing plan')).toEqual(['test-doc#p1', 0]);
    // Asked of no one's words, the writer's sentence answers.
    expect(bestAndLacking(talks, 'what was the worst dispute since the 2019 dock strike')).toEqual(['test-doc#p1', 0]);
  });

  it('is the one speaking where the passage speaks of what is asked, or before a quotation with no verb of its own', () => {
    const ferries = indexOf([
      'Harbour chief Ada Brook said that two ferries sank in the storm. Three crew members may have escaped, officials said.',
      '“We must read the new rules,” Brook said. “There is worry the council will use the storm to justify higher fees.”',
    ]);
    // Officials said the crew may have escaped: not Brook, whom the sentence before has speak.
    expect(bestAndLacking(ferries, 'what did Ada Brook say about the crew members who may have escaped')).toEqual([
      'test-doc#p1',
      1,
    ]);
    expect(bestAndLacking(ferries, 'what did Ada Brook say about the ferries that sank')).toEqual(['test-doc#p1', 0]);
    // The quotation going on after "Brook said" is hers.
    expect(bestAndLacking(ferries, 'what did Brook say the council would use the storm to justify')).toEqual([
      'test-doc#p2',
      0,
    ]);
  });

  it("is not heard in a word or two set off in quotation marks, the writer's scare quotes, but is in a quotation", () => {
    const mood = indexOf([
      'Mayor Lena Voss met reporters on Monday.',
      'But the mayor was relaxed, buoyed by a string of “wins” on housing and the harbour.',
      'The ferry timetable changes in May.',
    ]);
    // "Wins" is the writer's word for them, not the mayor's words on housing.
    expect(bestAndLacking(mood, 'what did the mayor say about housing')).toEqual(['test-doc#p2', 1]);
    const quoted = indexOf([
      'Mayor Lena Voss met reporters on Monday.',
      'But the mayor was relaxed. “We have won on housing and the harbour,” she said afterwards.',
      'The ferry timetable changes in May.',
    ]);
    expect(bestAndLacking(quoted, 'what did the mayor say about housing')).toEqual(['test-doc#p2', 0]);
  });

  it('is not the one an accusation names, who is spoken of', () => {
    const strike = indexOf([
      'The harbour authority issued a statement on Sunday that accused the ferry union of causing the delays with “a reckless and illegal strike.”',
      'The ferry timetable changes in May.',
    ]);
    expect(bestAndLacking(strike, 'what did the ferry union say about the delays')).toEqual(['test-doc#p1', 1]);
    expect(bestAndLacking(strike, 'what did the harbour authority say about the delays')).toEqual(['test-doc#p1', 0]);
  });

  it('is not named by a body speaking as "the opposition" or "the ministry", only by a post or a person', () => {
    const library = indexOf([
      'Mayor Ilse Brandvold opened the new library on Monday.',
      'The opposition said the library was a waste of money and of land.',
      'The ferry timetable changes in May.',
    ]);
    expect(bestAndLacking(library, 'what did the mayor say about the library being a waste of money')).toEqual([
      'test-doc#p2',
      1,
    ]);
    expect(bestAndLacking(library, 'what did the opposition say about the library')).toEqual(['test-doc#p2', 0]);
  });
});

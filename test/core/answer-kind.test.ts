import { describe, expect, it } from 'vitest';
import { hasAnswerCue, namesNation, placesOf } from '../../src/core/answer-kind.js';
import { parseQuestion } from '../../src/core/question.js';
import { answerKindWhereAsked, kindHeldWhereAsked } from '../../src/core/ranking.js';
import { indexTerm } from '../../src/core/terms.js';
import { stem } from '../../src/core/text.js';
import { answerIn, answerKindIn, indexOf, rankedParagraphs } from '../helpers.js';

// An invented article, so that nothing here can lean on the shipped one.
const harbour = indexOf(
  [
    'The port authority opened a new ferry terminal in 2019. Its director praised the ferry crews for their work.',
    'The ferry company runs a night service. Last winter 12 storms closed the harbour, the coast guard said.',
    'Engineers are working on a new breakwater. The four-year project will be finished soon.',
    'The Harbour Master, Ines Vartanova, said the storms were the worst in years. She has held the post since 2010.',
  ],
  {
    title: 'Harbour gets a new ferry terminal',
    publisher: 'Test Gazette',
    url: 'https://example.org/h',
    published: '2024-03-05',
    language: 'en',
  },
);
const asked = (question: string) => parseQuestion(harbour, question);
const kindAt = (question: string, paragraph: number) => answerKindIn(harbour, question, paragraph);

describe('the kind of answer a question wants', () => {
  it('is none for a question asking yes or no, whose "where" is a relative', () => {
    expect(asked('Are the crews praised in the towns where they work?').answerKind).toBeUndefined();
    expect(asked('Where do the crews work?').answerKind).toBe('place');
  });

  it('is read in the sentence that asks, not in the story told around it', () => {
    expect(asked('I was confused when I read the story. Who praised the ferry crews?').answerKind).toBe('person');
    expect(
      asked('I was confused when I read the story. Did the director praise the crews?').answerKind,
    ).toBeUndefined();
  });

  it('is not a date for a "when" that only sets the scene of another question word', () => {
    expect(asked('When the storms closed the harbour, what did the coast guard say?').answerKind).toBeUndefined();
    expect(asked('When the storms hit, how many closed the harbour?').answerKind).toBe('quantity');
    expect(asked('What did the coast guard say when the storms closed the harbour?').answerKind).toBeUndefined();
    expect(asked('When did the storms close the harbour?').answerKind).toBe('pastTime');
    expect(asked('when storms closed harbour').answerKind).toBe('time');
  });

  it('is a date in the past for "when did", which "soon" does not give, and any date for "when will"', () => {
    expect(asked('When did the breakwater project start?').answerKind).toBe('pastTime');
    expect(kindAt('When did the breakwater project start?', 3)).toBe(-1);
    expect(asked('When will the breakwater project be finished?').answerKind).toBe('time');
    expect(kindAt('When will the breakwater project be finished?', 3)).toBe(1);
  });

  it('is not held by the date something was said on, unless the question asks when it was said', () => {
    const visits = indexOf([
      'Officials divulged on Thursday that the ferry crews had made two visits to the closed harbour.',
      'The coast guard warned on Monday that the breakwater was failing.',
    ]);
    // Thursday is when the visits were told of, not when they were made.
    expect(answerKindIn(visits, 'When did the ferry crews make their two visits to the harbour?', 1)).toBe(-1);
    // Asked of the saying itself, the day it was said is the answer.
    expect(answerKindIn(visits, 'When did the coast guard warn about the breakwater?', 2)).toBe(1);
  });

  it('is held by the occasion something was said at, where the question asks where it was said', () => {
    const said = indexOf([
      '"We welcome the new ferry line," the harbour master said at the joint news briefing.',
      'The harbour master has long been engaged in talks about the new ferry line.',
    ]);
    expect(answerKindIn(said, 'Where did the harbour master say he welcomes the ferry line?', 1)).toBe(1);
    // "Engaged in talks" names no occasion anything was said at.
    expect(answerKindIn(said, 'Where did the harbour master say he welcomes the ferry line?', 2)).toBe(-1);
    // Asked where something was done, not said, an occasion is no place.
    expect(answerKindIn(said, 'Where did the harbour master welcome the ferry line?', 1)).toBe(-1);
  });

  it('is a date as precise as asked: a year, not a decade, for "what year"; a month for "which month"', () => {
    expect(asked('In what year did the terminal open?').answerKind).toBe('year');
    expect(kindAt('In what year did the terminal open?', 1)).toBe(1);
    expect(hasAnswerCue('year', 'The port grew in the early 2000s.', new Set())).toBe(false);
    expect(hasAnswerCue('year', 'In 2015 the port grew.', new Set())).toBe(true);
    expect(asked('Which month did the storms start?').answerKind).toBe('month');
    expect(hasAnswerCue('month', 'The storms started in October.', new Set())).toBe(true);
    expect(hasAnswerCue('month', 'The storms started last winter.', new Set())).toBe(false);
    // A decade is any date, as "since the 1990s" says.
    expect(asked('Since which decade has the port been closed to cruise ships?').answerKind).toBe('time');
    expect(hasAnswerCue('time', 'It is the first time since the 1990s that the port is open.', new Set())).toBe(true);
  });

  it('takes a person\'s name made of common words for a name ("Prime Minister Paul Martin"), not a body\'s', () => {
    const primeMinister = asked('who was the prime minister at the news conference').askedWords;
    expect(hasAnswerCue('holder', 'Bush met Prime Minister Paul Martin on Tuesday.', primeMinister)).toBe(true);
    expect(hasAnswerCue('name', 'Bush met Prime Minister Paul Martin on Tuesday.', primeMinister)).toBe(true);
    expect(
      hasAnswerCue('holder', 'Bush met the Prime Minister and the Foreign Ministry on Tuesday.', primeMinister),
    ).toBe(false);
  });

  it('takes a time of day for a time ("around 8:30 p.m.", "at 10am", "at noon"), not a score', () => {
    expect(hasAnswerCue('time', 'The ferry sank around 8:30 p.m. near the pier.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The ferry left at 10am.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The ferry left at noon.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The harbour team won 2:1.', new Set())).toBe(false);
  });

  it('is a time of day for "what time did", held by the clock or a part of the day, not by a date', () => {
    expect(asked('What time did the ferry leave?').answerKind).toBe('clock');
    expect(asked('what time of day did the storms close the harbour').answerKind).toBe('clock');
    expect(asked('What time of year do the storms come?').answerKind).toBe('time');
    expect(asked('What time zone is the harbour in?').answerKind).not.toBe('clock');
    expect(hasAnswerCue('clock', 'The ferry sank around 8:30 p.m. near the pier.', new Set())).toBe(true);
    expect(hasAnswerCue('clock', 'The ferry left on Friday evening.', new Set())).toBe(true);
    expect(hasAnswerCue('clock', 'The ferry left overnight.', new Set())).toBe(true);
    expect(hasAnswerCue('clock', 'The ferry left on Friday.', new Set())).toBe(false);
    // "time" names the kind asked, no topic: the sentence saying "a short time later" is no nearer.
    expect(asked('What time did the ferry leave?').terms.map((term) => term.word)).toEqual(['ferry', 'leave']);
  });

  it('takes no day word capitalised inside a sentence for a date: it is a name\'s ("USA Today")', () => {
    expect(hasAnswerCue('time', 'USA Today noted the board wants to close the harbour.', new Set())).toBe(false);
    expect(hasAnswerCue('time', 'Today the board closed the harbour.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The board, USA Today noted, wants to close the harbour.', new Set())).toBe(false);
    expect(hasAnswerCue('time', 'The board spoke to The Tonight Show about the harbour.', new Set())).toBe(false);
    expect(hasAnswerCue('time', 'The board closed the harbour today.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The board met. Today it closed the harbour.', new Set())).toBe(true);
  });

  it('takes no month or weekday name in lower case for a date: "may" and "march" are verbs there', () => {
    expect(hasAnswerCue('time', 'The board may close the harbour.', new Set())).toBe(false);
    expect(hasAnswerCue('month', 'Fishermen will march on the harbour.', new Set())).toBe(false);
    expect(hasAnswerCue('month', 'The board closed the harbour in May.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'March saw the harbour close.', new Set())).toBe(true);
  });

  it('takes a length of time written before a noun for the length of that thing only ("a three-year plan")', () => {
    const plan = 'The council backed a three-year harbour plan after a long meeting.';
    expect(hasAnswerCue('duration', plan, new Set(['how', 'long', 'doe', 'the', 'plan', 'last']))).toBe(true);
    expect(hasAnswerCue('duration', plan, new Set(['how', 'long', 'did', 'the', 'meet', 'last']))).toBe(false);
    // Written as a length of its own, it answers whatever it is said of.
    expect(hasAnswerCue('duration', 'The meeting went on for three hours.', new Set(['meet']))).toBe(true);
  });

  it('takes a part of a period for a time: "in the middle of the century", "by the end of the year", "mid-decade"', () => {
    expect(hasAnswerCue('time', 'Its full cost will be felt in the middle of the century.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The pier reopens by the end of the year.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'Tolls rise mid-decade.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'The pier stands in the middle of the harbour.', new Set())).toBe(false);
  });

  it('is the kind a noun names before "of" after "what is the": a number, a length of time, a place', () => {
    expect(asked('What is the number of ferries the storms sank?').answerKind).toBe('quantity');
    expect(asked('what was the length of the harbour closure').answerKind).toBe('duration');
    expect(asked("What's the location of the new breakwater?").answerKind).toBe('place');
    // A population is counted, and so is a toll; one word may say which number.
    expect(asked('What is the population of the harbour town?').answerKind).toBe('quantity');
    expect(asked('What was the death toll of the storms?').answerKind).toBe('quantity');
    expect(asked('what was the death toll in the storms').answerKind).toBe('quantity');
    expect(asked('what is the total number of ferries').answerKind).toBe('quantity');
    // Not a noun of a kind: what is asked is the thing itself.
    expect(asked('What is the cause of the closure?').answerKind).toBeUndefined();
  });

  it('is held only where the passage speaks of what is asked, not by a number about something else', () => {
    // Paragraph 1 holds a year, but in the sentence about the terminal, not the one about the crews.
    expect(kindAt('How many ferry crews did the director praise?', 1)).toBe(-1);
    expect(kindAt('When did the port authority open the terminal?', 1)).toBe(1);
  });

  it('is held by the sentence after the one matching best, which news writing gives to the detail', () => {
    expect(kindAt('How many years will the new breakwater take?', 3)).toBe(1);
  });

  it('does not count what the question already says', () => {
    expect(kindAt('How many storms closed the harbour besides the 12 last winter?', 2)).toBe(-1);
  });

  it('does not count a name the question already says, typed without its apostrophe', () => {
    const text = 'The harbour master, Vartanova, has held the post since 2010.';
    expect(hasAnswerCue('name', text, asked('whats vartanovas full name').askedWords)).toBe(false);
    expect(hasAnswerCue('name', text, asked('whats the harbour masters full name').askedWords)).toBe(true);
  });

  it('is a proper name for "what is the name of", held by a word rare in English, not by "The Harbour Master"', () => {
    expect(asked("what's the name of the harbour master").answerKind).toBe('name');
    expect(kindAt('What is the name of the harbour master?', 4)).toBe(1);
    expect(kindAt('What is the name of the director who praised the crews?', 1)).toBe(-1);
  });

  it('is a proper name for "what was ... called" and "name a ...", not for "what was said"', () => {
    expect(asked('what was the new ferry called').answerKind).toBe('name');
    expect(asked('what is the new ferry called in harwick').answerKind).toBe('name');
    expect(asked('what was called for after the storms').answerKind).not.toBe('name');
    expect(asked('name a crew the director praised').answerKind).toBe('name');
    expect(asked('what was the terminal called, and when did it open').answerKind).not.toBe('name');
    expect(asked('What did the coast guard say?').answerKind).toBeUndefined();
  });

  it('is a proper name for "which church", "which us general": one with a name of its own', () => {
    expect(asked('Which church did the crews visit?').answerKind).toBe('name');
    expect(asked('which us general inspected the terminal').answerKind).toBe('name');
    expect(asked('which army officer led the rescue').answerKind).toBe('name');
    // An official may be answered by a post ("a ministry spokesman said"), unnamed.
    expect(asked('which official praised the crews').answerKind).not.toBe('name');
    // A director, a crew: the passage may answer with a role, not a name.
    expect(asked('Which crew did the director praise?').answerKind).not.toBe('name');
    // Which ones of many, a passage may say by what they are ("specialized medical units"): no name is needed.
    expect(asked('Which units did the port offer for the rescue?').answerKind).toBeUndefined();
    expect(asked('Which unit did the port offer for the rescue?').answerKind).toBe('name');
  });

  it('is a proper name for "which ... by name", as for "what ... name"', () => {
    expect(asked('Which crews, by name, did the director praise?').answerKind).toBe('name');
    expect(asked('Which crews did the director praise?').answerKind).toBeUndefined();
    expect(kindAt('Which crews, by name, did the director praise?', 1)).toBe(-1);
  });

  it('is a proper name for "who is the ...", asking who holds a post; someone for "who did"', () => {
    expect(asked('Who is the harbour master?').answerKind).toBe('name');
    expect(kindAt('Who is the harbour master?', 4)).toBe(1);
    expect(asked('Who praised the ferry crews?').answerKind).toBe('person');
    // Of a post in a place, a person's name: see below.
    expect(asked('who is the president of azerbaijan').answerKind).toBe('holder');
    expect(asked('who is the armenian president').answerKind).toBe('holder');
    expect(asked('who is the host of the next african energy forum').answerKind).toBe('name');
    // The place before the post, as its owner, typed with or without the apostrophe.
    expect(asked("who is azerbaijan's president").answerKind).toBe('holder');
    // What the president will do asks whom: anyone the passage names.
    expect(asked('who is the president expected to meet in nairobi').answerKind).toBe('person');
    expect(asked('who is the ambassador to the un').answerKind).toBe('name');
    expect(asked('who was the president then, and did he react to it').answerKind).toBe('name');
    expect(asked('who is azerbaijans president').answerKind).toBe('holder');
    expect(asked("who is south africa's foreign minister").answerKind).toBe('holder');
    // Not where the post may be a country's: an ally, a trading partner, a neighbour.
    expect(asked("who is armenia's closest ally").answerKind).toBe('person');
    expect(asked("who is malawi's largest trading partner").answerKind).toBe('person');
    expect(asked("who are malawi's neighbours").answerKind).toBe('person');
  });

  it('is someone, not a proper name, for "who were the ..." a group uncounted: a people\'s name says who', () => {
    expect(asked('Who were the victims of the storms?').answerKind).toBe('person');
    // Counted, they are some people in particular, and their names are asked.
    expect(asked('Who were the two crew members rescued?').answerKind).toBe('name');
    expect(asked('Who were the 2 crew members rescued?').answerKind).toBe('name');
    const coast = indexOf([
      'In January, militants on the coast beheaded 21 Christians, 20 of them Egyptian Copts.',
      'The harbour reopened in March, officials said.',
    ]);
    expect(answerIn(coast, 'Who were the victims of the beheadings on the coast?')).toEqual(['answered', 1]);
  });

  it('is someone\'s name for "the name of" a post, the last word of what is named', () => {
    expect(asked('what is the name of the ferry company director').answerKind).toBe('holder');
    expect(asked('what is the name of the ferry director in the port authority').answerKind).toBe('holder');
    expect(asked('name the director who praised the crews').answerKind).toBe('holder');
    expect(asked('what is the name of the ferry company').answerKind).toBe('name');
    expect(asked('what is the name of the director of the ferry company').answerKind).toBe('holder');
    expect(asked('what is the name of the new terminal the director opened').answerKind).toBe('name');
    // The country a minister's government is of does not name the minister.
    const minister = asked('what is the name of the labour minister in the coalition').askedWords;
    const coalition = "Norway's coalition government includes a Labour minister.";
    expect(hasAnswerCue('holder', coalition, minister)).toBe(false);
    expect(hasAnswerCue('name', coalition, minister)).toBe(true);
  });

  it('is a name standing by a word the question misspells, as the word it is a slip of', () => {
    const cabinet = indexOf(['Charges were filed on Monday against Norway’s president, Erna Solberg.']);
    const question = parseQuestion(cabinet, 'whos the norwegian presdient');
    expect(question.answerKind).toBe('holder');
    expect(answerKindWhereAsked(cabinet, question, 0)).toBe(1);
  });

  it('is a name in the sentence before the one asked about, where the thing is first mentioned', () => {
    const gallery = indexOf([
      'Gunmen stormed the Keller Gallery on Friday. The gallery stands near the old river port.',
    ]);
    const question = parseQuestion(gallery, 'what is the name of the gallery near the river port');
    expect(question.answerKind).toBe('name');
    expect(answerKindWhereAsked(gallery, question, 0)).toBe(1);
    // Asked for a date, the sentence before is of something else.
    expect(answerKindWhereAsked(gallery, parseQuestion(gallery, 'when was the gallery near the port built'), 0)).toBe(
      -1,
    );
  });

  it("is no one's name where it is a country's or a people's, for a post in a place", () => {
    const president = asked('who is the president of azerbaijan').askedWords;
    const urged = 'He urged Armenia and Azerbaijan to return to the negotiating table.';
    expect(hasAnswerCue('holder', urged, president)).toBe(false);
    // Asked for the name of a thing, or of a post in no place ("who is the host of the summit"),
    // a country's may be it.
    expect(hasAnswerCue('name', urged, president)).toBe(true);
    expect(hasAnswerCue('holder', 'He met Azerbaijan’s president, Ilham Aliyev, on Monday.', president)).toBe(true);
    // A possessive's "s" makes no name new: "Azerbaijan's" is the question's.
    expect(hasAnswerCue('holder', "Azerbaijan's president spoke on Monday.", president)).toBe(false);
  });

  it('is a name standing by what the question names in a phrase set off after it ("X, one of the ...,")', () => {
    const academic = asked("who's the american academic that said he was appalled").askedWords;
    const reeves = 'Eric Reeves, one of the leading American academic voices on Sudan, said he was appalled.';
    expect(hasAnswerCue('holder', reeves, academic)).toBe(true);
    // Not what it was: "the former head".
    const head = asked('who is the head of the central bank').askedWords;
    expect(hasAnswerCue('name', 'Lev Arkadin, the former head of the central bank, joined.', head)).toBe(false);
    // Only the phrase's head words, up to its preposition: a veteran of the party is not its leader.
    const leader = asked('who is the leader of the ruling party').askedWords;
    expect(hasAnswerCue('name', 'Mira Tosk, a veteran of the ruling party, was elected.', leader)).toBe(false);
    // Not a list: "Poland" is no museum worker's name.
    const worker = asked('what was the name of the museum worker killed').askedWords;
    const killed = 'Besides the foreigners, from Italy, Poland and Spain, a local museum worker was killed.';
    expect(hasAnswerCue('name', killed, worker)).toBe(false);
  });

  it('is a name standing by a long title run together before it, or by a post set off after it with no article', () => {
    const reporter = asked("what's the name of the city hall guy who thought the mayor sounded unsure").askedWords;
    const editor = "But the paper's city hall affairs editor Ines Varga said the mayor did not sound sure.";
    expect(hasAnswerCue('name', editor, reporter)).toBe(true);
    // The title ends at a function word: what stands before it is not what the name is.
    expect(hasAnswerCue('name', 'The city hall emptied as the editor Ines Varga said so.', reporter)).toBe(false);
    const lawyer = asked('what is the name of the greenpeace nordic guy').askedWords;
    const bare = '"It is a disgrace," said Tomas Lind, city director for Greenpeace Nordic, a campaign group.';
    expect(hasAnswerCue('name', bare, lawyer)).toBe(true);
    // A list of names after a comma sets off no post.
    const march = asked('what is the name of the greenpeace nordic march').askedWords;
    const visitors = 'Visitors from Oslo, Bergen and Tromso joined the Greenpeace Nordic march.';
    expect(hasAnswerCue('name', visitors, march)).toBe(false);
  });

  it("is a name that shares the family name the question gives: a relative's, or a founder's", () => {
    const daughter = asked('who is the daughter of anton kessel').askedWords;
    const kessel = 'The group was founded by Anton Kessel, and his daughter Mira Kessel runs it.';
    expect(hasAnswerCue('holder', kessel, daughter)).toBe(true);
    // A title before a name is no reason to doubt it: "Patriarch Kirill".
    const patriarch = asked('who is the patriarch of the orthodox church').askedWords;
    expect(hasAnswerCue('name', 'Patriarch Kirill blessed the new cathedral.', patriarch)).toBe(true);
  });

  it('is a proper name standing by what the question names, or holding it, not one elsewhere in the passage', () => {
    const wanted = asked("what's the name of the museum").askedWords;
    expect(
      hasAnswerCue('name', 'The museum reopened on Monday. Habib Essid, the prime minister, visited.', wanted),
    ).toBe(false);
    expect(hasAnswerCue('name', 'The museum reopened on Monday, Essid said.', wanted)).toBe(false);
    expect(hasAnswerCue('name', 'The Bardo National Museum reopened on Monday.', wanted)).toBe(true);
    expect(hasAnswerCue('name', 'On Monday the reopened museum, the Bardo, drew crowds.', wanted)).toBe(true);
    const primeMinister = asked('Who is the prime minister of Norway?').askedWords;
    expect(hasAnswerCue('holder', 'The ministry of Norway, a key NATO member, protested.', primeMinister)).toBe(false);
    expect(hasAnswerCue('holder', 'Norway, whose prime minister Erna Solberg protested.', primeMinister)).toBe(true);
  });

  it('is a proper name not held by the adjective of a people or a country ("Norwegian")', () => {
    const wanted = asked("what's the name of the ferry captain").askedWords;
    expect(hasAnswerCue('name', 'The ferry was run by a Norwegian crew last winter.', wanted)).toBe(false);
    expect(hasAnswerCue('name', 'The ferry was run by Captain Brekke last winter.', wanted)).toBe(true);
  });

  it('is a proper name held by a surname that is an adjective in English ("Earnest"), as no people\'s adjective is', () => {
    const wanted = asked('who is the port spokesman that condemned the strike').askedWords;
    expect(hasAnswerCue('name', 'Port spokesman Josh Earnest condemned the strike.', wanted)).toBe(true);
    expect(hasAnswerCue('name', 'A Norwegian port spokesman condemned the strike.', wanted)).toBe(false);
  });

  it('is a length of time for "how long", and a date for "how long ago"', () => {
    expect(asked('How long ago did the storms close the harbour?').answerKind).toBe('time');
    expect(kindAt('How long will the new breakwater project take?', 3)).toBe(1);
    expect(kindAt('How long did the storms close the harbour?', 2)).toBe(-1);
  });

  it('is a day for "on what exact date", with a word between "what" and its noun', () => {
    expect(asked('On what exact date did the terminal open?').answerKind).toBe('day');
    expect(asked("what's the date the terminal opened").answerKind).toBe('day');
  });

  it('is a day held by a weekday or a month with its day, not by a month alone', () => {
    for (const text of ['They met on Monday.', 'It opened on March 18.', 'It opened on 18 March 2019.'])
      expect(hasAnswerCue('day', text, new Set()), text).toBe(true);
    expect(hasAnswerCue('day', 'It was the worst fighting since April 2016.', new Set())).toBe(false);
    expect(hasAnswerCue('day', 'The ferry sailed on Nov. 5.', new Set())).toBe(true);
    expect(hasAnswerCue('day', 'In March 2,500 police officers were sent.', new Set())).toBe(false);
  });

  it('weighs the topic after "what\'s" fully: it is what the question is about, not the kind of answer', () => {
    const weightOf = (question: string, word: string) => asked(question).terms.find((t) => t.word === word)?.weight;
    expect(weightOf("what's Vartanova's post", 'vartanova')).toBe(weightOf('Vartanova post', 'vartanova'));
    expect(weightOf('what post does Vartanova hold', 'post')).toBeLessThan(weightOf('Vartanova post', 'post')!);
  });

  it('is an amount of money for "how much" about cost, held by a currency, not by any number', () => {
    expect(asked('How much did the new ferry terminal cost?').answerKind).toBe('money');
    expect(asked('How much rain fell last winter?').answerKind).toBe('quantity');
    expect(asked('How much investment will the new terminal attract?').answerKind).toBe('money');
    expect(asked('how much revenue did the ferries lose').answerKind).toBe('money');
    expect(asked('How much is the port paying for the new ferries?').answerKind).toBe('money');
    expect(asked('how much do the crews earn').answerKind).toBe('money');
    expect(hasAnswerCue('money', 'The terminal cost $40 million.', new Set())).toBe(true);
    expect(hasAnswerCue('money', 'The terminal cost 40 million euros.', new Set())).toBe(true);
    expect(hasAnswerCue('money', 'The terminal has 40 berths.', new Set())).toBe(false);
  });

  it('is an age for "how old" and for "age" asked of someone, held by an age, not by any number', () => {
    for (const question of [
      'How old is Vartanova?',
      'vartanova age?',
      'what is her age',
      'what age was she when she took the post',
      "what's the age of the terminal",
      'age of the harbour master',
    ])
      expect(asked(question).answerKind).toBe('age');
    expect(kindAt('How old is Vartanova?', 4)).toBe(-1);
  });

  it('is no age for "age" meaning an era or in "age-old", nor for "how old" before another ask', () => {
    for (const question of [
      'what did the director say about ferries in the age of cheap flights',
      'what did the crews say about their age-old rivalry',
      'i forgot how old vartanova is, but who praised the crews',
      'i wonder how old the terminal is and what did the director say',
    ])
      expect(asked(question).answerKind === 'age').toBe(false);
    // A "when" inside the ask only sets the scene.
    expect(asked('How old was Vartanova when she took the post?').answerKind).toBe('age');
  });

  it('finds an age in the ways news gives one, and not in a birthplace or in what a plan was born of', () => {
    for (const text of [
      'Vartanova, 58, said so.',
      'The 58-year-old said so.',
      'Nineteen-year-old Ali spoke.',
      'Okafor, who is 58, spoke.',
      'Okafor (58) spoke.',
      'He is in his late sixties.',
      'She turned 58 last week.',
      'She was born in 1959 in Riga.',
      'Born on March 3, 1961, he grew up in Lagos.',
      'The port, founded in 1888, grew.',
      'The tower was completed in 1820.',
    ])
      expect(hasAnswerCue('age', text, new Set()), text).toBe(true);
    for (const text of [
      'She was born in Riga.',
      'The Lagos-born engineer spoke.',
      'A plan born out of frustration.',
      'She has held the post since 2010 and 12 storms came.',
    ])
      expect(hasAnswerCue('age', text, new Set()), text).toBe(false);
  });

  it('is a height for "how tall", held by a number with its unit; "how far", "how deep" ask for no kind', () => {
    expect(asked('How tall is the new terminal?').answerKind).toBe('measure');
    // News says how far in words ("near the border"); "how deep", "how heavy", "how high" are as
    // often said of divisions, fire or risk.
    for (const question of [
      'How far is the terminal from the harbour?',
      'How deep are the divisions among the crews?',
      'How heavy was the storm damage?',
      'How high is the risk of storms?',
    ])
      expect(asked(question).answerKind).toBeUndefined();
    expect(hasAnswerCue('measure', 'The terminal is 40 metres tall.', new Set())).toBe(true);
    expect(hasAnswerCue('measure', 'It is a 14-storey tower.', new Set())).toBe(true);
    for (const text of ['The terminal has 40 berths.', 'The terminal cost $40m.', 'Two pounds were stolen.'])
      expect(hasAnswerCue('measure', text, new Set()), text).toBe(false);
  });

  it('is instructions for "how do I ...", "how can we ...", "how does one ...", "how to get ..."', () => {
    for (const question of [
      'how do i get to the ferry terminal',
      'How can we book the night service?',
      'how does one visit the terminal',
      'how do you get to the terminal',
      'how to get to the terminal',
    ])
      expect(asked(question).answerKind).toBe('instructions');
    expect(kindAt('how do i get to the ferry terminal', 1)).toBe(-1);
  });

  it('is no instructions for "how do we know ..." or "how do you think ...", which ask about the story', () => {
    for (const question of [
      'How do we know the storms closed the harbour?',
      'how can we tell who praised the crews',
      'How do you think the crews felt?',
      'How could I have missed the storms?',
    ])
      expect(asked(question).answerKind === 'instructions', question).toBe(false);
  });

  it('finds instructions only where the reader is told what to do', () => {
    expect(hasAnswerCue('instructions', 'Visitors can book online.', new Set())).toBe(true);
    expect(hasAnswerCue('instructions', 'Tickets at www.example.org.', new Set())).toBe(true);
    for (const text of [
      '"You can\'t stop us," she said.',
      'They discussed how to respond.',
      'People should not travel.',
    ])
      expect(hasAnswerCue('instructions', text, new Set()), text).toBe(false);
  });

  it('finds a number and its unit, or an age, in time linear in the length of the text', () => {
    // Matched from inside a long run of digits or capitals, the patterns were tried again at every
    // character: 40,000 digits took 6 s.
    const started = performance.now();
    hasAnswerCue('measure', `${'1'.repeat(40_000)} x`, new Set());
    hasAnswerCue('age', `${'A'.repeat(40_000)} x`, new Set());
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is a place for "where" ending the question, as for "where" opening it', () => {
    expect(asked('the storms closed the harbour where?').answerKind).toBe('place');
    expect(asked('vartanova has held the post since when').answerKind).toBe('time');
    expect(asked('Did the crews praise the towns where they work?').answerKind).toBeUndefined();
  });

  it('is a place for "which city", "what village", held by a named place, not by the word the question says', () => {
    expect(asked('Which city did the ferry crews come from?').answerKind).toBe('place');
    expect(asked('what village is the terminal in').answerKind).toBe('place');
    // Countries are named as subjects ("Turkey accused ..."), not only after "in" or "from".
    expect(asked('Which country sent the crews?').answerKind).toBeUndefined();
    // Asked where they come from, a country is a place: "from Italy".
    expect(asked('Which countries were the ferry crews from?').answerKind).toBe('place');
    expect(asked('who was the statement issued by?').answerKind).not.toBe('place');
    expect(hasAnswerCue('place', 'They later seized the Libyan city of Sirte.', new Set(['citi']))).toBe(true);
    expect(hasAnswerCue('place', 'They later seized a city.', new Set(['citi']))).toBe(false);
    expect(hasAnswerCue('place', 'Residents fled to Korvo.', new Set())).toBe(true);
  });

  it('takes a hyphenated name for one: "near Nagorno-Korvo" names no new place to a question about Korvo', () => {
    const korvo = asked('which village near korvo did the storms hit').askedWords;
    expect(hasAnswerCue('place', 'The storms hit hardest near Nagorno-Korvo.', korvo)).toBe(false);
    expect(hasAnswerCue('place', 'The storms hit hardest near Ustvik-Bay.', korvo)).toBe(true);
  });

  it('is a number counting what "how many" asks to count, not one counting something else', () => {
    expect(kindAt('How many storms closed the harbour last winter?', 2)).toBe(1);
    expect(kindAt('How many ships closed the harbour last winter?', 2)).toBe(-1);
    // Anyone or anything: any number may count them, as having undergone what is asked where it says.
    expect(asked('How many people did the storms trap?').counted).toBeUndefined();
    expect(asked('How many were trapped?').counted?.isCounted(indexTerm('ferries')!)).toBe(true);
    expect(asked('How many were trapped?').counted?.undergoes?.('trapped')).toBe(true);
  });

  it('is a number counting the thing asked by its own word or one of its sense, not by a word only near it', () => {
    const border = indexOf([
      'At least five soldiers were killed in the clashes near the northern border on Sunday, the army said.',
      'The harbour works were delayed for a second year by a shortage of steel.',
    ]);
    // "Civilians" is near "soldiers" in the word vectors, and five soldiers are no count of them.
    expect(answerIn(border, 'How many civilians were hurt in the clashes near the northern border?')).toEqual([
      'abstained',
      undefined,
    ]);
    // "Police officers" are cops by WordNet (officer is above cop there), though no synonym.
    const protest = indexOf([
      'Three police officers were injured during the protest outside the parliament on Sunday.',
      'The harbour works were delayed for a second year by a shortage of steel.',
    ]);
    expect(answerIn(protest, 'how many cops were injured during the protest outside the parliament')).toEqual([
      'answered',
      1,
    ]);
    // "Troops" are soldiers: WordNet relates them and the vectors put them near.
    expect(answerIn(border, 'How many troops were killed in the clashes near the northern border?')).toEqual([
      'answered',
      1,
    ]);
  });

  it('is no number counting together the places a question asks the count of each of apart', () => {
    const summer = indexOf([
      'The city sends around 40 firefighters to help in Norden and Vellby every summer, the fire chief said.',
      'The harbour works were delayed for a second year by a shortage of steel.',
    ]);
    for (const question of [
      'how many firefighters does the city send to Norden and how many to Vellby',
      'how many firefighters go to Norden as opposed to Vellby',
    ]) {
      expect(answerIn(summer, question), question).toEqual(['abstained', undefined]);
    }
    // Asked of both together, or of one alone, the number the text gives is the answer.
    expect(answerIn(summer, 'how many firefighters does the city send to Norden and Vellby')).toEqual(['answered', 1]);
  });

  it("is not a number counting another country's soldiers than the ones asked about", () => {
    const counting = (places: string[]) => ({
      isCounted: (term: string) => term === indexTerm('soldiers'),
      places: new Set(places),
    });
    const quantity = (text: string, places: string[]) =>
      hasAnswerCue('quantity', text, new Set(), { counted: counting(places) });
    const azerbaijani = 'At least five Azerbaijani soldiers were killed on Saturday.';
    expect(quantity(azerbaijani, ['armenia'])).toBe(false);
    expect(quantity(azerbaijani, ['azerbaijan'])).toBe(true);
    expect(quantity(azerbaijani, [])).toBe(true);
    // The country named with the number decides, wherever it stands before the noun.
    expect(quantity('Two Armenian and three Azerbaijani soldiers were killed.', ['armenia'])).toBe(true);
    expect(quantity('Of the 45 Turkish and Azerbaijani soldiers at the base, eleven left.', ['azerbaijan'])).toBe(true);
    // Before the number, only the words just before the noun say whose it is.
    expect(quantity('Armenian officials said Azerbaijani army soldiers died, five of them.', ['armenia'])).toBe(false);
  });

  it('is not a number of those who underwent something else than the question asks ("were wounded" for "were killed")', () => {
    const quantity = (question: string, text: string) =>
      hasAnswerCue('quantity', text, new Set(), { counted: asked(question).counted });
    const wounded = 'Three crew members were killed. About 50 other people were wounded in the storm.';
    expect(quantity('How many people were wounded?', wounded)).toBe(true);
    expect(quantity('How many people were killed?', 'About 50 other people were wounded in the storm.')).toBe(false);
    expect(quantity('How many were killed?', 'About 50 other people were wounded in the storm.')).toBe(false);
    expect(quantity('How many crews got wounded?', 'Three crews were killed in the storm.')).toBe(false);
    // Told in other words WordNet relates: slain is a kind of killing, died what killing is.
    expect(quantity('How many crews were killed?', 'Three crews were slain in the storm.')).toBe(true);
    expect(quantity('How many crews were killed?', 'Three crews were reported killed.')).toBe(true);
    // A question's slip is read as the word meant.
    expect(quantity('How many crews were woundid?', 'Three crews were wounded in the storm.')).toBe(true);
    expect(quantity('How many crews were killed?', 'Three crews were airlifted to hospital.')).toBe(false);
    // Nothing said in the passive after the number's thing leaves the count standing.
    expect(quantity('How many crews were killed?', 'The storm killed three crews.')).toBe(true);
    // What WordNet does not know of the question's verb, nothing is told apart by.
    expect(asked('How many ferries were rerouted?').counted?.undergoes).toBeUndefined();
    expect(asked('How many people were there?').counted).toBeUndefined();
  });

  it('reads the places a "how many" question asks about: a people\'s adjective, or a place after "from"', () => {
    expect(asked('How many Armenian soldiers were killed?').counted?.places).toEqual(new Set(['armenia']));
    expect(asked('How many soldiers from Armenia were killed?').counted?.places).toEqual(new Set(['armenia']));
    // Counted last, "Americans" is what is counted, not whose.
    expect(asked('How many Americans were killed?').counted?.places).toEqual(new Set());
    expect(asked('How many times did the storms close the harbour?').counted).toBeUndefined();
    expect(asked('How much breakwater is finished?').counted?.isCounted(indexTerm('breakwater')!)).toBe(true);
    expect(asked('How much breakwater is finished?').counted?.shares).toBe(true);
    expect(asked('How many storms closed the harbour?').counted?.shares).toBe(false);
    // Past the words that describe it.
    expect(asked('How many armed storms closed the harbour?').counted?.isCounted(indexTerm('storms')!)).toBe(true);
    // "How many percent" asks for the share itself.
    expect(asked('By how many percent did storms rise?').counted?.shares).toBe(true);
    // The ask's "how many", not the story's.
    const counted = asked('My friend asked how many ferries run. How many storms closed the harbour?').counted;
    expect([counted?.isCounted(indexTerm('storms')!), counted?.isCounted(indexTerm('ferries')!)]).toEqual([
      true,
      false,
    ]);
  });

  it('is a number counting the thing named after it in its clause, or before it in its sentence when no noun follows it', () => {
    const counting = (thing: string) => ({
      isCounted: (term: string) => term === indexTerm(thing),
      places: new Set<string>(),
    });
    const counts = (text: string, thing: string) =>
      hasAnswerCue('quantity', text, new Set(['9', '11']), { counted: counting(thing) });
    const americans = "If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100.";
    expect(counts(americans, 'americans')).toBe(true);
    expect(counts(americans, 'mosaics')).toBe(false);
    expect(counts('Turkey sent 150 specially trained military medical staff.', 'staff')).toBe(true);
    expect(counts('Forty kilometres of road were closed.', 'kilometres')).toBe(true);
    // Not past the end of the number's clause or the start of its sentence.
    expect(counts('Officials counted 14 bodies; most of the dead were tourists.', 'tourists')).toBe(false);
    // A share counts nothing: how many members is not "82 percent of members".
    expect(counts('The offer was rejected by 82 percent of union members who voted.', 'members')).toBe(false);
    expect(counts('Turnout was 68% among the 4,000 members.', 'members')).toBe(true);
    expect(counts('Some 40 per cent of the homes burned.', 'homes')).toBe(false);
    expect(counts('Sixty-four per cent of the members backed it.', 'members')).toBe(false);
    // Of how much, a share says it: "how much of the land" is answered by "40 percent of the land".
    const measuring = (thing: string) => ({ ...counting(thing), shares: true });
    expect(
      hasAnswerCue('quantity', 'Rebels hold 40 percent of the land.', new Set(), { counted: measuring('land') }),
    ).toBe(true);
    // "How much rain" is not answered by a temperature.
    const rain = 'Temperatures will stay above 35 degrees, with no rain expected until Tuesday.';
    expect(hasAnswerCue('quantity', rain, new Set(), { counted: measuring('rain') })).toBe(false);
    expect(counts('The tourists left. Officials counted 14 bodies.', 'tourists')).toBe(false);
    // The dot of "U.S." ends no sentence.
    expect(counts('The U.S. tourists, officials said, numbered 14.', 'tourists')).toBe(true);
    // A number before a noun counts that noun: "the eight years" says how many years, not children.
    expect(counts('Children growing up during the eight years of his term will see change.', 'children')).toBe(false);
    expect(counts('Children growing up during the eight years of his term will see change.', 'years')).toBe(true);
    expect(counts('The children at the school numbered 300.', 'children')).toBe(true);
    // A function word is no noun, though WordNet has "at" as a coin of Laos.
    expect(counts('The troops numbered 130 at the time.', 'troops')).toBe(true);
    // A noun before another only qualifies it: "gun violence" counts no guns.
    const guns = 'The number killed by gun violence is in the tens of thousands.';
    expect(counts(guns, 'guns')).toBe(false);
    expect(counts(guns, 'violence')).toBe(true);
  });

  it('is a number saying exactly how many where the question asks exactly, not "around 130" or "thousands"', () => {
    expect(asked('how many storms exactly closed the harbour').exactNumber).toBe(true);
    expect(asked('how many storms closed the harbour, specifically').exactNumber).toBe(true);
    // "Exactly" of another question word, another clause or a number asks that exactly.
    expect(asked('how many storms hit and where exactly did they hit').exactNumber).toBe(false);
    expect(asked('how many storms hit the harbour, and which ferries exactly').exactNumber).toBe(false);
    expect(asked('how many storms hit exactly two days before the vote').exactNumber).toBe(false);
    expect(asked('how many storms closed the harbour').exactNumber).toBe(false);
    // "The exact number of", "the precise death toll": the number asked, exactly.
    expect(asked("what's the exact number of ferries the storms sank").exactNumber).toBe(true);
    expect(asked('what was the precise death toll of the storms').exactNumber).toBe(true);
    expect(asked('what is the number of ferries the storms sank').exactNumber).toBe(false);
    // Nor where a rough number will do.
    expect(asked('how many storms exactly, if you only know roughly').exactNumber).toBe(false);
    const exactly = (text: string) => hasAnswerCue('quantity', text, new Set(), { exact: true });
    expect(exactly('Thousands of Tunisians have flocked to join jihadist groups.')).toBe(false);
    expect(exactly('It contributes around 130 troops to the missions.')).toBe(false);
    expect(exactly('At least five soldiers were killed.')).toBe(false);
    expect(exactly('Between 40 and 50 boats were damaged.')).toBe(false);
    expect(exactly('As many as 300 people marched.')).toBe(false);
    expect(exactly('Some 50-odd boats sank.')).toBe(false);
    expect(exactly('It sent 300 or more troops.')).toBe(false);
    expect(exactly('It contributes 130 troops to the missions.')).toBe(true);
    // A singular round number is exact, and "over" or "about" before a number may be a preposition.
    expect(exactly('Police arrested a dozen protesters.')).toBe(true);
    expect(exactly('Around a dozen protesters were held.')).toBe(false);
    expect(exactly('About 2,400 people signed it.')).toBe(false);
    expect(exactly('Eleven of the ponds held newts.')).toBe(true);
    expect(exactly('The closures take the number of branches shut since 2020 up to 61.')).toBe(true);
    expect(exactly('The book is about three sisters.')).toBe(true);
    expect(hasAnswerCue('quantity', 'Thousands of Tunisians have flocked to join.', new Set())).toBe(true);
  });

  it('is a number per year, month or day where the question asks how many in each ("every year", "annually")', () => {
    expect(asked('how many ferries sail every day').perPeriod).toBe(true);
    expect(asked('how much does the port earn annually').perPeriod).toBe(true);
    expect(asked('how many storms hit the harbour a year').perPeriod).toBe(true);
    // When, not how often; and "each year" asks no count of each thing apart.
    expect(asked('how many storms hit the harbour a year ago').perPeriod).toBe(false);
    expect(asked('how many storms closed the harbour last winter').perPeriod).toBe(false);
    expect(asked('how many storms hit the harbour each year').countsApart).toBe(false);
    const perPeriod = (text: string) => hasAnswerCue('quantity', text, new Set(), { perPeriod: true });
    expect(perPeriod('The ferry carries 1,200 passengers a day.')).toBe(true);
    expect(perPeriod('Its beaches drew 2.5 million visitors in 2014.')).toBe(true);
    expect(perPeriod('Some 40 storms are recorded annually.')).toBe(true);
    expect(perPeriod('Its beaches drew thousands of visitors.')).toBe(false);
    expect(perPeriod('Since 2001, 100 people have been killed.')).toBe(false);
    expect(perPeriod('Two boats sank a year ago.')).toBe(false);
    // The rate of another sentence is another number's.
    expect(perPeriod('The port earns a lot every year. Last winter 12 storms closed it.')).toBe(false);
  });

  it('is a count for "how many", which a share ("15 percent of ...") does not give; "how much" may take one', () => {
    expect(asked('how many people work at the harbour').countsWhole).toBe(true);
    expect(asked('how many percent of the crews are women').countsWhole).toBe(false);
    expect(asked('how much of the harbour did the storms close').countsWhole).toBe(false);
    const count = (text: string) => hasAnswerCue('quantity', text, new Set(), { countsWhole: true });
    expect(count('The harbour employs 15 percent of the town.')).toBe(false);
    expect(count('The harbour employs 15% of the town.')).toBe(false);
    expect(count('The harbour employs 1,200 people.')).toBe(true);
    expect(hasAnswerCue('quantity', 'The harbour employs 15 percent of the town.', new Set())).toBe(true);
  });

  it('takes no "one of the" for a count: it singles one out ("one of the world\'s finest harbours")', () => {
    expect(hasAnswerCue('quantity', 'It is one of the finest harbours in the north.', new Set())).toBe(false);
    expect(hasAnswerCue('quantity', 'One of them sank.', new Set())).toBe(false);
    expect(hasAnswerCue('quantity', 'Only one ferry sank.', new Set())).toBe(true);
    // Nor is a year after its month.
    expect(hasAnswerCue('quantity', 'It was the worst storm since the September 2016 floods.', new Set())).toBe(false);
    // Nor is a decade.
    expect(hasAnswerCue('quantity', 'The port has grown since the early 2000s.', new Set())).toBe(false);
    expect(hasAnswerCue('quantity', "It was built in the '90s.", new Set())).toBe(false);
  });

  it('abstains on how many in each year where the passage gives a count of one time only', () => {
    // "Last winter 12 storms closed the harbour" counts one winter's storms.
    expect(answerIn(harbour, 'how many storms close the harbour every year')[0]).toBe('abstained');
    expect(answerIn(harbour, 'how many storms closed the harbour last winter')).toEqual(['answered', 2]);
  });

  it('ranks the passage with the exact number first where the question asks exactly', () => {
    const troops = indexOf([
      'Armeria sends around 130 troops to the missions.',
      'Armeria sends 128 troops to the missions.',
    ]);
    expect(rankedParagraphs(troops, 'how many troops exactly does armeria send to the missions', 2)).toEqual([2, 1]);
    expect(rankedParagraphs(troops, 'how many troops does armeria send to the missions', 2)).toEqual([1, 2]);
  });

  it('is 0 when the question wants no particular kind of answer', () => {
    expect(kindAt('Why did the storms close the harbour?', 2)).toBe(0);
  });
});

describe('answer cues', () => {
  it('count a number, date or name only inside the span given', () => {
    const text = 'The plan passed. It will cost 40 million.';
    expect(hasAnswerCue('quantity', text, new Set(), { span: [0, 16] })).toBe(false);
    expect(hasAnswerCue('quantity', text, new Set(), { span: [17, text.length] })).toBe(true);
  });

  it('take as someone a name inside a sentence, an abbreviation or two capitalised words at its start, not "The"', () => {
    const none = new Set<string>();
    expect(hasAnswerCue('person', 'The plan was backed by Okafor.', none)).toBe(true);
    expect(hasAnswerCue('person', 'U.S. instructors trained the crews.', none)).toBe(true);
    expect(hasAnswerCue('person', 'Helen Okafor backed the plan.', none)).toBe(true);
    expect(hasAnswerCue('person', 'The plan was backed. It passed.', none)).toBe(false);
  });

  it('takes as someone a rare capitalised word opening a quotation, not a common one ("We", "The")', () => {
    const none = new Set<string>();
    expect(hasAnswerCue('person', '\u201cOkafor is to blame for the delays,\u201d the chair said.', none)).toBe(true);
    expect(hasAnswerCue('person', '\u201cWe are to blame for the delays,\u201d the chair said.', none)).toBe(false);
    expect(hasAnswerCue('person', '\u201cThe council is to blame,\u201d the chair said.', none)).toBe(false);
  });

  it('takes as someone a name opening a sentence ("Okafor said"), or set off by a dash, not "The" or "It"', () => {
    const none = new Set<string>();
    expect(hasAnswerCue('person', 'The plan passed. Okafor said it would.', none)).toBe(true);
    expect(hasAnswerCue('person', 'Okafor backed the plan.', none)).toBe(true);
    expect(hasAnswerCue('person', 'The plan passed. It said so.', none)).toBe(false);
    // A common noun rare in English is no name for opening a sentence.
    expect(hasAnswerCue('person', 'The plan passed. Opponents fought it.', none)).toBe(false);
    expect(
      hasAnswerCue('person', 'the group behind the attack \u2014 Tolvik Front, a militia \u2014 was banned', none),
    ).toBe(true);
  });

  it('take as someone a common noun for people the question does not use, in other words either', () => {
    const stems = (...words: string[]) => new Set(words.map(stem));
    const text = 'During the vote, members of the council were reluctant to back the plan.';
    expect(hasAnswerCue('person', text, stems('reluctant', 'back', 'plan'))).toBe(true);
    // Asked of the members, they are no answer; nor is "the harbour chief" to a question about its boss.
    expect(hasAnswerCue('person', text, stems('members', 'reluctant'))).toBe(false);
    expect(hasAnswerCue('person', 'The harbour chief said so.', stems('harbour', 'boss'))).toBe(false);
    expect(hasAnswerCue('person', 'The harbour chief said so.', stems('harbour', 'said'))).toBe(true);
    // A group is not someone, nor is a thing.
    expect(hasAnswerCue('person', 'the party was reluctant to back the plan', stems('reluctant'))).toBe(false);
  });

  it('take a year after a preposition as a date, not as a count', () => {
    expect(hasAnswerCue('quantity', 'In 2015, the port added ferries.', new Set())).toBe(false);
    expect(hasAnswerCue('quantity', 'The port added 2015 berths.', new Set())).toBe(true);
    expect(hasAnswerCue('time', 'In 2015, the port added ferries.', new Set())).toBe(true);
  });

  it('take as a place a direction from a named place', () => {
    expect(hasAnswerCue('place', 'Two boats sank just east of Harwick.', new Set())).toBe(true);
    expect(hasAnswerCue('place', 'Two boats sank just east of here.', new Set())).toBe(false);
  });

  it('take as a place a named place with a word of where in it before its name ("in downtown Harwick")', () => {
    expect(hasAnswerCue('place', 'The museum stands in downtown Harwick.', new Set())).toBe(true);
    expect(hasAnswerCue('place', 'The museum stands near the ferry terminal in northern Harwick.', new Set())).toBe(
      true,
    );
    expect(hasAnswerCue('place', 'The museum stands in downtown streets.', new Set())).toBe(false);
  });

  it('take a month or a weekday after a preposition as a date, not as a place', () => {
    expect(hasAnswerCue('place', 'The ferry school opened in October.', new Set())).toBe(false);
    expect(hasAnswerCue('place', 'The ferry school opened in Harwick.', new Set())).toBe(true);
    expect(hasAnswerCue('place', 'Crossings are suspended from Monday.', new Set())).toBe(false);
    expect(hasAnswerCue('month', 'The ferry school opened in October.', new Set())).toBe(true);
  });
});

describe('where someone is from', () => {
  const asked = new Set<string>();
  const fromWhere = (text: string) => hasAnswerCue('place', text, asked, { origin: true });

  it('is said by a place after "from", or by a people\'s adjective said of them', () => {
    expect(fromWhere('The slain foreigners were from Italy, Poland and Spain.')).toBe(true);
    expect(fromWhere('His mother was Kenyan.')).toBe(true);
  });

  it('is not said by a place named otherwise, where something happened', () => {
    expect(fromWhere('Gunmen opened fire on visitors at a museum in Tunis on Wednesday.')).toBe(false);
    expect(hasAnswerCue('place', 'Gunmen opened fire on visitors at a museum in Tunis on Wednesday.', asked)).toBe(
      true,
    );
  });

  it('is asked by a question ending in "from", not by one asking where something happened', () => {
    const island = indexOf(['Visitors came to the island of Maru in May.', 'The visitors were from Norway and Chile.']);
    expect(parseQuestion(island, 'which countries were the visitors from').origin).toBe(true);
    expect(parseQuestion(island, 'where did the visitors go').origin).toBe(false);
    expect([
      answerKindIn(island, 'which countries were the visitors from', 1),
      answerKindIn(island, 'which countries were the visitors from', 2),
    ]).toEqual([-1, 1]);
  });

  it('is asked by "what nationality", which a people\'s adjective said of anyone answers too', () => {
    const island = indexOf([
      'Visitors came to the island of Maru in May.',
      'Two Chilean visitors were hurt when a ferry ran aground near Maru.',
    ]);
    const parsed = parseQuestion(island, 'what nationality were the hurt visitors');
    expect([parsed.answerKind, parsed.origin, parsed.nationality]).toEqual(['place', true, true]);
    expect([
      answerKindIn(island, 'what nationality were the hurt visitors', 1),
      answerKindIn(island, 'what nationality were the hurt visitors', 2),
    ]).toEqual([-1, 1]);
    // Asked where from, "Chilean visitors" says whose the visitors are, not where they came from.
    const fromWhere = (nationality: boolean) =>
      hasAnswerCue('place', 'Two Chilean visitors were hurt near Maru.', asked, { origin: true, nationality });
    expect([fromWhere(true), fromWhere(false)]).toEqual([true, false]);
  });
});

describe('the kind of answer, for the ranking', () => {
  it('counts less where the passage holds it only away from where it speaks of what is asked', () => {
    const flood = indexOf([
      'The mayor toured the valley on Monday. The ministry put out a statement blaming the dam operator.',
      'Its statement on the flooding came out on Sunday, the ministry said.',
      'The ministry put out a statement blaming the dam operator.',
    ]);
    const question = parseQuestion(flood, 'on which day did the ministry put out its statement');
    // Monday is the day of the mayor's tour; Sunday the statement's; the last gives no day.
    expect([0, 1, 2].map((passage) => kindHeldWhereAsked(flood, question, passage))).toEqual([0.75, 1, -1]);
    // A question asking no kind of answer reads none.
    const noKind = parseQuestion(flood, 'what did the ministry say about the dam operator');
    expect(kindHeldWhereAsked(flood, noKind, 0)).toBe(0);
  });
});

describe('a nation', () => {
  it('says which words name a nation: a country, a people, their adjective, a national capital', () => {
    const nations = ['azerbaijan', 'azerbaijani', 'turkish', 'baku', 'muslim'].filter((w) => namesNation(w));
    expect(nations).toEqual(['azerbaijan', 'azerbaijani', 'turkish', 'baku', 'muslim']);
    const others = ['ministry', 'president', 'bergen', 'alliance', 'economic'].filter((w) => namesNation(w));
    expect(others).toEqual([]);
  });
});

describe('a post a place holds', () => {
  const asked = (question: string) =>
    new Set(
      question
        .toLowerCase()
        .match(/[a-z]+/g)!
        .map(stem),
    );
  const denmarks = { stem: stem('president'), owners: ['denmark'] };

  it('reads the places a word names: a country, or those its adjective is of', () => {
    expect(['denmark', 'danish', 'tunisian', 'oslo', 'president'].map(placesOf)).toEqual([
      ['denmark'],
      ['denmark'],
      ['tunis', 'tunisia'],
      [],
      [],
    ]);
  });

  it('finds the name of the post only in a passage or a document that names the place holding it', () => {
    const question = asked("what is the name of denmark's president");
    const cue = (text: string, title?: string) => hasAnswerCue('name', text, question, { post: denmarks, title });
    expect(cue('Danish President Ilsa Varn opened the bridge.')).toBe(true);
    expect(cue('Norwegian President Ilsa Varn opened the bridge.')).toBe(false);
    expect(cue('President Ilsa Varn opened the bridge.', 'Denmark opens its longest bridge')).toBe(true);
    expect(cue('President Ilsa Varn opened the bridge.', 'Norway opens its longest bridge')).toBe(false);
  });

  it('takes a name of a post no place holds only where it stands by the post ("that president\'s name")', () => {
    const question = asked("what was that president's name");
    const anyPresident = { stem: stem('president'), owners: [] };
    const cue = (text: string) => hasAnswerCue('name', text, question, { post: anyPresident });
    expect(cue('Voters elected a new president after souring on the Vessa Party.')).toBe(false);
    expect(cue('President Ilsa Varn opened the bridge.')).toBe(true);
  });

  it('takes a name only where it stands by the post, not by the place alone', () => {
    const question = asked("what is the name of denmark's president");
    expect(hasAnswerCue('name', 'Denmark and Norway met at the Oresund Bridge.', question, { post: denmarks })).toBe(
      false,
    );
    expect(hasAnswerCue('name', 'Denmark and Norway met at the Oresund Bridge.', question)).toBe(true);
  });

  it('takes a name standing by any post that heads a body for its "leader", "head" or "boss", and no other post', () => {
    const question = asked('who is the danish leader that opened the bridge');
    const danishLeader = { stem: stem('leader'), owners: ['denmark'] };
    const cue = (text: string) => hasAnswerCue('holder', text, question, { post: danishLeader });
    expect(cue('Danish Prime Minister Ilsa Varn opened the bridge.')).toBe(true);
    expect(cue('Danish President Ilsa Varn opened the bridge.')).toBe(true);
    expect(cue('Danish ambassador Ilsa Varn opened the bridge.')).toBe(false);
    // A president is no "ambassador": only the words for whoever heads a body stand for others.
    const ambassador = { stem: stem('ambassador'), owners: ['denmark'] };
    expect(
      hasAnswerCue('holder', 'Danish President Ilsa Varn opened the bridge.', question, { post: ambassador }),
    ).toBe(false);
  });
});

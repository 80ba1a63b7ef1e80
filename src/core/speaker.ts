import { isNameWord, namesNation, placesOf } from './answer-kind.js';
import { documentContext } from './document-context.js';
import { lexicon } from './lexicon.js';
import { memoised, memoisedPerOwner } from './memo.js';
import { mapPacked } from './packed.js';
import type { ParsedQuestion, QuestionMatch } from './question.js';
import { saysAt } from './reporting-verbs.js';
import type { SearchIndex } from './search-index.js';
import { indexTerm } from './terms.js';
import { words as foldedWords, isCapitalAt, stem } from './text.js';
import { COPULAS, HEAD_WORDS, HEADING_POSTS, POSTS, REPORTING_WORDS } from './word-lists.js';

/** Verbs that ask for someone's words or how they took something: "what did X say", "how did X react". */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_WORDS,
  ...'react reacts reacted reacting think thinks thought feel feels felt'.split(' '),
]);
const AUXILIARIES = new Set('did does do has have had will would'.split(' '));
const PASSIVE_BE: ReadonlySet<string> = new Set([...COPULAS, 'be', 'been', 'being']);
const ASKER: ReadonlySet<string> = new Set(['i', 'we']);
// The writer of a report, speaking in it: "when I asked him", "we told the minister".
const WRITER = ASKER;
// "What did the Iranian Foreign Ministry spokesman say", "what did the us military instructors
// training the armenian medics say": longer spans are not one speaker.
const MAX_SPEAKER_WORDS = 8;

/** Whether a word asks for someone's words or reaction ("say", "told", "react", "think"). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word);
}

/** Words that open a clause of time or manner within a question: "after talking", "when asked". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'after before when while since until without upon once whenever'.split(' '),
);

/**
 * Where a question names whoever it asks the words or the reaction of: the words between the
 * auxiliary and the verb of saying ("what did [the Iranian spokesman] say", "how did [Moscow]
 * react", "did [the alliance chief] say"), as [from, to) in `words`; undefined when it asks none.
 */
export function speakerSpan(words: readonly string[]): readonly [number, number] | undefined {
  // Each verb of saying in turn: in "tell me what Iran said" the first asks, the second reports.
  for (let verb = 0; verb < words.length; verb++) {
    if (!SPEECH_VERBS.has(words[verb]!)) continue;
    // "... to nato missions, i think": the asker hedging, not a speaker asked about.
    if (verb > 0 && ASKER.has(words[verb - 1]!)) continue;
    // "When will the full effect be felt", "what was said": a passive names what is felt or
    // said, not who feels or says it.
    if (verb > 0 && PASSIVE_BE.has(words[verb - 1]!)) continue;
    for (let i = verb - 1; i >= 0 && verb - i - 1 <= MAX_SPEAKER_WORDS; i--) {
      // "What did Stoltenberg hail after talking about ...": the verb of saying is in a clause of
      // its own, and "Stoltenberg hail" is no speaker.
      if (CLAUSE_OPENERS.has(words[i]!)) break;
      if (AUXILIARIES.has(words[i]!)) return i + 1 < verb ? [i + 1, verb] : undefined;
      // "what Iran said", "tell me how the ministry reacted": no auxiliary after the question word.
      if (words[i] === 'what' || words[i] === 'how') {
        // Not "what is the center called": a copula after "what" asks what something is.
        if (i + 1 < verb && !COPULAS.has(words[i + 1]!)) return [i + 1, verb];
        break;
      }
    }
  }
  return undefined;
}

/**
 * Whether a passage may say what the speaker a question asks about said (see
 * ParsedQuestion.speaker): it names them in a sentence that reports speech (a verb of saying, a
 * verb reporting what was said such as "divulged that", or a quotation), or refers to someone as
 * "he", "she" or "they" in a document that names them (its "he" stands for someone it mentions,
 * not for Moscow in an article that never does; and for one person, not the "officials" asked
 * about: speaksAsMany), or names a role as the one speaking ("declared
 * the president", "the alliance's chief said") in a document that names them (the president may
 * be Sarkisian, not Aliyev whom it never names; and of a nation, "Kenya's president", only in a
 * document that writes a post with that nation: documentWritesPost), or, asked about
 * by role ("the Armenian president"), names as the one speaking someone the document writes with
 * that role ("Armenian President Serzh Sarkisian"; documentGivesRole), or, asked about by the body
 * they speak for ("the Amnesty guy"), names as the one speaking someone the document titles with
 * it ("Lotfi Azzouz, Tunisia country director for Amnesty International"). A passage that
 * does none of these cannot say what they said: "How did Sarkisian respond to Turkey's
 * accusation?" is not answered by the paragraph on Turkey's accusation, however much of the
 * question it holds, nor "what did Trump's team say" by the sentence saying the team was briefed.
 * A paragraph that is all quotation, with no verb of saying, is read as the paragraph before it
 * (see continuesQuotation). A passage reporting no speech at all says nobody's words. A speaker
 * the question gives a nation ("Azerbaijan's foreign ministry") is named only with that nation
 * (termsNamingSpeaker). True when the question asks about no speaker.
 */
export function holdsSpeaker(
  index: SearchIndex,
  question: ParsedQuestion,
  passage: number,
  {
    quotationsBack = MAX_QUOTATIONS_BACK,
    within,
  }: { quotationsBack?: number; within?: readonly [number, number] } = {},
): boolean {
  const { speaker } = question;
  if (speaker.length === 0) return true;
  const { vocabulary, tokens, tokenOffsets } = index;
  const { text, sentences } = index.passages[passage]!;
  const sentenceAt = sentenceFinder(sentences);
  // Per sentence: whether it reports speech (a verb of saying or a quotation), and whether it
  // names the speaker: their own word, a spelling of it or a close form ("Sargsyan" for
  // "Sarkisian"), or another name of them ("Iranian" for "Tehran"); any other related word is too
  // loose a sign of them ("officials" is a neighbour of "Washington").
  const reports = mapPacked(sentences, ([from, to]) => quotesSpeech(text.slice(from, to)));
  const names = mapPacked(sentences, () => false);
  // Who speaks is named before a sentence's last verb of saying ("An Iranian spokesman said",
  // "Speaking to reporters, Stoltenberg said"), or after one that follows a quotation ("“...,”
  // said Azzouz, director for Amnesty"); named after it otherwise, they are spoken to or of
  // ("urged Armenia and Azerbaijan to", "officials say the Azerbaijani army ..."): "what did
  // Azerbaijan say" was answered with the paragraph urging it to negotiate. A verb opening its
  // sentence opens a clause before the one who speaks ("Asked about the vote, Brook said ...").
  const lastSay = mapPacked(sentences, () => Number.POSITIVE_INFINITY);
  const firstSayAfterWords = mapPacked(sentences, () => Number.POSITIVE_INFINITY);
  // Where the clause a verb opening the sentence opens ends: those named in it are spoken to
  // ("Urging Azerbaijan to show restraint, Iran offered ...").
  const openingClauseEnd = mapPacked(sentences, () => -1);
  let roleSpeaks = false;
  let pluralSpeaks = false;
  const from = index.tokenStart[passage]!;
  const to = index.tokenStart[passage + 1]!;
  const outside = (at: number) =>
    within !== undefined && (tokenOffsets[at]! < within[0] || tokenOffsets[at]! >= within[1]);
  for (let at = from; at < to; at++) {
    if (!saysAt(index, tokens[at]!) || outside(at)) continue;
    // "When I asked him how many minds he had changed": the writer speaks, not whom they name.
    if (at > from && WRITER.has(vocabulary.word(tokens[at - 1]!))) continue;
    const sentence = sentenceAt(tokenOffsets[at]!);
    reports[sentence] = true;
    const opensSentence = at === from || tokenOffsets[at - 1]! < sentences[sentence]![0];
    const afterWhatWasSaid = saysAfterWhatWasSaid(index, passage, at);
    if (opensSentence && !afterWhatWasSaid && opensClauseBeforeSpeaker(vocabulary.word(tokens[at]!))) {
      openingClauseEnd[sentence] = clauseEndAfter(text, tokenOffsets[at]!, sentences[sentence]![1]);
      continue;
    }
    lastSay[sentence] = at;
    // A verb of saying opening its sentence otherwise has its speaker after it: "Said Omar Lind:
    // ...", "Calls for calm came from Iran's foreign ministry".
    if (at < firstSayAfterWords[sentence]! && (afterWhatWasSaid || opensSentence)) firstSayAfterWords[sentence] = at;
    roleSpeaks ||= speaksByRole(index, passage, at);
    // "They said that Sudan had a long way to go": those the paragraphs before named.
    pluralSpeaks ||= at > from && vocabulary.word(tokens[at - 1]!) === 'they';
  }
  const sentenceOf = sentenceFinder(sentences);
  const naming = termsNamingSpeaker(question);
  const insideQuotation = quotationFinder(quotationsOf(index, passage));
  // Names in the place of the one speaking ("Sarkisian said") that are no word of the speaker
  // asked about (a story around the ask may name them: "Stoltenberg held a briefing. What did
  // the NATO chief say ...").
  const speakingNames: number[] = [];
  for (let at = from; at < to; at++) {
    if (outside(at)) continue;
    const termId = vocabulary.termOf(tokens[at]!);
    const sentence = sentenceOf(tokenOffsets[at]!);
    if (tokenOffsets[at]! < openingClauseEnd[sentence]!) continue;
    // The words quoted are what was said, never who said it: "accused the Armenian side of
    // provoking it with “heavy fire launched against Azerbaijan”" is no word of Azerbaijan's.
    if (insideQuotation(tokenOffsets[at]!)) continue;
    const speaking = at < lastSay[sentence]! || at > firstSayAfterWords[sentence]!;
    const match = termId < 0 ? undefined : speakerMatchOf(question, termId);
    if (match === undefined || !question.speaker.includes(match.term)) {
      if (speaking && lastSay[sentence]! < Number.POSITIVE_INFINITY && termId >= 0 && isName(text, tokenOffsets[at]!))
        speakingNames.push(termId);
      continue;
    }
    if ((match.related && !match.namesSame) || !naming.includes(match.term)) continue;
    if (speaking) names[sentence] = true;
  }
  if (!reports.some(Boolean)) return false;
  if (names.some((named, sentence) => named && reports[sentence])) return true;
  // "What did the Armenian president say": "Sarkisian said", in a document that calls him
  // "Armenian President Serzh Sarkisian".
  if (speakingNames.length > 0) {
    const role = speakerRole(question);
    if (speakingNames.some((name) => documentGivesRole(index, passage, name, role))) return true;
    // "What did the Amnesty guy say": "Azzouz said", whom the document titles "Tunisia country
    // director for Amnesty International" (see DocumentContext.titleTerms).
    if (role.length === 0 && titlesNameSpeaker(question, documentContext(index, passage).titleTerms)) return true;
  }
  // A paragraph that is all quotation, no one said to say it, goes on quoting whoever the one
  // before it quotes: news runs a long quotation over several paragraphs.
  if (
    quotationsBack > 0 &&
    lastSay.every((at) => at === Number.POSITIVE_INFINITY) &&
    continuesQuotation(index, passage)
  )
    return holdsSpeaker(index, question, passage - 1, { quotationsBack: quotationsBack - 1 });
  // "He said" is one person's words: not those of "US officials", whom a passage calls "they".
  const pronounSpeaks = documentContext(index, passage).refersByPronoun && !speaksAsMany(index, question, passage);
  if (!(roleSpeaks || pluralSpeaks || pronounSpeaks)) return false;
  if (!documentSpeaksOf(index, question, passage)) return false;
  // "How did Kenya's president react": "the president said" is Kenya's president only in a
  // document that writes of one ("Kenyan President Uhuru Kenyatta"); here it is Obama, in a
  // document that says Kenya elsewhere. Asked without a nation, the post may be said in other
  // words ("the NATO boss", "the alliance's chief").
  const words = mapPacked(question.speaker, (term) => question.terms[term]!.word);
  const nations = mapPacked(words, placesOf).filter((places) => places.length > 0);
  if (nations.length === 0) return true;
  // "What did Kenyan officials say", "how did Kenya's government respond": "he said", "the
  // president said" may be that nation's voice only in a document that gives it one ("Kenyan
  // President Uhuru Kenyatta", "American officials"), not in one that only says Kenya.
  const isVoice = speakerRole(question).length > 0 ? POSTS_ONLY : POSTS_OR_GROUPS;
  return documentWritesPost(index, passage, nations, isVoice);
}

/**
 * What the passage word `termId` matches of the question, a word naming the speaker before any
 * other: "Turkey" in "... about Turkey. What did the Turkish foreign ministry claim?" is the
 * story's "Turkey" first, and the asked "Turkish" too (ParsedQuestion.sharedMatches).
 */
function speakerMatchOf(question: ParsedQuestion, termId: number): QuestionMatch | undefined {
  const best = question.matchOf.get(termId);
  if (best === undefined || question.speaker.includes(best.term)) return best;
  return question.sharedMatches.get(termId)?.find((match) => question.speaker.includes(match.term)) ?? best;
}

/** Whether the titles of the names a passage gives hold every word naming the speaker, in its own form. */
function titlesNameSpeaker(question: ParsedQuestion, titleTerms: ReadonlySet<number>): boolean {
  const held = new Set<number>();
  for (const termId of titleTerms) {
    const match = question.matchOf.get(termId);
    if (match !== undefined && !match.related && match.similarity === 1) held.add(match.term);
  }
  return question.speaker.every((term) => held.has(term));
}

/** Whether the word at `offset` of the text is written as a name: capitalised, and a name word (isNameWord). */
function isName(text: string, offset: number): boolean {
  if (!isCapitalAt(text, offset)) return false;
  const word = /^[\p{L}\p{M}'’-]+/u.exec(text.slice(offset))?.[0].toLowerCase() ?? '';
  return isNameWord(word);
}

/**
 * The speaker's words as a role ("the Armenian president": armenia, presid), each as the places
 * it names or else its stem, when they name a post (POSTS). None when they name someone instead
 * ("Sarkisian", "Lind": a word rare in English and no nation), whom a passage must name itself.
 */
function speakerRole(question: ParsedQuestion): ReadonlyArray<readonly string[]> {
  const words = mapPacked(question.speaker, (term) => question.terms[term]!.word);
  if (!words.some((word) => POSTS.has(word))) return [];
  // A rare word before a post names whose post it is ("the NATO chief", "the Amnesty country
  // director"), not the one who holds it.
  const namesSomeone = (word: string, at: number) =>
    !POSTS.has(word) &&
    !words.some((post, after) => after > at && POSTS.has(post)) &&
    placesOf(word).length === 0 &&
    isNameWord(word);
  return words.some(namesSomeone) ? [] : mapPacked(words, roleKeys);
}

// How many words' role keys are remembered, and how many names' role words in each index.
const ROLE_CACHE_LIMIT = 10_000;

/** A word's role keys: the places it names ("armenian": armenia), or else its stem. */
const roleKeys = memoised((word): readonly string[] => {
  const places = placesOf(word);
  return places.length > 0 ? places : [stem(word)];
}, ROLE_CACHE_LIMIT);

/**
 * Whether the passage's document writes a post (any: "the Armenian leader" may be its "Armenian
 * President") with one of the nations ("Kenyan President", "Norway's foreign minister", "the
 * president of Kenya"): the nation just before the post (a word between at most) or after "of".
 * `isVoice` says which words count as the post: a body of people too, where the question names
 * no post (POSTS_OR_GROUPS).
 */
function documentWritesPost(
  index: SearchIndex,
  passage: number,
  nations: ReadonlyArray<readonly string[]>,
  isVoice: (word: string) => boolean = POSTS_ONLY,
): boolean {
  if (writesPost(foldedWords(index.passages[passage]!.document.title), nations, isVoice)) return true;
  const { vocabulary, tokens } = index;
  for (let p = index.leadOf(passage); p < index.documentEndOf(passage); p++) {
    const words: string[] = [];
    for (let at = index.tokenStart[p]!; at < index.tokenStart[p + 1]!; at++) words.push(vocabulary.word(tokens[at]!));
    if (writesPost(words, nations, isVoice)) return true;
  }
  return false;
}

const POSTS_ONLY = (word: string) => POSTS.has(word);
// A post, or the plural of a noun, as a body of people is written after its nation ("American
// officials", "Kenyan lawmakers").
const POSTS_OR_GROUPS = (word: string) => POSTS.has(word) || isPluralOfNoun(word);
/** "officials", "experts", "lawmakers": a plural, of a noun. */
function isPluralOfNoun(word: string): boolean {
  const lemma = lexicon().lemmas(word)[0];
  return lemma !== undefined && lemma !== word && word.endsWith('s') && lexicon().canBeNoun(lemma);
}

function writesPost(
  words: readonly string[],
  nations: ReadonlyArray<readonly string[]>,
  isVoice: (word: string) => boolean,
): boolean {
  const namesNation = (at: number) =>
    at >= 0 && at < words.length && nations.some((keys) => roleKeys(words[at]!).some((key) => keys.includes(key)));
  for (let at = 0; at < words.length; at++) {
    if (!isVoice(words[at]!)) continue;
    if (namesNation(at - 1) || namesNation(at - 2)) return true;
    if (words[at + 1] === 'of' && (namesNation(at + 2) || namesNation(at + 3))) return true;
  }
  return false;
}

/**
 * Whether the document of the passage gives the name (an index term) the role, in its title or a
 * paragraph: the role's words among the ROLE_WORDS before the name ("Armenian President Serzh
 * Sarkisian") or in a phrase set off after it ("Sarkisian, the Armenian president,"). A word of
 * the role that is no post may be anywhere in the document: "the alliance chief" is NATO's
 * Secretary General in a report that calls NATO "the Western alliance" once.
 */
function documentGivesRole(
  index: SearchIndex,
  passage: number,
  name: number,
  role: ReadonlyArray<readonly string[]>,
): boolean {
  if (role.length === 0) return false;
  const words = roleWordsOf(index, passage, name);
  return role.every((keys) =>
    keys.some(
      (key) =>
        words.has(key) ||
        (HEAD_WORD_KEYS.has(key) && headsBody(words)) ||
        (!POST_KEYS.has(key) && documentUses(index, key, passage)),
    ),
  );
}

/** Whether the passage's document uses the word whose role key (a stem) this is. */
function documentUses(index: SearchIndex, key: string, passage: number): boolean {
  const termId = index.termId(key);
  return termId !== undefined && index.documentHolds(termId, passage);
}

const stemsOf = (posts: ReadonlySet<string>) => new Set([...posts].map((post) => stem(post)));
// Role keys are stems (see roleKeys).
const HEAD_WORD_KEYS: ReadonlySet<string> = stemsOf(HEAD_WORDS);
const HEADING_POST_KEYS: ReadonlySet<string> = stemsOf(HEADING_POSTS);
const POST_KEYS: ReadonlySet<string> = stemsOf(POSTS);

/** Whether role keys written around a name give a post that heads a body ("Secretary General", "President"). */
function headsBody(words: ReadonlySet<string>): boolean {
  for (const word of words) if (HEADING_POST_KEYS.has(word)) return true;
  return false;
}

const ROLE_WORDS = 4;
// "Sarkisian, the Armenian president, said": the words of a phrase set off after the name.
const APPOSITION_WORDS = 5;
/** Per index: the first passage of a document and a name's term → the role keys around the name. */
const roleWordsIn = memoisedPerOwner<SearchIndex, ReadonlySet<string>>(ROLE_CACHE_LIMIT);

/** The role keys (see roleKeys) written around a name anywhere in a passage's document, once per document and name. */
function roleWordsOf(index: SearchIndex, passage: number, name: number): ReadonlySet<string> {
  const lead = index.leadOf(passage);
  return roleWordsIn(index, `${lead} ${name}`, () => findRoleWords(index, passage, lead, name));
}

function findRoleWords(index: SearchIndex, passage: number, lead: number, name: number): ReadonlySet<string> {
  const words = new Set<string>();
  const add = (word: string) => {
    for (const roleKey of roleKeys(word)) words.add(roleKey);
  };
  const { vocabulary, tokens, tokenOffsets } = index;
  for (let p = lead; p < index.documentEndOf(passage); p++) {
    const from = index.tokenStart[p]!;
    const to = index.tokenStart[p + 1]!;
    const { text } = index.passages[p]!;
    for (let at = from; at < to; at++) {
      if (vocabulary.termOf(tokens[at]!) !== name) continue;
      for (let k = Math.max(from, at - ROLE_WORDS); k < at; k++) add(vocabulary.word(tokens[k]!));
      const end = index.tokenEnd(at);
      if (text[end] !== ',') continue;
      for (let k = at + 1; k < Math.min(to, at + 1 + APPOSITION_WORDS); k++) {
        add(vocabulary.word(tokens[k]!));
        if (/[,.;:]/.test(text.slice(tokenOffsets[k]!, k + 1 < to ? tokenOffsets[k + 1]! : text.length))) break;
      }
    }
  }
  const title = foldedWords(index.passages[passage]!.document.title);
  title.forEach((word, i) => {
    const term = indexTerm(word);
    if (term === null || index.termId(term) !== name) return;
    for (let k = Math.max(0, i - ROLE_WORDS); k < i; k++) add(title[k]!);
  });
  return words;
}

// A quotation runs over a few paragraphs, not a whole article.
const MAX_QUOTATIONS_BACK = 3;
/** Each mark that opens a quotation, with the mark that closes it. */
const QUOTATION_OPENS: Readonly<Record<string, string>> = {
  '"': '"',
  '\u201C': '\u201D',
  '\u201E': '\u201C',
  '\u00AB': '\u00BB',
};
const OPENING_MARKS = `[${Object.keys(QUOTATION_OPENS).join('')}]`;
const OPENING_QUOTE = new RegExp(`^${OPENING_MARKS}`);
const QUOTATION_OPENING = new RegExp(OPENING_MARKS, 'g');

/** Whether a passage opens with a quotation and follows another paragraph of its document. */
function continuesQuotation(index: SearchIndex, passage: number): boolean {
  const { text, document } = index.passages[passage]!;
  return (
    passage > 0 && index.passages[passage - 1]!.document.id === document.id && OPENING_QUOTE.test(text.trimStart())
  );
}

// Quotation marks; not the apostrophe (’), which most often marks a possessive.
const QUOTATION = /["\u201C\u201D\u201E\u00AB\u00BB]/;
const QUOTATION_MARKS = new RegExp(QUOTATION.source, 'g');
// A quotation opened and closed within the text, and what it quotes.
const CLOSED_QUOTATION = /["\u201C\u201E\u00AB]([^"\u201C\u201D\u201E\u00AB\u00BB]*)["\u201D\u00BB]/g;
// A quotation of one word is a word set off ("buoyed by a string of “wins”"), the writer's scare
// quotes or a term, not speech; two may already be someone's ("accused the council of “wasting
// money”", "should “exercise restraint”").
const MIN_QUOTED_WORDS = 2;

/**
 * Whether a text quotes someone: a quotation of a few words or more, or a mark whose partner lies
 * beyond the text (a quotation that goes on in the next sentence or paragraph).
 */
function quotesSpeech(text: string): boolean {
  if (!QUOTATION.test(text)) return false;
  let paired = 0;
  for (const [, quoted] of text.matchAll(CLOSED_QUOTATION)) {
    if ((quoted!.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_QUOTED_WORDS) return true;
    paired += 2;
  }
  return (text.match(QUOTATION_MARKS)?.length ?? 0) > paired;
}

/**
 * Whether the part `span` of a passage reports speech: a verb of saying or reporting, or a
 * quotation. A sentence that does neither is the writer's own telling ("It was the most serious
 * ceasefire violation since the April 2016 hostilities"), though one before it has someone speak.
 */
export function reportsSpeechWithin(
  index: SearchIndex,
  passage: number,
  [from, to]: readonly [number, number],
  { quotations = true }: { quotations?: boolean } = {},
): boolean {
  if (quotations && quotesSpeech(index.passages[passage]!.text.slice(from, to))) return true;
  for (let at = index.tokenStart[passage]!; at < index.tokenStart[passage + 1]!; at++) {
    const offset = index.tokenOffsets[at]!;
    if (offset >= from && offset < to && saysAt(index, index.tokens[at]!)) return true;
  }
  return false;
}

type Spans = ReadonlyArray<readonly [number, number]>;
const NO_QUOTATIONS: Spans = [];
/** Per index, per passage: where its quotations stand (see quotationsOf). */
const quotationCaches = new WeakMap<SearchIndex, Array<Spans | undefined>>();

/**
 * The quotations a passage opens and closes, as [opening mark, closing mark] offsets in its text,
 * found once per passage. A quotation left open runs on into the next paragraph, where its
 * speaker may be named: it is none here.
 */
function quotationsOf(index: SearchIndex, passage: number): Spans {
  let cache = quotationCaches.get(index);
  if (cache === undefined) quotationCaches.set(index, (cache = []));
  let spans = cache[passage];
  if (spans === undefined) cache[passage] = spans = findQuotations(index.passages[passage]!.text);
  return spans;
}

function findQuotations(text: string): Spans {
  let spans: Array<readonly [number, number]> | undefined;
  QUOTATION_OPENING.lastIndex = 0;
  for (let opening = QUOTATION_OPENING.exec(text); opening !== null; opening = QUOTATION_OPENING.exec(text)) {
    const end = text.indexOf(QUOTATION_OPENS[opening[0]]!, opening.index + 1);
    if (end < 0) break;
    (spans ??= []).push([opening.index, end]);
    QUOTATION_OPENING.lastIndex = end + 1;
  }
  return spans ?? NO_QUOTATIONS;
}

/** Whether a character offset lies inside one of the quotations, for offsets asked in increasing order. */
function quotationFinder(spans: Spans): (offset: number) => boolean {
  let span = 0;
  return (offset) => {
    while (span < spans.length && offset > spans[span]![1]) span++;
    return span < spans.length && offset > spans[span]![0];
  };
}

/** The sentence holding a character offset, for offsets asked in increasing order. */
function sentenceFinder(sentences: ReadonlyArray<readonly [number, number]>): (offset: number) => number {
  let sentence = 0;
  return (offset) => {
    while (sentence < sentences.length - 1 && offset >= sentences[sentence]![1]) sentence++;
    return sentence;
  };
}

/**
 * The speaker's terms a passage must name to name them: the nation the question gives the speaker,
 * when it gives one ("Azerbaijan's foreign ministry", "the Iranian spokesman", "Tehran": a word
 * WordNet relates to a country or a people, or a capital), else any. "The foreign ministry of
 * Turkey said" names a foreign ministry, not Azerbaijan's: "what did Azerbaijan's foreign
 * ministry say" was answered with it at 0.75.
 */
function termsNamingSpeaker(question: ParsedQuestion): readonly number[] {
  const nation = question.speaker.filter((term) => namesNation(question.terms[term]!.word));
  return nation.length > 0 ? nation : question.speaker;
}

/** Whether the passage's document names the speaker somewhere: whom its "he" or a role may stand for. */
function documentSpeaksOf(index: SearchIndex, question: ParsedQuestion, passage: number): boolean {
  for (const term of termsNamingSpeaker(question)) {
    for (const { termId, related } of question.terms[term]!.variants) {
      if (!related && index.documentHolds(termId, passage)) return true;
    }
  }
  return false;
}

/**
 * Whether the verb of saying at token `at` comes right after what was said, its speaker after
 * it: "“...,” said Lotfi Azzouz, director for Amnesty International", "'...,' declared the
 * president", "..., said Azzouz". Not "he urged Armenia and Azerbaijan to", nor "Stoltenberg,
 * speaking after the talks, urged Armenia and Azerbaijan to", where those after the verb are
 * spoken to.
 */
function saysAfterWhatWasSaid(index: SearchIndex, passage: number, at: number): boolean {
  const { text } = index.passages[passage]!;
  let k = index.tokenOffsets[at]! - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  if (text[k] !== ',') return k >= 0 && CLOSING_QUOTE.test(text[k]!);
  if (CLOSING_QUOTE.test(text[k - 1] ?? '')) return true;
  // "..., said Azzouz, director for Amnesty": wire copy reports without quotation marks too,
  // with a verb that takes no one spoken to (not "..., urged Armenia to"), and its speaker ends
  // the clause (not "X, speaking on Friday, said Azerbaijan should pull back").
  if (!INVERTED_VERBS.has(index.vocabulary.word(index.tokens[at]!))) return false;
  const after = index.tokenEnd(at);
  const clauseEnd = text.slice(after).search(/[,.;:!?]|$/);
  return (text.slice(after, after + clauseEnd).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= MAX_INVERTED_SPEAKER_WORDS;
}

// "said the ministry's spokesman," "said Lotfi Azzouz,": the speaker after an inverted verb.
const MAX_INVERTED_SPEAKER_WORDS = 4;

const CLOSING_QUOTE = /["'\u2019\u201D\u00BB]/;
const INVERTED_VERBS: ReadonlySet<string> = new Set(
  'said says added adds declared declares noted notes stated states explained wrote writes insisted remarked replied warned'.split(
    ' ',
  ),
);

/**
 * Whether a verb of saying that opens its sentence (not right after a quotation: "“Why?” asked
 * Brook") opens a clause before the one who speaks: "Asked about the vote, Brook said",
 * "Urging Azerbaijan to show restraint, Iran offered". Not "Said Omar Lind: ...", nor a noun
 * ("Calls for calm came from Iran").
 */
function opensClauseBeforeSpeaker(verb: string): boolean {
  return verb.endsWith('ing') || verb === 'asked';
}

/**
 * Where the clause starting at `from` ends: its first comma or colon; the start when it has
 * none ("Talking to reporters the president blamed ..." names its speaker in it).
 */
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const clause = text.slice(from, sentenceEnd).search(/[,;:]/);
  return clause < 0 ? from : from + clause;
}

const PERSONS: ReadonlySet<string> = new Set(['man', 'men', 'woman', 'women', 'pair', 'duo']);

/**
 * Whether the verb of saying at token `at` has a role for its speaker: "the" and lowercase words,
 * before it ("the NATO chief said", "the two men said") or after it at the end of a clause
 * ("declared the president."; not "say the very fact that ...").
 */
function speaksByRole(index: SearchIndex, passage: number, at: number): boolean {
  const { tokens, tokenOffsets, vocabulary } = index;
  const from = index.tokenStart[passage]!;
  const to = index.tokenStart[passage + 1]!;
  const { text } = index.passages[passage]!;
  const wordAt = (k: number) => (k >= from && k < to ? vocabulary.word(tokens[k]!) : '');
  const isLower = (k: number) => {
    const first = text[tokenOffsets[k]!]!;
    return first !== first.toUpperCase();
  };
  // Before it: "the", then one or two lowercase topic words, in the same clause, the last a post or
  // a person ("the NATO chief", "the two men"; not "the opposition", "the ministry").
  for (const the of [at - 2, at - 3]) {
    if (the < from || wordAt(the) !== 'the') continue;
    let role = POSTS.has(wordAt(at - 1)) || PERSONS.has(wordAt(at - 1));
    for (let k = the + 1; k < at; k++) role &&= vocabulary.termOf(tokens[k]!) >= 0;
    if (role && isLower(at - 1) && !/[.,;:!?"\u201D]/.test(text.slice(tokenOffsets[the]!, tokenOffsets[at]!)))
      return true;
  }
  if (wordAt(at + 1) !== 'the') return false;
  for (let k = at + 2; k < Math.min(to, at + 4) && isLower(k); k++) {
    const upToNext = text.slice(tokenOffsets[k]!, k + 1 < to ? tokenOffsets[k + 1]! : text.length);
    if (/[.,;:!?]/.test(upToNext)) return true;
  }
  return false;
}

/**
 * Whether the speaker asked about is many people: the last word naming them is the plural of a
 * noun ("officials", "experts", "lawmakers"), which the passage's document writes in lower case,
 * as no name is written ("Reeves", "Brooks").
 */
function speaksAsMany(index: SearchIndex, question: ParsedQuestion, passage: number): boolean {
  const last = question.speaker.at(-1);
  if (last === undefined) return false;
  const { word, ownTermId } = question.terms[last]!;
  return ownTermId >= 0 && isPluralOfNoun(word) && documentWritesInLowerCase(index, passage, ownTermId);
}

/**
 * Whether the passage's document writes a word of the term in lower case somewhere: read in the
 * paragraphs that hold the term (its postings), not the whole document, which may be long.
 */
function documentWritesInLowerCase(index: SearchIndex, passage: number, termId: number): boolean {
  const { vocabulary, tokens, tokenOffsets } = index;
  const { passages, from, to } = index.postings(termId);
  for (let k = index.postingFromDocumentOf(from, to, passage); index.isPostingInDocumentOf(k, to, passage); k++) {
    const p = passages[k]!;
    const { text } = index.passages[p]!;
    for (let at = index.tokenStart[p]!; at < index.tokenStart[p + 1]!; at++) {
      if (vocabulary.termOf(tokens[at]!) === termId && !isCapitalAt(text, tokenOffsets[at]!)) return true;
    }
  }
  return false;
}

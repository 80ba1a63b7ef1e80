import { goesOnFromBefore, paragraphGoingOn } from './continuation.js';
import { lexicon } from './lexicon.js';
import { saysAt } from './reporting-verbs.js';
import type { SearchIndex } from './search-index.js';
import { indexTerm, SAY_TERM } from './terms.js';
import { forEachWord, isCapitalAt, joinsName } from './text.js';
import { HEAD_WORDS, HEADING_POSTS, POSTS } from './word-lists.js';

// How far back a paragraph's "he", "the president", "the alliance" may reach, besides the lead:
// news names people and places in the lead and refers back to them for a paragraph or two. (Three
// back, the names of a paragraph that has moved on to someone else lifted paragraphs about them
// too: by the team's rule 5 fewer on the tuning sets and 6 held out; one back, 8 fewer on tuning.)
const PASSAGES_BACK = 2;
// How far back a name's title may be read: news titles someone once, at their first mention
// ("Lotfi Azzouz, Tunisia country director for Amnesty International"), and writes "Azzouz said"
// for the rest of the report, a dozen paragraphs or more. Bounded, as a document may hold thousands.
const TITLE_PASSAGES_BACK = 12;
// A capitalised word this common in English opens a sentence; it does not name anyone.
const MAX_NAME_ZIPF = 4.5;
const CACHE_LIMIT = 10_000;

export interface DocumentContext {
  /**
   * Term ids of the title's and publisher's words and of the names the document gave before the
   * passage; of the lead's nouns, when the passage refers back to the story (see refersToStory);
   * and of the nouns of the two paragraphs before, when it points back at what they tell ("In
   * return, ...", "in that law": POINTS_BACK, opensPointer).
   */
  terms: ReadonlySet<number>;
  /** Whether the passage refers to someone as "he", "she", "his", "her". */
  refersByPronoun: boolean;
  /**
   * Term ids of the titles the document writes before the names this passage gives ("NATO
   * Secretary General Jens Stoltenberg": nato, secretary, general, jens for "Stoltenberg").
   */
  titleTerms: ReadonlySet<number>;
  /**
   * Term ids of the names the passage refers to by their post ("declared the president": Serzh
   * Sarkisian, whom the lead calls "Armenian President Serzh Sarkisian"), as surely as by "he".
   */
  postNames: ReadonlySet<number>;
  /**
   * Term ids of the words naming whoever spoke in the paragraph before, when this one opens by
   * referring back to them ("Obama administration officials said ..." then "They said that ...").
   */
  speakerBefore: ReadonlySet<number>;
  /**
   * Term ids naming the writer, where the passage speaks in the writer's voice ("the man sat before
   * me today", "when I asked him"): the words for a reporter, and the name the publisher titles its
   * writer by ("the BBC's North America editor Jon Sopel"; see writerOf).
   */
  writer: ReadonlySet<number>;
}

// A paragraph opening by pointing at what was told before it: "In return,", "In exchange,", "As a
// result,", "Since then,". So does one speaking of "that law", "this plan" (opensPointer).
const POINTS_BACK =
  /^(?:in (?:return|exchange|retaliation|response|turn)|as a result|since then|because of (?:this|that)),/i;
// How many paragraphs back the nouns of what such a paragraph points at are taken from: "that
// law" is told of in the paragraph before it, or in the one before that. (One back: 2 fewer by
// the team's rule on the tuning sets, 3 held out; three back: 1 fewer on tuning.)
const POINTED_PARAGRAPHS_BACK = 2;
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him|hers)\b/i;
const cacheOf = new WeakMap<SearchIndex, Map<number, DocumentContext>>();

/**
 * What a passage's document context holds, for reading it in its document: the title's
 * words, and the names in the lead paragraph and the two paragraphs before it. A question
 * naming the person whom the passage calls "he" matches through these. A passage that speaks
 * of the story's own event or thing as "the attack", "the talks", also holds the lead's nouns:
 * "the White House condemned the attack" is about the attack on the museum the lead tells of.
 * Worked out when a passage is first read closely, then kept.
 */
export function documentContext(index: SearchIndex, passage: number): DocumentContext {
  let cache = cacheOf.get(index);
  if (!cache) cacheOf.set(index, (cache = new Map()));
  let context = cache.get(passage);
  if (context) return context;
  const found = new Set<number>();
  const { document } = index.passages[passage]!;
  addTermsOf(index, `${document.title} ${document.publisher}`, found);
  const lead = index.leadOf(passage);
  for (let p = Math.max(lead, passage - PASSAGES_BACK); p < passage; p++) addNames(index, p, found);
  if (lead < passage - PASSAGES_BACK) addNames(index, lead, found);
  if (lead < passage) {
    const nouns = paragraphNouns(index, lead);
    if (refersToStory(index, passage, (termId) => found.has(termId) || nouns.has(termId)))
      for (const termId of nouns) found.add(termId);
    // "In return, Sudan will ...", "in that law": what it points at is told in the paragraph or
    // two before.
    if (POINTS_BACK.test(index.passages[passage]!.text) || refersToStory(index, passage, () => true, opensPointer))
      for (let p = Math.max(lead, passage - POINTED_PARAGRAPHS_BACK); p < passage; p++)
        for (const termId of paragraphNouns(index, p)) found.add(termId);
  }
  // The paragraph after, when it goes on from this one ("He vowed to keep trying, but ... did not
  // sound very confident"), is shown with it: its words are this one's context.
  const next = paragraphGoingOn(index, passage);
  if (next !== undefined) addTermsOf(index, next.text, found);
  context = {
    terms: found,
    refersByPronoun: PERSONAL_PRONOUN.test(index.passages[passage]!.text),
    titleTerms: titlesOfNames(index, passage, lead),
    postNames: namesByPost(index, passage, lead),
    speakerBefore: lead < passage ? speakerBefore(index, passage) : NO_TERMS,
    writer: inWritersVoice(index.passages[passage]!.text) ? writerOf(index, passage) : NO_TERMS,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(passage, context);
  return context;
}

/** Adds to `into` the index terms of a text's words that the index holds ("BBC News": bbc, news). */
function addTermsOf(index: SearchIndex, text: string, into: Set<number>): void {
  forEachWord(text, (word) => {
    const term = indexTerm(word);
    const termId = term === null ? undefined : index.termId(term);
    if (termId !== undefined) into.add(termId);
  });
}

function addNames(index: SearchIndex, passage: number, into: Set<number>): void {
  const { text } = index.passages[passage]!;
  const end = index.tokenStart[passage + 1]!;
  for (let at = index.tokenStart[passage]!; at < end; at++) {
    const termId = index.vocabulary.termOf(index.tokens[at]!);
    if (termId < 0 || into.has(termId) || !isCapitalAt(text, index.tokenOffsets[at]!)) continue;
    const word = index.vocabulary.word(index.tokens[at]!);
    // A name is rare in English, or a person's name first of all ("Paul Martin"); a common given
    // name before a rare surname ("Eric Reeves", "Bill Clinton") is theirs too, but not a post
    // ("President Okafor").
    if (
      isNameIn(word) ||
      (at + 1 < end &&
        !POSTS.has(word) &&
        isRareNameAt(index, text, at + 1) &&
        joinsName(text, index.tokenEnd(at), index.tokenOffsets[at + 1]!))
    )
      into.add(termId);
  }
}

/** Whether a capitalised word of a text is a name: rarer in English than MAX_NAME_ZIPF, or a person's name first of all. */
function isNameIn(word: string): boolean {
  return lexicon().zipf(word) <= MAX_NAME_ZIPF || lexicon().namesPersonFirst(word);
}

/** Whether the token at `at` is a topic word written capitalised and a name (isNameIn). */
function isRareNameAt(index: SearchIndex, text: string, at: number): boolean {
  const wordId = index.tokens[at]!;
  return (
    index.vocabulary.termOf(wordId) >= 0 &&
    isCapitalAt(text, index.tokenOffsets[at]!) &&
    isNameIn(index.vocabulary.word(wordId))
  );
}

const NO_TERMS: ReadonlySet<number> = new Set();
// The longest title written before a name: "White House press secretary Josh".
const MAX_TITLE_WORDS = 5;
// The longest description set off after a name: "a senior fellow at the François-Xavier Bagnoud
// Center for Health and Human Rights at Harvard University".
const MAX_APPOSITIVE_WORDS = 20;
// What opens a description of someone after their name: "a senior fellow at ...", "one of the
// leading voices on ...".
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one']);
// What sets a description off after a name: a comma or a dash ("the Ennahda party — a movement
// similar to ...").
const SETS_OFF = /^(?:,|\s*[—–]|\s+--)\s/;
// What ends a description set off after a name.
const APPOSITIVE_END = /[,.;:!?()“”"—]/;

/**
 * The terms of the titles the document gives the names the passage gives, in it, in the lead or
 * in the dozen paragraphs before it, where news writes them at a name's first mention: the
 * capitalised words right before the name ("Armenian President Serzh Sarkisian": armenian,
 * president, serzh), a title in lower case ending in a post ("White House press secretary Josh
 * Earnest"), or a description set off after it (see descriptionAfter: "Lotfi Azzouz, Tunisia
 * country director for Amnesty International, said", and later "Azzouz said").
 */
function titlesOfNames(index: SearchIndex, passage: number, lead: number): ReadonlySet<number> {
  const named = new Set<number>();
  addNames(index, passage, named);
  if (named.size === 0) return NO_TERMS;
  let titles: Set<number> | undefined;
  const { tokens, tokenOffsets, vocabulary } = index;
  // "A key NATO member state": a word of saying in a description says nothing of the name.
  const sayTerm = index.termId(SAY_TERM);
  const read = (p: number) => {
    const { text } = index.passages[p]!;
    const from = index.tokenStart[p]!;
    for (let at = from; at < index.tokenStart[p + 1]!; at++) {
      const name = vocabulary.termOf(tokens[at]!);
      if (!named.has(name)) continue;
      let inPost = false;
      for (let k = at - 1; k >= Math.max(from, at - MAX_TITLE_WORDS); k--) {
        const termId = vocabulary.termOf(tokens[k]!);
        if (termId < 0 || !joinsName(text, index.tokenEnd(k), tokenOffsets[k + 1]!)) break;
        // The first word in lower case must be a post, which starts a title that may hold more of
        // them ("press secretary"); otherwise the title is its capitalised words.
        if (!isCapitalAt(text, tokenOffsets[k]!) && !(inPost ||= POSTS.has(vocabulary.word(tokens[k]!)))) break;
        if (termId !== name) (titles ??= new Set()).add(termId);
      }
      for (const termId of descriptionAfter(index, p, at)) {
        if (termId !== sayTerm && !named.has(termId)) (titles ??= new Set()).add(termId);
      }
    }
  };
  if (lead < passage - TITLE_PASSAGES_BACK) read(lead);
  for (let p = Math.max(lead, passage - TITLE_PASSAGES_BACK); p <= passage; p++) read(p);
  return titles ?? NO_TERMS;
}

/**
 * The terms of a description set off by commas or a dash after the name at token `at` of passage
 * `p`, when it holds a post or opens with "a" or "one" ("Lotfi Azzouz, Tunisia country director
 * for Amnesty International, said", "Eric Reeves, one of the leading American academic voices on
 * Sudan,"); not a list of names ("Iran, Syria and Libya"), nor a clause ("Sudan, which ..."). A
 * noun written right after the name before the mark is what it is too ("the Ennahda party — a
 * movement similar to Egypt's Islamist Muslim Brotherhood": party, movement, ...).
 */
function descriptionAfter(index: SearchIndex, p: number, at: number): number[] {
  const { tokens, tokenOffsets, vocabulary } = index;
  const { text } = index.passages[p]!;
  let start = at + 1;
  const terms: number[] = [];
  if (
    start + 1 < index.tokenStart[p + 1]! &&
    /^\s+$/.test(text.slice(index.tokenEnd(at), tokenOffsets[start]!)) &&
    !isCapitalAt(text, tokenOffsets[start]!) &&
    lexicon().mostlyNoun(vocabulary.word(tokens[start]!)) &&
    SETS_OFF.test(text.slice(index.tokenEnd(start), tokenOffsets[start + 1]!))
  ) {
    const termId = vocabulary.termOf(tokens[start]!);
    if (termId >= 0) terms.push(termId);
    start++;
  }
  const limit = Math.min(index.tokenStart[p + 1]!, start + MAX_APPOSITIVE_WORDS);
  if (start >= limit || !SETS_OFF.test(text.slice(index.tokenEnd(start - 1), tokenOffsets[start]!))) return terms;
  const setOffAfter = (k: number) =>
    APPOSITIVE_END.test(text.slice(index.tokenEnd(k), k + 1 < limit ? tokenOffsets[k + 1]! : text.length));
  let end = start + 1;
  while (end < limit && !setOffAfter(end - 1)) end++;
  // It must end where it is set off, not run on into the sentence.
  if (!setOffAfter(end - 1)) return terms;
  let describes = DESCRIPTION_OPENERS.has(vocabulary.word(tokens[start]!));
  for (let k = start; k < end && !describes; k++) describes = POSTS.has(vocabulary.word(tokens[k]!));
  if (!describes) return terms;
  for (let k = start; k < end; k++) {
    const termId = vocabulary.termOf(tokens[k]!);
    if (termId >= 0) terms.push(termId);
  }
  return terms;
}

// "the president", "the NATO chief": a post at most this many words after "the".
const POST_AFTER_THE = 3;

/**
 * The names of those the passage calls by their post ("the president said"): each name the
 * lead or the two paragraphs before it title with that post ("Armenian President Serzh
 * Sarkisian": serzh, sarkisian), or, for "the chief", "the head", with any post heading a body
 * ("NATO Secretary General Jens Stoltenberg"). Words between "the" and the post must be of the
 * title too: "the NATO chief" is Stoltenberg, not the Armenian president.
 */
function namesByPost(index: SearchIndex, passage: number, lead: number): ReadonlySet<number> {
  const { tokens, tokenOffsets, vocabulary } = index;
  const { text } = index.passages[passage]!;
  const from = index.tokenStart[passage]!;
  const referring: Array<{ post: string; qualifiers: string[] }> = [];
  for (let at = from; at < index.tokenStart[passage + 1]!; at++) {
    const post = vocabulary.word(tokens[at]!);
    if (!POSTS.has(post) || isCapitalAt(text, tokenOffsets[at]!)) continue;
    for (let k = at - 1; k >= Math.max(from, at - POST_AFTER_THE); k--) {
      if (vocabulary.word(tokens[k]!) !== 'the') continue;
      const qualifiers: string[] = [];
      for (let q = k + 1; q < at; q++) qualifiers.push(vocabulary.word(tokens[q]!));
      referring.push({ post, qualifiers });
      break;
    }
  }
  if (referring.length === 0) return NO_TERMS;
  let names: Set<number> | undefined;
  const read = (p: number) => {
    const paragraph = index.passages[p]!.text;
    const first = index.tokenStart[p]!;
    const last = index.tokenStart[p + 1]!;
    const joined = (k: number) =>
      isCapitalAt(paragraph, tokenOffsets[k]!) && joinsName(paragraph, index.tokenEnd(k - 1), tokenOffsets[k]!);
    for (let at = first; at < last; at++) {
      if (!POSTS.has(vocabulary.word(tokens[at]!)) || !isCapitalAt(paragraph, tokenOffsets[at]!)) continue;
      // The title around the post, and the name it gives: "NATO Secretary General Jens Stoltenberg".
      let runStart = at;
      while (runStart > Math.max(first, at - MAX_TITLE_WORDS) && joined(runStart)) runStart--;
      if (!isCapitalAt(paragraph, tokenOffsets[runStart]!)) runStart++;
      let runEnd = at + 1;
      while (runEnd < Math.min(last, at + 1 + MAX_TITLE_WORDS) && joined(runEnd)) runEnd++;
      const title: string[] = [];
      for (let k = runStart; k < runEnd; k++) title.push(vocabulary.word(tokens[k]!));
      const heads = title.some((word) => HEADING_POSTS.has(word));
      const titled = referring.some(
        ({ post, qualifiers }) =>
          (title.includes(post) || (heads && HEAD_WORDS.has(post))) && qualifiers.every((word) => title.includes(word)),
      );
      if (!titled) continue;
      for (let k = at + 1; k < runEnd; k++) {
        const word = vocabulary.word(tokens[k]!);
        const termId = vocabulary.termOf(tokens[k]!);
        if (termId >= 0 && !POSTS.has(word) && lexicon().zipf(word) <= MAX_NAME_ZIPF) (names ??= new Set()).add(termId);
      }
    }
  };
  if (lead < passage - PASSAGES_BACK) read(lead);
  for (let p = Math.max(lead, passage - PASSAGES_BACK); p < passage; p++) read(p);
  return names ?? NO_TERMS;
}

const nounsByParagraph = new WeakMap<SearchIndex, Map<number, ReadonlySet<number>>>();

/**
 * The terms of a paragraph's words that can name a thing (see Lexicon.canBeNoun): worked out once
 * per paragraph. Most are leads, which every paragraph after them reads; the others come before a
 * paragraph pointing back at them ("In return, ...").
 */
function paragraphNouns(index: SearchIndex, paragraph: number): ReadonlySet<number> {
  let cache = nounsByParagraph.get(index);
  if (!cache) nounsByParagraph.set(index, (cache = new Map()));
  let nouns = cache.get(paragraph);
  if (nouns) return nouns;
  const found = new Set<number>();
  for (let at = index.tokenStart[paragraph]!; at < index.tokenStart[paragraph + 1]!; at++) {
    const wordId = index.tokens[at]!;
    const termId = index.vocabulary.termOf(wordId);
    if (termId >= 0 && !found.has(termId) && lexicon().canBeNoun(index.vocabulary.word(wordId))) found.add(termId);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(paragraph, (nouns = found));
  return nouns;
}

/**
 * Whether the passage speaks of something as "the <noun>" or "this <noun>", a few words
 * describing it allowed between ("the most deadly terrorist attack"), with a word of the story
 * (`inStory`: the title's words, the names before it and the lead's nouns): news names its event
 * or thing once, in the headline or the lead, and then says "the attack", "this attack", "the
 * museum". Not "the White House", a name of its own. ("That" is left out: as often it opens
 * what was said, "said that better relations ...", as it points back.) `pointsAt` tells the words
 * that open such a reference (the determiners above unless it says otherwise).
 */
function refersToStory(
  index: SearchIndex,
  passage: number,
  inStory: (termId: number) => boolean,
  pointsAt: (index: SearchIndex, at: number, from: number) => boolean = opensStoryReference,
): boolean {
  const { text } = index.passages[passage]!;
  const { tokens, tokenOffsets, vocabulary } = index;
  const from = index.tokenStart[passage]!;
  const last = index.tokenStart[passage + 1]!;
  for (let at = from + 1; at < last; at++) {
    if (!pointsAt(index, at - 1, from)) continue;
    // The noun may come after words that describe it: "the most deadly terrorist attack".
    for (let k = at; k < last && k <= at + MAX_DESCRIBING_WORDS; k++) {
      // A mark between words ends the phrase: "the council, fire crews said" speaks of no fire.
      if (k > at && /[^\s\p{L}\p{N}'’-]/u.test(text.slice(tokenOffsets[k - 1]!, tokenOffsets[k]!))) break;
      const wordId = tokens[k]!;
      const termId = vocabulary.termOf(wordId);
      if (termId < 0) {
        if (!DEGREE_WORDS.has(vocabulary.word(wordId))) break;
        continue;
      }
      if (inStory(termId) && !isCapitalAt(text, tokenOffsets[k]!) && lexicon().canBeNoun(vocabulary.word(wordId)))
        return true;
    }
  }
  return false;
}
// How many words may describe a noun after "the" ("the most deadly terrorist attack"), and the
// function words that may be among them.
const MAX_DESCRIBING_WORDS = 3;
const STORY_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those']);
const DEGREE_WORDS: ReadonlySet<string> = new Set(['most', 'more', 'very', 'same', 'only', 'other']);

const opensStoryReference = (index: SearchIndex, at: number) =>
  STORY_DETERMINERS.has(index.vocabulary.word(index.tokens[at]!));
// "this law", "those talks", and "that" after a preposition ("in that law"), where it points back
// rather than opening what was said ("said that ...").
const POINTERS: ReadonlySet<string> = new Set(['this', 'these', 'those']);
const BEFORE_POINTING_THAT: ReadonlySet<string> = new Set(
  'in of on at to for with by from about under after before against'.split(' '),
);

/** Whether the word at token `at`, in a passage starting at token `from`, points back at something told before. */
function opensPointer(index: SearchIndex, at: number, from: number): boolean {
  const word = index.vocabulary.word(index.tokens[at]!);
  if (POINTERS.has(word)) return true;
  return word === 'that' && at > from && BEFORE_POINTING_THAT.has(index.vocabulary.word(index.tokens[at - 1]!));
}

// "Obama administration officials said": the words naming a speaker, right before the verb.
const MAX_SPEAKER_WORDS = 5;
const BETWEEN_SPEAKER_AND_VERB: ReadonlySet<string> = new Set(['also', 'have', 'has', 'had', 'later']);
// A mark between two words ends the phrase naming the speaker ("In an interview, Mr Obama said").
const PHRASE_BREAK = /[^\s\p{L}\p{N}'’-]/u;

/**
 * The terms naming the last speaker of the paragraph before, where this passage opens with a
 * pronoun as its subject: the words right before that paragraph's last verb of saying that has
 * words before it in its own phrase ("Obama administration officials said": obama,
 * administration, officials). None when the speaker comes after the verb ("said Mr. Reeves"),
 * whose name the document context holds already.
 */
function speakerBefore(index: SearchIndex, passage: number): ReadonlySet<number> {
  if (!goesOnFromBefore(index.passages[passage]!.text)) return NO_TERMS;
  const before = passage - 1;
  const { text } = index.passages[before]!;
  const { tokens, tokenOffsets, vocabulary } = index;
  const from = index.tokenStart[before]!;
  for (let at = index.tokenStart[passage]! - 1; at > from; at--) {
    if (!saysAt(index, tokens[at]!)) continue;
    let speaker: Set<number> | undefined;
    // The one who speaks stands right before the verb ("officials said", "officials have also
    // said"); after "to" or "and" ("went on to talk") the verb has its subject further back.
    let head = at - 1;
    while (head > from && BETWEEN_SPEAKER_AND_VERB.has(vocabulary.word(tokens[head]!))) head--;
    if (vocabulary.termOf(tokens[head]!) < 0) continue;
    for (let k = head; k >= Math.max(from, at - MAX_SPEAKER_WORDS); k--) {
      if (PHRASE_BREAK.test(text.slice(index.tokenEnd(k), tokenOffsets[k + 1]!))) break;
      const termId = vocabulary.termOf(tokens[k]!);
      if (termId >= 0 && !saysAt(index, tokens[k]!)) (speaker ??= new Set()).add(termId);
    }
    if (speaker) return speaker;
  }
  return NO_TERMS;
}

// "I", "me", "my" outside quotation marks: the writer speaking. (A quotation's are its speaker's.)
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b/;
const QUOTATION = /“[^”]*”|"[^"]*"/g;
// The words a question uses for whoever wrote a report.
const WRITER_WORDS = ['reporter', 'interviewer', 'journalist', 'correspondent', 'writer'];
// "the BBC's North America editor Jon Sopel": the publisher's, a few words, a post, the name.
const WRITER_POSTS = 'editor|correspondent|reporter|journalist|writer|columnist';
const TITLED_WRITER = new RegExp(
  `(?:^|\\s)([\\p{Lu}][\\p{L}&.-]*)['’]s(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${WRITER_POSTS})\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`,
  'gu',
);
const writersByDocument = new WeakMap<SearchIndex, Map<string, ReadonlySet<number>>>();

/** Whether a paragraph speaks in the writer's voice: "I" or "me" outside quotation marks. */
export function inWritersVoice(text: string): boolean {
  return FIRST_PERSON.test(text) && FIRST_PERSON.test(text.replace(QUOTATION, ' '));
}

/**
 * The terms naming the writer of a passage's document: the words for a reporter, and the name its
 * publisher titles as its own ("the BBC's North America editor Jon Sopel", the publisher being
 * "BBC News"), wherever the document gives it. Worked out once per document.
 */
function writerOf(index: SearchIndex, passage: number): ReadonlySet<number> {
  const { document } = index.passages[passage]!;
  let cache = writersByDocument.get(index);
  if (!cache) writersByDocument.set(index, (cache = new Map()));
  let writer = cache.get(document.id);
  if (writer) return writer;
  const found = new Set<number>();
  addTermsOf(index, WRITER_WORDS.join(' '), found);
  const publisher = new Set(document.publisher.toLowerCase().split(/\s+/));
  for (let p = index.leadOf(passage); p < index.documentEndOf(passage); p++) {
    for (const match of index.passages[p]!.text.matchAll(TITLED_WRITER)) {
      if (publisher.has(match[1]!.toLowerCase())) addTermsOf(index, match[2]!, found);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(document.id, (writer = found));
  return writer;
}

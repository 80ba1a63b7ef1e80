import { MAX_ACRONYM_LENGTH } from './acronyms.js';
import { exchangedForSpan } from './exchange.js';
import { lexicon } from './lexicon.js';
import { memoised } from './memo.js';
import { foldWord, tokenize } from './text.js';
import { commonWordMeant, isOneSlipAway } from './typing-slips.js';
import {
  FRAME_WORDS,
  KIND_NOUNS,
  POSTS,
  QUESTION_WORDS,
  REPORTING_WORDS,
  STOP_WORDS,
  YES_NO_OPENERS,
} from './word-lists.js';

/**
 * Chat shorthand for ordinary English words, as people type it in a chat. General English,
 * never about one article; the expansion is read like any other word.
 */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    abt: 'about',
    wrt: 'regarding',
    bout: 'about',
    bc: 'because',
    bcuz: 'because',
    cuz: 'because',
    coz: 'because',
    ppl: 'people',
    govt: 'government',
    gov: 'government',
    hq: 'headquarters',
    prez: 'president',
    admin: 'administration',
    pres: 'president',
    intl: 'international',
    info: 'information',
    tho: 'though',
    thru: 'through',
    wat: 'what',
    wut: 'what',
    wot: 'what',
    yr: 'year',
    yrs: 'years',
    wk: 'week',
    wks: 'weeks',
    mins: 'minutes',
    conf: 'conference',
    mil: 'military',
    // Months as dates are written in a hurry ("in feb 2017"); not "mar" or "may", which are words.
    jan: 'january',
    feb: 'february',
    apr: 'april',
    jun: 'june',
    jul: 'july',
    aug: 'august',
    sep: 'september',
    sept: 'september',
    oct: 'october',
    nov: 'november',
    dec: 'december',
    // Contractions typed without their apostrophe: "hed" is "he'd", not a topic word.
    hed: 'he',
    hes: 'he',
    shes: 'she',
    youd: 'you',
    theyd: 'they',
    itd: 'it',
    itll: 'it',
    youll: 'you',
    theyll: 'they',
    mightve: 'might',
    couldve: 'could',
    shouldve: 'should',
    wouldve: 'would',
    mustve: 'must',
    // Spoken forms chat writes as one word: "lemme know", "gimme the number", "whatcha think".
    lemme: 'let',
    gimme: 'give',
    whatcha: 'what',
    yall: 'you',
    aint: 'is',
    mebbe: 'maybe',
    // And more shorthand of the same kind.
    b4: 'before',
    smth: 'something',
    sth: 'something',
    smb: 'somebody',
    bcs: 'because',
    becuz: 'because',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    yday: 'yesterday',
    natl: 'national',
    dept: 'department',
    approx: 'approximately',
    esp: 'especially',
    msg: 'message',
    // Words spelt as they sound: "some harvard center rite" ends on "right".
    rite: 'right',
    nite: 'night',
    tonite: 'tonight',
  }),
);

/** The question words as a regular expression's alternatives. */
const QUESTION_WORD_ALTERNATIVES = [...QUESTION_WORDS].join('|');
/**
 * "what's", "whats", "who's": a question word and "is". Read as one word, "what's NATO's role"
 * would pass for "what NATO", as if NATO were the kind of answer wanted and not the topic.
 */
const QUESTION_WORD_IS = /\b(what|wat|who|where|when|how)(?:['\u2019]s|s)\b/gi;
/**
 * Question words chat shortens or mistypes, found in one pass: "what'd", "who'd" ("did": a
 * question word's "'d" is rarely "had" or "would"), "what'll" ("will"), "were did ...", "were
 * is ..." opening a question ("where", typed as the word it sounds like), "wen did ..." ("when":
 * elsewhere a word of its own, "the wen"), "tl;dr".
 */
const QUESTION_WORD_TYPED =
  /\b(what|who|where|when|why|how)['\u2019](d|ll)\b|(^\s*|[.!?]\s+)(were|wen)(?=\s+(?:did|does|do|is|are|was|will|can|could|should)\b)|\btl;dr\b/gi;
/**
 * "dose" for "does" after a question word ("where dose he work", "how many troops dose it send"):
 * the noun is asked as "what dose" or "which dose", and comes after "a", "the", "high".
 */
const DOSE_FOR_DOES = /\b(who|where|when|why|how|how (?:many|much) [\p{L}\p{N}]+)(\s+)dose\b/giu;
const asTyped = (_typed: string, word?: string, ending?: string, before?: string, slip?: string) => {
  if (word !== undefined) return `${word} ${ending === 'd' ? 'did' : 'will'}`;
  if (before !== undefined) return `${before}${slip!.toLowerCase() === 'wen' ? 'when' : 'where'}`;
  return 'tldr ';
};

/**
 * What stands before a question and is no part of it, blanked (not cut, so that the words after
 * it keep their places); left in, its words would count as unmatched topic words and sink the
 * confidence. Any of them, one after another ("@citebot 1. who ..."):
 * - a list number, the question copied from a list or numbered by its asker ("1. who ...",
 *   "Q2: ...", "3) ...", "#4 ...") or labelled ("Question: ...", "quick question, ..."). A number that is part of the
 *   question ("5 soldiers were killed where?", "2017: who ...", "Q4 profits") has no such mark or
 *   too many digits;
 * - whom a chat message greets ("hey bot, ...", "hi all: ...") or is addressed to ("@citebot").
 *   A name the knowledge uses is a word of the question ("hey Turkey, ...", "@realDonaldTrump
 *   called it what?"), and stays.
 */
const LIST_NUMBER =
  /\s*(?:(?:q(?:uestion)?\s*)?#?\d{1,3}\s*[.):\]](?!\d)|#\d{1,3}(?=\s|$)|(?:(?:quick|serious|honest|dumb|stupid|silly|random|noob|simple|small|basic|side|another|last|real|genuine)\s+)?(?:question|q)\s*[:,])/iuy;
const GREETING = /(\s*(?:hey|hi|hello|yo|oi)\s+)([\p{L}\p{N}_-]{1,32})(\s*[,:!])/iuy;
const ADDRESSEE = /(\s*@)([\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*)/uy;
// More than this many lead-ins is no greeting or list: what follows is read as it is.
const MAX_LEAD_INS = 8;

function withoutLeadIns(question: string, isKnown: (word: string) => boolean): string {
  // Matched where the last one ended (sticky), the text blanked once: linear in the question.
  let end = 0;
  for (let count = 0; count < MAX_LEAD_INS; count++) {
    const number = stickyMatch(LIST_NUMBER, question, end);
    const named = number ? null : (stickyMatch(GREETING, question, end) ?? stickyMatch(ADDRESSEE, question, end));
    if (number) end += number[0].length;
    else if (named && !isKnown(foldWord(named[2]!))) end += named[0].length;
    else break;
  }
  return end === 0 ? question : ' '.repeat(end) + question.slice(end);
}

/** A sticky pattern's match starting exactly at `at` of the text, or null. */
function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Chat filler that carries nothing: read as if it were not there. */
const CHAT_FILLER: ReadonlySet<string> = new Set(
  'lol lmao lmfao rofl haha hahaha hehe xd xdd omg idk tbh btw fyi lmk tia imo imho thx ty ok okay hey hi hello guys mate dude fam bro bruh yeah yep nope nah ngl smh ikr hmm um uh pls plz rn bot id gracias merci danke bitte amigo amiga habibi fr frfr srsly rly istg ong deadass qq eli5 dunno nvm ofc afaik iirc tbf jk wtf tf hella innit obvs defo prolly probs kk okk hmu sorta kinda gotcha aka asap yo sup lowkey highkey basically honestly alright aight srs etc welp hiya heya'.split(
    ' ',
  ),
);
/**
 * Chat asides that carry nothing about the topic: "(asking for a friend)", "just curious", "i
 * wonder", blanked wherever they stand. English at large, never one article's words. (No `u`
 * flag, here and in THANKS: its letters need none, and with it the scan of every question took
 * four times as long.)
 */
const ASIDES =
  /\b(?:asking for a friend|just (?:curious|wondering)|(?:i'?m|i am) (?:just )?curious|out of curiosity|i (?:was )?wonder(?:ing)?|(?:thanks|thx|ty) in advance|real talk|real quick|random (?:question )?but|sorry if (?:this is )?(?:a )?(?:dumb|stupid|silly|noob) (?:question|q)(?: but)?|sorry to (?:bug|bother|ask)(?: (?:you|u|y'?all|again))?,? but|refresh my memory|remind me|i forgot|i missed (?:this|that|it)|quick q(?:uestion)?|(?:a )?question for (?:the |u |you )?bot|one (?:more|last) thing|last (?:one|question|q)\b(?=\s*[:,])|hold on|any idea|(?:pls|plz|please) help|if (?:any ?one|you) knows?|por favor|s'il (?:te|vous) pla[iî]t|danke sch(?:ö|oe?)n)\b/gi;
/**
 * Thanks before the question or after its end ("thanks! who ...", "... ? thanks in advance"):
 * "did he thank them", "thanks to NATO, what ...", "who gave thanks" keep it. (It looks back over
 * a few spaces at most: over any number, a long blank run was read again at each place.)
 */
const THANKS =
  /^\s*(?:thanks|thank you|cheers)(?!\s+to\b)[\s!,.]+|(?<=[?!.,]\s{0,8})(?:(?:thanks|thank you|cheers)(?: (?:a lot|so much|in advance))?|(?:much |very much )?appreciated|appreciate it)[\s!.]*$/gi;
/**
 * Prepositions of several words whose noun names no topic: "in terms of casualties", "with regard
 * to the plan", "in light of the attack" ask about casualties, the plan, the attack. Read as their
 * noun, "terms", "regard" and "relation" weighed as much as the topic and went unmatched. English
 * at large; not those whose noun says something ("in exchange for", "in response to", "in charge
 * of"), which a passage may say in other words.
 */
const COMPLEX_PREPOSITIONS =
  /\b(?:in terms of|with regards? to|in regards? to|as regards|with respect to|in respect (?:of|to)|in relation to|with reference to|in reference to|by means of|by way of|in view of|in (?:the )?light of|on account of|in spite of|for the sake of|in addition to)\b/gi;
/** A web address pasted into a question ("... https://example.org/a/1.html"): its words name no topic. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;
/** An acronym written with dots ("I.P.A.P."), read as the acronym where the knowledge uses it. */
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}(?:\p{L}\b)?/gu;
/** Emoticons whose letters or digits would pass for words: "<3", "</3", ":3", ":D", ":P", "!!1"; "xD" is filler. */
const EMOTICON = /(?<=^|\s)(?:<\/?3+|[:;=]-?[3DPpOo]|D:)(?=\s|$|[.,!?])|(?<![1!])!+1[1!]*(?=\s|$)/g;
const blank = (found: string) => ' '.repeat(found.length);

/**
 * The question without what chat wraps around it (see THANKS, ASIDES, WEB_ADDRESS, EMOTICON) nor the
 * prepositions of several words that name nothing (COMPLEX_PREPOSITIONS), and
 * with dotted acronyms the knowledge uses joined. Each pattern is looked for only where a
 * character it needs is in the question: most questions have none, and are read at no cost.
 */
function withoutChatWrapping(question: string, isKnown: (word: string) => boolean): string {
  let text = question.replace(THANKS, blank).replace(ASIDES, blank).replace(COMPLEX_PREPOSITIONS, blank);
  if (text.includes('://') || text.includes('www.')) text = text.replace(WEB_ADDRESS, blank);
  if (text.includes('.')) {
    text = text.replace(DOTTED_ACRONYM, (acronym) => {
      // Only as an acronym the knowledge uses: "i.e." and "e.g." stay letters, which weigh nothing.
      const joined = acronym.replace(/\./g, '');
      return isKnown(joined.toLowerCase()) ? `${joined}${' '.repeat(acronym.length - joined.length)}` : acronym;
    });
  }
  return EMOTICON_CHARACTER.test(text) ? text.replace(EMOTICON, blank) : text;
}
const EMOTICON_CHARACTER = /[:;=<!]/;

/** A letter typed three times or more, to stretch a word: "sooo", "whereeee", "restraintttt". */
const STRETCHED = /(\p{L})\1{2,}/gu;

/**
 * A stretched word as meant: with the letter once ("so", "where") if that is a word the knowledge
 * or English uses, else twice ("cool" from "cooool"), which spelling slips then match.
 */
function unstretched(word: string, isKnown: (word: string) => boolean): string {
  // A word the knowledge uses is spelt so ("Schifffahrt"), and three letters are an acronym ("AAA").
  if (word.length < 4 || !STRETCHED.test(word) || isKnown(word)) return word;
  STRETCHED.lastIndex = 0;
  const once = word.replace(STRETCHED, '$1');
  const isWord = (candidate: string) =>
    isKnown(candidate) || STOP_WORDS.has(candidate) || lexicon().zipf(candidate) > 0;
  return isWord(once) ? once : word.replace(STRETCHED, '$1$1');
}

export interface QuestionWord {
  /** The folded word as the engine reads it (shorthand expanded, a misspelt function word corrected). */
  word: string;
  /** Where it stands in the question text. */
  start: number;
  /** 1 for the words of the sentence that asks; less for the chatter around it. */
  focus: number;
  /** Which clause of the question it stands in: they are counted at each , ; : sentence end and dash. */
  clause: number;
  /**
   * Whether it stands in what may be the asker's guess at the answer, after the ask's last comma
   * ("how many troops does it send, 130?", "who blamed them, iran or turkey").
   */
  guessing: boolean;
}

/**
 * Words of a long question outside the sentence that asks weigh this much: context, not the ask.
 * Fitted with the constants of DESIGN.md section 4 ("Constants fitted on the tuning sets").
 */
const CHATTER_FOCUS = 0.42;
/**
 * The story told before the ask in the same sentence weighs more: it often names what the ask
 * refers to ("... the church shooting - what did he say about his options after that?"). It is
 * not the ask either: the confidence counts the ask alone (focus 1).
 */
const STORY_IN_ASK_FOCUS = 0.7;

/**
 * The words of a question as the engine should read them: chat shorthand expanded ("w/",
 * "abt"), misspelt function words corrected ("whta", "hte") so they do not pass for unmatched
 * topic words, and each word's focus (the sentence that asks leads; the story around it is
 * context). `isKnown` says whether the knowledge uses a word, which is then never "corrected".
 */
export function readQuestionWords(
  question: string,
  isKnown: (word: string) => boolean,
  /** How each word was read before with the same `isKnown` (null: filler), kept by the caller. */
  readBefore?: Map<string, string | null>,
  /** The words of the name an acronym stands for in the knowledge (see acronyms.ts). */
  longFormOf?: (acronym: string) => readonly string[] | undefined,
): QuestionWord[] {
  // Typed all in capitals, "US" is as likely the pronoun ("TELL US MORE"): read in lower case,
  // where "the us" is still the country. The country's lower-case forms are read before dotted
  // acronyms are joined: "u.s." would be the pronoun "us" in a knowledge that uses it.
  const cased = /\p{Ll}/u.test(question) ? question : question.toLowerCase();
  const unitedStates = cased.replace(UNITED_STATES_IN_LOWER_CASE, (typed) =>
    typed.toLowerCase() === 'usa' && isKnown('usa') ? typed : 'US'.padEnd(typed.length),
  );
  let text = withoutChatWrapping(withoutLeadIns(unitedStates, isKnown), isKnown)
    .replace(/\b[wW]\/[oO]\b/g, 'without')
    .replace(/\b[wW]\/(?=\s|\p{L}|$)/gu, 'with ')
    .replace(QUESTION_WORD_IS, '$1 is')
    .replace(QUESTION_WORD_TYPED, asTyped);
  if (text.includes('2')) text = text.replace(TWO_FOR_TO, 'to');
  if (/wait/i.test(text)) text = text.replace(WAIT_BEFORE_ASK, (typed) => ' '.repeat(typed.length));
  if (/dose/i.test(text)) text = text.replace(DOSE_FOR_DOES, '$1$2does');
  if (MAY_ABBREVIATE.test(text)) {
    for (const [pattern, meaning, abbreviation] of CHAT_PHRASES) {
      if (!isKnown(abbreviation)) text = text.replace(pattern, meaning);
    }
  }
  const focusAt = askFocus(text);
  const pointingBack = /side/i.test(text)
    ? [...text.matchAll(THE_SIDES)].map((found) => found.index + found[1]!.length)
    : [];
  const guessFrom = guessStart(text);
  const breaks = clauseBreaks(text);
  let nextBreak = 0;
  const words: QuestionWord[] = [];
  const tokens = tokenize(text);
  for (let t = 0; t < tokens.length; t++) {
    let { word: typed } = tokens[t]!;
    const { start } = tokens[t]!;
    // "mid term", "de-mining", "counter terrorism": one word of the knowledge typed as two.
    const joined = joinedWord(tokens, t, text, isKnown);
    if (joined !== undefined) {
      typed = joined;
      t++;
    }
    let read = readBefore?.get(typed);
    if (read === undefined) {
      const word = unstretched(typed, isKnown);
      read = CHAT_FILLER.has(word) && !isKnown(word) ? null : readWord(word, isKnown);
      readBefore?.set(typed, read);
    }
    while (nextBreak < breaks.length && breaks[nextBreak]! < start) nextBreak++;
    if (read === null) continue;
    // "which contries", "what citys": the noun naming the kind of answer, misspelt, is read
    // as the word meant, which says what is asked for (a place, a name, a number).
    if (read === typed && ANSWER_DETERMINER_WORDS.has(words.at(-1)?.word ?? '') && !isKnown(read))
      read = commonWordMeant(read) ?? read;
    // "whats the popluation of tunisia": a misspelt noun saying what kind of answer is wanted is
    // read as the word meant, wherever it stands.
    else if (read === typed && !isKnown(read)) read = kindNounMeant(read) ?? read;
    const focus = pointingBack.includes(start) ? Math.min(CHATTER_FOCUS, focusAt(start)) : focusAt(start);
    const guessing = start >= guessFrom;
    const name =
      read === typed && longFormOf && mayBeAcronym(text, start, typed, isKnown) ? longFormOf(typed) : undefined;
    if (name === undefined) words.push({ word: read, start, focus, clause: nextBreak, guessing });
    else for (const word of name) words.push({ word, start, focus, clause: nextBreak, guessing });
  }
  askAboutTheAcronym(text, words);
  return words;
}

// Nouns by which an ask points back at an acronym the story gave ("what does the acronym stand for").
const ACRONYM_NOUNS: ReadonlySet<string> = new Set(['acronym', 'acronyms', 'abbreviation', 'initialism', 'initials']);
const TYPED_AS_ACRONYM = /[A-Z][A-Z0-9]{1,5}(?![\p{L}\p{N}])/uy;

/**
 * "... something called an IPAP in today's lecture ... What does the acronym stand for?": the
 * ask is about the acronym the story typed in capitals, which it then asks as its own word.
 */
function askAboutTheAcronym(text: string, words: QuestionWord[]): void {
  if (!words.some((word) => word.focus === 1 && ACRONYM_NOUNS.has(word.word))) return;
  for (const word of words) {
    if (word.focus === 1) continue;
    TYPED_AS_ACRONYM.lastIndex = word.start;
    if (TYPED_AS_ACRONYM.test(text)) word.focus = 1;
  }
}

/**
 * Whether the word typed at `start` may be an acronym of a name the knowledge spells out ("icc",
 * "ICC"): one it does not use itself, no function word, of two letters only when typed in
 * capitals ("UN"; "un", "im", "bc" are chat), and, typed in lower case, no common English word
 * ("bat", "cat" are not acronyms; "fbi" and "nato" are as common as English gets for them).
 */
function mayBeAcronym(text: string, start: number, word: string, isKnown: (word: string) => boolean): boolean {
  if (word.length < 2 || word.length > MAX_ACRONYM_LENGTH || !/^[a-z]+$/.test(word)) return false;
  if (STOP_WORDS.has(word) || CHAT_SHORTHAND.has(word) || isKnown(word)) return false;
  const typed = text.slice(start, start + word.length);
  if (typed === typed.toUpperCase()) return true;
  return word.length > 2 && lexicon().zipf(word) < MAX_LOWER_CASE_ACRONYM_ZIPF;
}
const MAX_LOWER_CASE_ACRONYM_ZIPF = 3.5;

/**
 * The word the knowledge uses that the question's word at `t` and the next one make together,
 * typed apart or with a hyphen ("mid term", "de-mining" for "midterm", "demining"): only where
 * the two are not both words of the knowledge themselves ("health care" stays two).
 */
function joinedWord(
  tokens: readonly { word: string; start: number }[],
  t: number,
  text: string,
  isKnown: (word: string) => boolean,
): string | undefined {
  const first = tokens[t]!;
  const second = tokens[t + 1];
  const gap = first.start + first.word.length;
  if (!second || second.start !== gap + 1 || (text[gap] !== ' ' && text[gap] !== '-')) return undefined;
  // Not "i ran" for "iran", "a part" for "apart", "to day" for "today".
  if (first.word.length < 2 || second.word.length < 2 || STOP_WORDS.has(first.word)) return undefined;
  if (isKnown(first.word) && isKnown(second.word)) return undefined;
  const joined = first.word + second.word;
  return isKnown(joined) ? joined : undefined;
}

/**
 * Chat abbreviations of more than one word, and numbers typed with their unit ("19ppl", "15pct"):
 * read as meant where the knowledge does not use the abbreviation itself. Left as typed, each is
 * a topic word no passage holds ("what did the tunisian pm say" abstained, "prime minister"
 * answered at 0.94).
 */
const CHAT_PHRASES: ReadonlyArray<readonly [pattern: RegExp, meaning: string, abbreviation: string]> = [
  [/\bacc\.? to\b/gi, 'according to', 'acc'],
  // Not the afternoon: "at 3 pm", "10:30pm". (One space at most: a look back over any number
  // of them would read a long blank run again at each place.)
  [/(?<![0-9:] ?)\bpm\b/gi, 'prime minister', 'pm'],
  [/\bpotus\b/gi, 'president', 'potus'],
  [/\bsec(?:retary)?[ -]?gen\b/gi, 'secretary general', 'secgen'],
  [/\bwknd\b/gi, 'weekend', 'wknd'],
  [/\b([0-9]+)ppl\b/gi, '$1 people', 'ppl'],
  [/\b([0-9]+) ?pct\b/gi, '$1 percent', 'pct'],
  [/\b([0-9]+) ?mil\b/gi, '$1 million', 'mil'],
  [/\b([0-9]+)ish\b/gi, '$1', 'ish'],
  [/\b([0-9]+) ?(?:mo|mos|mths?)\b/gi, '$1 months', 'mo'],
  [/\b([0-9]+)(?:yrs?)\b/gi, '$1 years', 'yrs'],
  [/\b([0-9]+)(?:hrs?)\b/gi, '$1 hours', 'hrs'],
  [/\b([0-9]+)(?:wks?)\b/gi, '$1 weeks', 'wks'],
  // A day written short after a word that dates it: "on sun" is Sunday, "the sun" is not.
  ...Object.entries({
    mon: 'monday',
    tue: 'tuesday',
    tues: 'tuesday',
    wed: 'wednesday',
    thu: 'thursday',
    thur: 'thursday',
    thurs: 'thursday',
    fri: 'friday',
    sat: 'saturday',
    sun: 'sunday',
  }).map(
    ([short, day]) =>
      [new RegExp(`\\b(on|last|next|this|since|by|until|till)\\s+${short}\\b`, 'gi'), `$1 ${day}`, short] as const,
  ),
];
// Whether a question may hold one of them: most hold none, and are read past them at one look.
const MAY_ABBREVIATE =
  /\b(?:acc|pm|potus|sec(?:gen)?|secretary(?:gen)?|wknd|mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\b|[0-9] ?(?:ppl|pct|mil|ish|mos?|mths?|yrs?|hrs?|wks?)\b/i;

/**
 * "u.s.", "u.s", "usa", "united states" typed in lower case: the country too, as the tokenizer
 * reads it written as a name; "us" only after "the" (no one says "the us" of themselves); "usa"
 * not in a knowledge that uses the word (Spanish "usa", "uses").
 */
const UNITED_STATES_IN_LOWER_CASE = /\b(?:u\.s(?:\.a)?\.?|usa|united states|(?<=\bthe )us)(?![a-z0-9])/gi;

/**
 * "2" typed for "to" ("went 2 fight", "told both sides 2 do", "go 2 the museum"): after a word,
 * before a determiner or a verb that no count stands before. Left a number, it would be a number
 * the question states, and a topic word no passage holds. The blanks around it are bounded: where
 * filler was blanked, an unbounded look back would read the whole run again at every character.
 */
const TWO_FOR_TO =
  /(?<=\p{L}\s{1,3})2(?=\s{1,3}(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|do|be|get|go|see|make|take|keep|stop|help|fight|join|leave|say|come|give|find|know|talk|work|send|buy|sell|visit|meet|return|support|attack|win|vote|pay|live|stay|protect|defend)\b)/giu;

// "Both sides", "either side", "the two sides": the parties the story has named, pointed back at
// as a pronoun points back, not a topic of their own ("was it good for both sides").
const THE_SIDES = /\b((?:both|either|each|neither|the two|two|the other|opposing|warring|conflicting)\s+)sides?\b/giu;

/**
 * "wait how many were hurt", "wait, whats darfur": "wait" opening a sentence before a question
 * word only marks the asker's surprise. Before anything else it may be the ask itself ("wait was
 * his dad from kenya" asks yes or no; "how long did they wait").
 */
const WAIT_BEFORE_ASK = new RegExp(
  `(?<=^\\s*|[.!?]\\s+)wait\\b[\\s,.!:;-]*(?=(?:${QUESTION_WORD_ALTERNATIVES})\\b)`,
  'giu',
);

function readWord(word: string, isKnown: (word: string) => boolean): string {
  const expanded = CHAT_SHORTHAND.get(word);
  if (expanded !== undefined && !isKnown(word)) return expanded;
  if (STOP_WORDS.has(word) || word.length < 3 || isKnown(word)) return word;
  const zipf = lexicon().zipf(word);
  if (zipf === 0)
    return droppedG(word) ?? misspeltFunctionWord(word) ?? misspeltFrameWord(word) ?? postMeant(word, isKnown) ?? word;
  if (zipf < MAX_SLIP_ZIPF) {
    const post = postMeant(word, isKnown);
    if (post !== undefined) return post;
  }
  return isCommonSlip(word, zipf) ? (leftOutLetter(word) ?? word) : word;
}

/**
 * The "-ing" form a chat word drops its "g" from ("goin", "talkin", "nothin"), when that form is a
 * common English word and the word itself none: "Putin" and "Kremlin" stay.
 */
function droppedG(word: string): string | undefined {
  if (!word.endsWith('in')) return undefined;
  const full = `${word}g`;
  return lexicon().zipf(full) >= MIN_DROPPED_G_ZIPF ? full : undefined;
}
const MIN_DROPPED_G_ZIPF = 3.5;

/**
 * The post an unknown or rare word is a slip of, where the knowledge uses that post ("the prime
 * minster": minister, "presidnet"): like function words, posts are few, and a question names
 * someone by one. A common word is never taken for one ("major" stays, though "mayor" is a slip
 * away).
 */
function postMeant(word: string, isKnown: (word: string) => boolean): string | undefined {
  return firstSlipOf(word, POSTS_BY_LENGTH, isKnown);
}

/**
 * Slips typed so often that subtitles hold them ("wich", "hav", "coud", "afer"), where a function
 * word lost a letter: rare in English, and no word WordNet knows. Only a letter left out, the
 * commonest slip: one letter wrong or swapped as often makes a name ("amy", "otto", "vera").
 */
const MAX_SLIP_ZIPF = 2.5;
function isCommonSlip(word: string, zipf: number): boolean {
  if (zipf >= MAX_SLIP_ZIPF) return false;
  const words = lexicon();
  return words.related(word).length === 0 && !words.canBeNoun(word) && words.baseForms(word).length === 0;
}

function leftOutLetter(word: string): string | undefined {
  return FUNCTION_WORDS_BY_LENGTH.get(word.length + 1)?.find((candidate) => isOneSlipAway(word, candidate));
}

/** Words by their length, those of `minLength` letters and more: the candidates a slip may be of. */
function byLength(words: Iterable<string>, minLength = 0): ReadonlyMap<number, readonly string[]> {
  const lists = new Map<number, string[]>();
  for (const word of words) {
    if (word.length < minLength) continue;
    const list = lists.get(word.length) ?? [];
    list.push(word);
    lists.set(word.length, list);
  }
  return lists;
}
const POSTS_BY_LENGTH = byLength(POSTS);
const FUNCTION_WORDS_BY_LENGTH = byLength(STOP_WORDS, 3);
// Shorter ones are too near the words of a topic: "peice" is "peace" in a story on peace talks
// before it is "piece".
const FRAME_AND_REPORTING_WORDS_BY_LENGTH = byLength([...FRAME_WORDS, ...REPORTING_WORDS], 6);

/**
 * The word that frames a question or reports speech an unknown word is a slip of ("acording",
 * "anounce"): it weighs as little as that word, not in full as a name does.
 */
function misspeltFrameWord(word: string): string | undefined {
  return firstSlipOf(word, FRAME_AND_REPORTING_WORDS_BY_LENGTH);
}

/**
 * The first of `candidates` (by length) that `word` is one slip from and `accept` takes. A letter
 * left out is the commonest slip, and the likelier reading where two fit: "wher" is "where"
 * before it is "when", "whn" "when" before "who".
 */
function firstSlipOf(
  word: string,
  candidates: ReadonlyMap<number, readonly string[]>,
  accept: (candidate: string) => boolean = () => true,
): string | undefined {
  for (const length of [word.length + 1, word.length, word.length - 1]) {
    for (const candidate of candidates.get(length) ?? []) {
      if (accept(candidate) && isOneSlipAway(word, candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The function word an unknown word is a slip of: one letter missing ("wher", "whn"), two
 * swapped letters ("whta", "hte"), or one letter wrong or extra with the first letter right
 * ("whih", "whst"). Only for words no dictionary knows, so names and real words are never taken for
 * function words.
 */
function misspeltFunctionWord(word: string): string | undefined {
  return firstSlipOf(word, FUNCTION_WORDS_BY_LENGTH);
}

const ASKING_START =
  /^(?:who|whom|whose|what|which|since when|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/i;

// A sentence ends at . ! ? before a space, or at a line break; but see endsSentence.
const SENTENCE_END = /[.!?]+(?=\s|$)|\n/gu;
// An ask's opener after a full stop: "a photo op. did he ...".
const OPENS_ASK_AFTER = new RegExp(`^\\s+${ASKING_START.source.slice(1)}`, 'i');
// A word of one letter, or of two starting with a capital, or "vs", before a full stop: an initial
// or an abbreviation ("U.S.", "Mr.", "vs."). Case matters, so no 'i' flag.
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:\p{L}|\p{Lu}\p{L}|[vV][sS])$/u;

/**
 * Whether a match of SENTENCE_END at `at` ends a sentence. A full stop after an initial or a short
 * abbreviation ("U.S.", "Mr.", "vs.") does not, unless a question opens after it ("a photo op. did
 * he ..."); after a short word in lower case it does ("they're spinning it. from yerevan's side
 * ..."), and so does a question or exclamation mark after any word ("what about it? my dad
 * says...").
 */
function endsSentence(text: string, at: number, mark: string): boolean {
  if (mark.includes('?') || mark.includes('!')) return true;
  if (!ABBREVIATION_BEFORE.test(text.slice(Math.max(0, at - 3), at))) return true;
  return OPENS_ASK_AFTER.test(text.slice(at + mark.length, at + mark.length + 16));
}

/**
 * Focus by position: a question of several sentences asks in one of them (the last with a
 * question mark, else the last that opens like a question, else the last); the others are
 * chatter around it. A sentence that tells a story before its ask leads with the ask.
 */
function askFocus(text: string): (start: number) => number {
  const sentences: Array<{ start: number; end: number; text: string }> = [];
  // A piece of fewer than three words belongs with the sentence before it, or after it when it
  // opens the question ("Hi! ...").
  const boundary = SENTENCE_END;
  boundary.lastIndex = 0;
  let from = 0;
  // Words from `from` to the last boundary, counted once each: a run of short pieces ("! ! ! ...")
  // is not counted again at every boundary. No word spans a boundary.
  let counted = 0;
  let countedTo = 0;
  for (let match = boundary.exec(text); ; match = boundary.exec(text)) {
    if (match !== null && match[0] !== '\n' && !endsSentence(text, match.index, match[0])) continue;
    const end = match ? match.index + match[0].length : text.length;
    const piece = text.slice(from, end);
    counted += countWords(text.slice(countedTo, end));
    countedTo = end;
    const wordCount = counted;
    if (wordCount >= 3) {
      sentences.push({ start: from, end, text: piece });
      from = end;
      counted = 0;
    } else if (match === null && wordCount > 0 && sentences.length > 0) {
      const last = sentences.at(-1)!;
      sentences[sentences.length - 1] = { start: last.start, end, text: last.text + piece };
    } else if (match === null && wordCount > 0) {
      sentences.push({ start: from, end, text: piece });
    }
    if (match === null) break;
  }
  // Typed in a chat, the ask may have neither a question mark nor a question word first ("...
  // after the weekend clashes did the nato secretary general push them toward talks"): then it
  // is the last sentence, as people tell the story first and ask at the end.
  const asking =
    sentences.length < 2
      ? sentences[0]
      : (sentences.findLast((sentence) => sentence.text.includes('?')) ??
        sentences.findLast((sentence) => ASKING_START.test(sentence.text.trim())) ??
        sentences.at(-1)!);
  if (!asking) return () => 1;
  // "Someone said X. Is that true?", "I read about X. What did it say?": an ask that only points
  // back asks about the sentence before it, which is then the ask's too.
  const before = sentences[sentences.indexOf(asking) - 1];
  const askStart = before && pointsBack(asking.text) ? before.start : asking.start;
  const askFrom = askStart + askStartAfterStory(text.slice(askStart, asking.end));
  const askEnd = askFrom + reasonAfterAsk(text.slice(askFrom, asking.end));
  // What the ask itself tells of the story: what something was given for, which one it asks about.
  const ask = text.slice(askFrom, askEnd);
  const told = exchangedForSpan(ask) ?? identifyingClauseSpan(ask);
  const [toldFrom, toldTo] = told ? [askFrom + told[0], askFrom + told[1]] : [0, 0];
  if (sentences.length < 2 && askFrom === asking.start && askEnd === asking.end && !told) return () => 1;
  const beforeAsk = LEAVES_ASIDE.test(text.slice(askStart, askFrom)) ? CHATTER_FOCUS : STORY_IN_ASK_FOCUS;
  return (start) => {
    if (start < askStart || start >= askEnd) return CHATTER_FOCUS;
    if (start >= toldFrom && start < toldTo) return STORY_IN_ASK_FOCUS;
    return start >= askFrom ? 1 : beforeAsk;
  };
}

// "Who is the BBC editor that interviewed Obama?", "what's the name of the spokesman who
// condemned the attack": the ask is who they are; the clause after "that" or "who" tells which
// one, from the story, and the paragraph naming them need not tell it again.
const IDENTIFYING_CLAUSE =
  /^\s*(?:who(?:['’]s|\s+is|\s+was|\s+are|\s+were)|what(?:['’]s|\s+is|\s+was)\s+the\s+(?:full\s+)?name\s+of)\s+(?:the\s+)?(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:that|who|whom)\s+(?=\S)/iu;

/** Where, in the text of an ask, a clause telling which one it asks about stands, as [start, end); null for none. */
function identifyingClauseSpan(ask: string): [number, number] | null {
  const found = IDENTIFYING_CLAUSE.exec(ask);
  return found === null ? null : [found[0].length, ask.length];
}

// "... because my friend said thousands", "... cause i missed it": the asker's reason for asking,
// after the ask, told of the asker and those around them. Not "because the dam cracked", which
// tells of the story, nor "did the storm cause ...", a verb.
const REASON_AFTER_ASK =
  /\s(?:because|bc|cuz|coz|cause|'cause)\s+(?=(?:i|im|i'm|my|me|we|our|us|u|you|ur|your|someone|somebody|a friend|ppl|people)\b)/gi;
const MIN_ASK_BEFORE_REASON = 3;
const QUESTION_WORD_IN_ASK = new RegExp(`\\b(?:${QUESTION_WORD_ALTERNATIVES})\\b`, 'i');

/**
 * Where the asker's reason starts after the question word of an ask ("how many troops does
 * armenia send bc my friend said thousands"), the ask's length when it gives none. Not after
 * "why", whose answer the "because" may be.
 */
function reasonAfterAsk(ask: string): number {
  const questionWord = QUESTION_WORD_IN_ASK.exec(ask);
  if (questionWord === null || questionWord[0].toLowerCase() === 'why') return ask.length;
  REASON_AFTER_ASK.lastIndex = questionWord.index;
  for (let match = REASON_AFTER_ASK.exec(ask); match !== null; match = REASON_AFTER_ASK.exec(ask))
    if (countWords(ask.slice(questionWord.index, match.index)) >= MIN_ASK_BEFORE_REASON) return match.index;
  return ask.length;
}

const KIND_NOUN_LIST: readonly string[] = [...KIND_NOUNS.keys()];
const KIND_NOUN_MEMO_LIMIT = 5_000;

/**
 * The noun naming a kind of answer that a word nobody writes is a slip of ("popluation"), if any.
 * The nouns are few: each is tried against the word first, and only a word one slip from one of
 * them is looked up as a slip of any common word (commonWordMeant, which tries dozens).
 */
// null, not undefined, for no noun: the memo keeps only what is not undefined.
const kindNounMeant = memoised((word: string): string | null => {
  const noun = KIND_NOUN_LIST.find(
    (kindNoun) => Math.abs(kindNoun.length - word.length) <= 1 && isOneSlipAway(word, kindNoun),
  );
  return noun !== undefined && commonWordMeant(word) === noun ? noun : null;
}, KIND_NOUN_MEMO_LIMIT);

// What an ask that points back says of what it points at, beside function words and verbs of
// saying: that it is so, or not.
const VERIFYING_WORDS: ReadonlySet<string> = new Set(
  'true false right wrong correct accurate real legit case really actually even confirm verify'.split(' '),
);
const POINTING_WORDS: ReadonlySet<string> = new Set(
  'that this it so thats he she they him her them his their'.split(' '),
);

/**
 * Whether a sentence asks nothing of its own but about what was said before it: a word that
 * points back ("that", "it", "he"), and no word but function words, verbs of saying and words
 * that ask whether it is so ("Is that true?", "What did it say?", "did he really say that"), chat
 * filler and shorthand read past ("is that true lol", "is that right tho").
 */
function pointsBack(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return (
    words.some((word) => POINTING_WORDS.has(word)) &&
    words.every(
      (word) =>
        STOP_WORDS.has(word) ||
        REPORTING_WORDS.has(word) ||
        VERIFYING_WORDS.has(word) ||
        CHAT_FILLER.has(word) ||
        STOP_WORDS.has(CHAT_SHORTHAND.get(word) ?? ''),
    )
  );
}

// A few words of when or where an ask is about, or of what it leaves aside, before its opener.
const ASK_SETTING = `(?:(?:in|at|during|after|before|on|from|besides)\\s+(?:[\\p{L}\\p{N}'\u2019-]+\\s+){1,4}?)?`;
const ASK_OPENER = ASKING_START.source.slice(1).replace(/\\b$/, "(?:n['\u2019]?t)?\\b");
// A word that joins an ask to what came before it: "so what did ...", "But what did ...".
const JOINING_WORD = String.raw`(?:so|but|and|then|anyway|ok|okay|like)\s+`;
// "..., roughly how long had ...": a word that only hedges or presses the ask may stand before it.
const ASK_HEDGE = String.raw`(?:roughly|approximately|exactly|basically|honestly|actually|seriously)\s+`;
// "someone said Turkey and NATO disagreed, so what did Turkey put out?", "... the church
// shooting - what did he say about it?", "I'm curious: how has it changed?": a clause break, an
// optional joining word, then a question opener (negated too: "but didn't he say ..."), maybe
// after its setting ("..., but in that interview what did he call ...").
const ASK_AFTER_STORY = new RegExp(
  `(?:[,;:]|\\s[-\u2013\u2014]+)\\s+(?:${JOINING_WORD})?(?:${ASK_HEDGE})?(?=${ASK_SETTING}${ASK_OPENER})`,
  'giu',
);
// A sentence that opens as an ask, maybe after a joining word ("But what did ...") and its setting
// ("from yerevan's side what's ..."), tells no story first.
const OPENS_AS_ASK = new RegExp(`^(?:${JOINING_WORD})?${ASK_SETTING}${ASK_OPENER}`, 'iu');
// A story takes at least this many words: "After the talks, did he say ..." only sets the scene.
const MIN_STORY_WORDS = 8;
// "Besides praising the partnership, what did he ...": what the ask leaves aside, which the
// passage that answers need not say (and often does not).
const LEAVING_ASIDE = String.raw`(?:besides|apart from|aside from|other than|in addition to)\s+`;
const LEAVES_ASIDE = new RegExp(`^\\s*${LEAVING_ASIDE}`, 'iu');
// "When he flew out after the interview, who was he expecting to see?": a clause that opens with
// "when", "while", "if" and a subject (not "when did ..."), then a clause break and an opener,
// tells when or on what condition the ask holds. Its "when" asks nothing. One that opens with
// "besides" or "apart from" tells what the ask leaves aside.
const SETTING_CLAUSE = new RegExp(
  `^(?:(?:when|whenever|while|once|if)\\s+(?!(?:${[...YES_NO_OPENERS].join('|')})\\b)|${LEAVING_ASIDE})[^,;:?!.]*?[,;:]\\s+(?:(?:so|then)\\s+)?(?=${ASK_OPENER})`,
  'iu',
);

/**
 * Where the ask starts in a sentence that tells a story first and asks after a clause break
 * ("my friend says X, so what did Y ..."): the first such ask, 0 when there is none or the
 * sentence opens as a question itself ("did he name any areas, and what were they").
 */
function askStartAfterStory(sentence: string): number {
  const opened = sentence.trimStart();
  const setting = SETTING_CLAUSE.exec(opened);
  if (setting !== null) return sentence.length - opened.length + setting[0].length;
  if (OPENS_AS_ASK.test(opened)) return 0;
  ASK_AFTER_STORY.lastIndex = 0;
  let storyWords = 0;
  let countedTo = 0;
  // Where the ask starts when it follows a relative "which" without a break of its own.
  let askInRelative = 0;
  for (let match = ASK_AFTER_STORY.exec(sentence); match !== null; match = ASK_AFTER_STORY.exec(sentence)) {
    storyWords += countWords(sentence.slice(countedTo, match.index));
    countedTo = match.index;
    if (storyWords < MIN_STORY_WORDS) continue;
    const opener = match.index + match[0].length;
    const relative = relativeWhichLength(sentence.slice(0, opener), sentence.slice(opener));
    if (relative === 0) return opener;
    if (askInRelative === 0) askInRelative = questionWordInRelative(sentence, opener + relative);
  }
  return askInRelative;
}

const QUESTION_WORD_AHEAD = new RegExp(QUESTION_WORD_IN_ASK.source, 'gi');

/**
 * Where the question word of a relative clause's ask stands ("..., which got me wondering how
 * big ..."), from `from` (past "which" and its next word) on; 0 when there is none. Not the
 * "why" of "which is why", which tells the story's reason.
 */
function questionWordInRelative(sentence: string, from: number): number {
  QUESTION_WORD_AHEAD.lastIndex = from;
  for (let match = QUESTION_WORD_AHEAD.exec(sentence); match !== null; match = QUESTION_WORD_AHEAD.exec(sentence))
    if (sentence.slice(from, match.index).trim() !== '') return match.index;
  return 0;
}

const RELATIVE_WHICH = /^which\s+([\p{L}\p{N}'’]+)/iu;
// "..., so, which is it": after a joining word and its comma, "which" asks.
const COMMA_AFTER_STORY = /(?<!(?:^|\s)(?:so|and|but|ok|okay)\s*),\s*$/iu;

/**
 * Whether the text before a "which" ends with a comma closing words of the story, where a
 * relative clause may open ("..., which I doubt"), and not with a joining word's ("so, which").
 */
export function endsWithStoryComma(before: string): boolean {
  return COMMA_AFTER_STORY.test(before);
}

/**
 * How long the "which" and its next word are when the "which" an ask seemed to open with
 * (`after` on from it, `before` up to it) opens a relative clause that tells on about the story
 * ("..., which I kind of doubt, so what did ...", "..., which got me wondering how big ..."); 0
 * when it asks. The ask is then at a later opener, or at the question word inside the clause.
 */
function relativeWhichLength(before: string, after: string): number {
  const which = RELATIVE_WHICH.exec(after);
  if (which === null || !endsWithStoryComma(before)) return 0;
  const next = foldWord(which[1]!);
  const asksLater = QUESTION_WORD_IN_ASK.test(after.slice(which[0].length));
  return opensRelativeClause(CHAT_SHORTHAND.get(next) ?? next, asksLater) ? which[0].length : 0;
}

const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['i', 'im', 'we', 'you', 'he', 'she', 'they', 'it']);
const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  'is are was were has have had would will can could may might must should does do did'.split(' '),
);

/**
 * Whether a "which" after a comma, before the word `next`, opens a relative clause that tells of
 * what came before, not an ask: before a pronoun or an auxiliary ("..., which I never
 * understood", "..., which is odd"), or before a word that is no noun first of all when a
 * question word asks after it (`asksLater`: "..., which sounds wild, so when did ..."). Before
 * a noun it asks ("..., which countries sent troops").
 */
export function opensRelativeClause(next: string, asksLater: boolean): boolean {
  if (CLAUSE_PRONOUNS.has(next) || CLAUSE_VERBS.has(next)) return true;
  return asksLater && !lexicon().mostlyNoun(next);
}

// Not the dot of "Mr." or "U.S.", nor the comma of "1,000".
const CLAUSE_BREAK = /(?<!\b[a-z]{1,2})\.+(?=\s|$)|[!?]+|(?<![0-9]),|,(?![0-9])|[;:]|\s[-\u2013\u2014]+\s/gi;

/** Where each clause break (see CLAUSE_BREAK) stands in `text`. */
function clauseBreaks(text: string): number[] {
  // exec in a loop, not matchAll, which sets up a copy of the expression at every call.
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let found = CLAUSE_BREAK.exec(text); found !== null; found = CLAUSE_BREAK.exec(text)) breaks.push(found.index);
  return breaks;
}

// At most this many words after the last comma may be a guess; before it, the ask needs this many.
const MAX_GUESS_WORDS = 4;
const MIN_ASK_BEFORE_GUESS = 3;

// A yes-or-no question's words after a comma ask on ("did they all die, or did some escape?").
const QUESTION_WORD_START = new RegExp(`^(?:${QUESTION_WORD_ALTERNATIVES})\\b`, 'i');

/**
 * Where what may be the asker's guess starts: the words after the last comma of a question that
 * opens with a question word, if they are few and the ask before them is whole ("when was the
 * school opened, in october?"); the text's length when there is none.
 */
function guessStart(text: string): number {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return text.length;
  const sentenceStart = 1 + Math.max(...['.', '!', '?', '\n'].map((end) => text.lastIndexOf(end, comma)));
  const ask = text.slice(sentenceStart, comma);
  if (!QUESTION_WORD_START.test(ask.trim()) || countWords(ask) < MIN_ASK_BEFORE_GUESS) return text.length;
  const tail = text.slice(comma + 1);
  const tailWords = countWords(tail);
  return tailWords > 0 && tailWords <= MAX_GUESS_WORDS && !/[.!?]\s*\S/.test(tail) ? comma + 1 : text.length;
}

const ANSWER_DETERMINER_WORDS: ReadonlySet<string> = new Set(['which', 'what', 'whose']);

/** How many words a piece of text holds, as the sentence reading counts them. */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

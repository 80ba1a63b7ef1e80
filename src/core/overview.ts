import { STOP_WORDS } from './word-lists.js';

/** Words that name the document itself, or a summary of it. */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set(
  'article articles story stories piece report news summary summarize summarise summarized summed tldr tl gist overview recap synopsis takeaway takeaways'.split(
    ' ',
  ),
);
/** Words that may stand around them in such a request: "give me the gist", "the main points". */
const REQUEST_WORDS: ReadonlySet<string> = new Set(
  'dr main point points key quick quickly short brief briefly explain give whole overall basically general generally sum say says said mean means'.split(
    ' ',
  ),
);
/**
 * Words that ask where the document comes from: who published or wrote it, when, its link. Its
 * citation says so (title, publisher, date, link), and the opening paragraph comes with it: "who
 * published this article" is no search of the text, where the nearest passage is one that says
 * someone "issued a statement".
 */
const SOURCE_WORDS: ReadonlySet<string> = new Set(
  'published publish publishes publisher publishers publishing wrote write writes written writer author authors byline source sources link links url citation outlet newspaper paper website site'.split(
    ' ',
  ),
);
/** What "about" may be about in such a question: the document ("what is it about", "tell me about the story"). */
const ABOUT_THE_DOCUMENT: ReadonlySet<string> = new Set(['it', 'this', 'that', 'all']);
/** Words that may follow "about" in it besides: "what is the article about overall", "... about again". */
const AFTER_ABOUT: ReadonlySet<string> = new Set(
  'the a an in short again here overall exactly anyway then really basically briefly quickly generally'.split(' '),
);
/** How a follow-up opens: "what about it", "and what about that" ask on about something said before. */
const FOLLOW_UP: ReadonlySet<string> = new Set(['what', 'how', 'and', 'so', 'but', 'then', 'well']);
/** People: "what about him", "what did he say about it" follow up on someone, not on the document. */
const PEOPLE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their']);

/**
 * Whether a question asks what the knowledge is about rather than about something in it: "what is
 * this article about", "summarize the story", "tl;dr", "what's it about", "tell me about it"; or
 * where it comes from: "who published this article", "when was it written", "source?". Nothing in
 * it names a topic or a person: each word is a function word or one of a request for a summary;
 * it names the document, a summary or its source, or asks about "it", "this" or "that" in more
 * than a follow-up ("what about it" follows up on something said before); and after "about" comes
 * nothing but the document ("what does the article say about the US" is a search). `words` are
 * the question's words as read (see readQuestionWords).
 */
export function asksForOverview(words: readonly string[]): boolean {
  let namesTheDocument = false;
  for (const word of words) {
    if (PEOPLE.has(word)) return false;
    if (DOCUMENT_WORDS.has(word) || SOURCE_WORDS.has(word)) namesTheDocument = true;
    else if (word !== 'about' && !STOP_WORDS.has(word) && !REQUEST_WORDS.has(word)) return false;
  }
  const about = words.indexOf('about');
  if (about < 0) return namesTheDocument;
  const before = words.slice(0, about);
  const after = words.slice(about + 1);
  const documentAfter = (word: string) =>
    ABOUT_THE_DOCUMENT.has(word) || DOCUMENT_WORDS.has(word) || REQUEST_WORDS.has(word) || AFTER_ABOUT.has(word);
  if (!after.every(documentAfter)) return false;
  if (namesTheDocument) return true;
  const asksOfIt =
    before.some((word) => ABOUT_THE_DOCUMENT.has(word)) || after.some((word) => ABOUT_THE_DOCUMENT.has(word));
  return asksOfIt && before.some((word) => !FOLLOW_UP.has(word));
}

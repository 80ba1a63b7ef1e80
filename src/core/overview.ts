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
/** What "about" may be about in such a question: the document ("what is it about", "what's this all about"). */
const ABOUT_THE_DOCUMENT: ReadonlySet<string> = new Set(['it', 'this', 'that', 'all']);
/** People: "what about him", "what did he say about it" follow up on someone, not on the document. */
const PEOPLE: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their']);

/**
 * Whether a question asks what the knowledge is about rather than about something in it: "what is
 * this article about", "summarize the story", "tl;dr", "what's it about". Nothing in it names a
 * topic or a person: each word is a function word or one of a request for a summary; it names
 * the document or a summary, or asks what "it", "this" or "that" is about, and after "about" comes
 * nothing else ("what does the article say about the US" is a search). `words` are the question's
 * words as read (see readQuestionWords).
 */
export function asksForOverview(words: readonly string[]): boolean {
  let namesTheDocument = false;
  const about = words.indexOf('about');
  for (const word of words) {
    if (PEOPLE.has(word)) return false;
    if (DOCUMENT_WORDS.has(word)) namesTheDocument = true;
    else if (word !== 'about' && !STOP_WORDS.has(word) && !REQUEST_WORDS.has(word)) return false;
  }
  if (about < 0) return namesTheDocument;
  const afterAbout = words.slice(about + 1);
  if (!afterAbout.every((word) => ABOUT_THE_DOCUMENT.has(word))) return false;
  return namesTheDocument || words.slice(0, about).some((word) => ABOUT_THE_DOCUMENT.has(word));
}

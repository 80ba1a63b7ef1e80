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
 * Whether a question asks what the knowledge is about rather than about something in it: "what is
 * this article about", "summarize the story", "tl;dr", "what's it about". Nothing in it names a
 * topic: each word is a function word or one of a request for a summary, and it names the document
 * or asks "about". `words` are the question's words as read (see readQuestionWords).
 */
export function asksForOverview(words: readonly string[]): boolean {
  let asks = false;
  for (const word of words) {
    if (DOCUMENT_WORDS.has(word) || word === 'about') asks = true;
    else if (!STOP_WORDS.has(word) && !REQUEST_WORDS.has(word)) return false;
  }
  return asks;
}

import { lexicon } from './lexicon.js';
import { spanHasWord } from './text.js';
import { REPORTING_WORDS, THINKING_WORDS, YES_NO_OPENERS } from './word-lists.js';

/**
 * What became of it, as far as words tell: "did Trump end up keeping the sanctions lifted", "was
 * the plan adopted in the end", "did they eventually catch the gunmen" ask whether something
 * happened after the story the passage tells, which a news report, written on its day, can say
 * only where it tells of later events ("the bill was eventually passed", "later", "since then").
 * A passage holding every word of the question (the plan, its adoption "soon") does not say
 * whether it happened in the end.
 */

const LATER_WORDS: ReadonlySet<string> = new Set(['eventually', 'ultimately', 'later']);
// How someone seemed, sure of what was to come ("did he sound confident he'd eventually win"): a
// state the story tells, not what became of it.
const SEEMING_WORDS: ReadonlySet<string> = new Set(
  `sound sounded seem seemed appear appeared look looked
  sure confident certain optimistic hopeful convinced`.split(/\s+/),
);
// In a passage: it tells what came after ("later", "since then", "went on to", "finally").
// "Never" tells it too: "the killers were never caught".
const TELLS_LATER: ReadonlySet<string> = new Set([
  ...LATER_WORDS,
  'since',
  'finally',
  'afterwards',
  'subsequently',
  'never',
]);

// "Did the gunmen ever get caught?", "was he ever charged": what befell them, after the story. Not
// "has he ever", which a story answers ("he has never"), nor "did he ever manage to", which asks
// what he did in it.
const PAST_OPENERS: ReadonlySet<string> = new Set(['did', 'was', 'were']);
const PASSIVE_HELPERS: ReadonlySet<string> = new Set(['get', 'be']);

/**
 * Whether a yes-or-no ask asks what became of something: "did it end up ...", "... in the end",
 * "eventually", "were they caught later on", "did they ever get caught", "... after this".
 */
export function asksAftermath(askingWords: readonly string[]): boolean {
  if (!YES_NO_OPENERS.has(askingWords[0] ?? '')) return false;
  if (asksAfterTheStory(askingWords)) return true;
  for (let i = 1; i < askingWords.length; i++) {
    const word = askingWords[i]!;
    // "Did he think he'd eventually get it through?" asks what he thought, not what became of it;
    // "did he sound sure he'd eventually ...", how he seemed.
    if (REPORTING_WORDS.has(word) || THINKING_WORDS.has(word) || SEEMING_WORDS.has(word)) return false;
    if (LATER_WORDS.has(word)) return true;
    if (word === 'ever' && befalls(askingWords, i + 1)) return true;
    if (/^(?:end|ends|ended|ending)$/.test(word) && askingWords[i + 1] === 'up') return true;
    if (word === 'end' && askingWords[i - 1] === 'the' && askingWords[i - 2] === 'in') return true;
  }
  return false;
}

/**
 * Whether a past question's words from `at`, after "ever", are a passive: "did they ever get
 * caught", "did he ever get arrested", "was he ever charged".
 */
function befalls(words: readonly string[], at: number): boolean {
  const opener = words[0] ?? '';
  if (!PAST_OPENERS.has(opener)) return false;
  if (opener === 'did') return PASSIVE_HELPERS.has(words[at] ?? '') && isParticiple(words[at + 1] ?? '');
  return isParticiple(words[at] ?? '');
}

function isParticiple(word: string): boolean {
  return /..ed$/.test(word) || (lexicon().baseForms(word).length > 0 && !word.endsWith('ing'));
}

/** Whether a span of a passage's text tells of what came later: "eventually", "ended up", "since then". */
export function tellsAftermath(text: string, span: readonly [number, number]): boolean {
  return spanHasWord(
    text,
    span,
    (word, before) => TELLS_LATER.has(word) || (word === 'up' && /^(?:end|ends|ended)$/.test(before)),
  );
}

// What "after" may point back at when it ends the ask: the story itself ("after this", "after all
// that"), not an event it tells ("after the interview", which the story may go on to tell of).
const THE_STORY: ReadonlySet<string> = new Set(['this', 'that', 'it', 'all']);

/** "Was he re-elected after this?", "did the ceasefire hold after that": after the story itself. */
function asksAfterTheStory(words: readonly string[]): boolean {
  const after = words.lastIndexOf('after');
  if (after < 0) return false;
  const rest = words.slice(after + 1);
  return rest.length > 0 && rest.length <= 2 && THE_STORY.has(rest[0]!) && (rest.length === 1 || rest[1] === 'that');
}

import { spanHasWord } from './text.js';
import { QUESTION_WORDS, REPORTING_WORDS, THINKING_WORDS } from './word-lists.js';

/**
 * Negation, as far as words tell it: "who did not urge restraint" asks for the one who did not,
 * and the passage that says who did is its opposite, though it holds every word of the question.
 */

// Words as folded (apostrophes dropped: "didn't" is "didnt").
const QUESTION_NEGATORS: ReadonlySet<string> = new Set(
  `not never didnt doesnt dont isnt wasnt arent werent wont cant cannot couldnt wouldnt shouldnt
  hasnt havent hadnt aint`.split(/\s+/),
);

/**
 * Whether a question asks about what did not happen: it opens with a question word and negates
 * its ask, in the clause the question word opens ("who did not urge restraint", "which side
 * didn't take part"). Not "didn't he say ...?" (asked to confirm that he did), "not only" (it
 * adds), nor a negation in another clause ("who urged restraint, I don't remember", "how many
 * were killed, wasn't it five?").
 */
export function asksNegated(askingWords: ReadonlyArray<{ word: string; clause: number }>): boolean {
  const [first, second] = askingWords;
  if (!first || !QUESTION_WORDS.has(first.word)) return false;
  // An aside right after the question word ("who, according to the article, did not ...") is
  // passed over to the clause that goes on with the ask.
  const askClause = second && second.clause !== first.clause ? first.clause + 2 : first.clause;
  for (let i = 1; i < askingWords.length; i++) {
    const { word, clause } = askingWords[i]!;
    if (clause > askClause) break;
    // What someone said or thought is theirs to negate: "why did he say there wasn't much he
    // could do" asks why he said it, and the passage saying it is no opposite.
    if (REPORTING_WORDS.has(word) || THINKING_WORDS.has(word)) break;
    if (clause === askClause && QUESTION_NEGATORS.has(word) && askingWords[i + 1]?.word !== 'only') return true;
  }
  return false;
}

// A passage says what did not happen with these too: "avoided taking sides", "refused to comment",
// "without blaming", "nobody was hurt" ("no" is left out: "no-man's land" negates nothing).
const PASSAGE_NEGATORS: ReadonlySet<string> = new Set([
  ...QUESTION_NEGATORS,
  ...`nor neither none nobody nothing without lack lacked lacking avoid avoids avoided avoiding
  refuse refuses refused refusing decline declines declined declining fail fails failed failing deny
  denies denied denying reject rejects rejected rejecting`.split(/\s+/),
]);

/** Whether a span of a passage's text negates anything it says. */
export function saysNegated(text: string, span: readonly [number, number]): boolean {
  return spanHasWord(text, span, (word) => PASSAGE_NEGATORS.has(word));
}

/**
 * What was given for something: "what does Sudan have to do in return for the sanctions being
 * lifted", "what did Khartoum agree to do in exchange". News tells the deal in one paragraph and
 * what the other side gives in the next, opening "In return, Sudan will ...": that paragraph
 * holds the question's "return" but not what it was in return for, which the paragraphs before
 * it tell. A passage saying "in return" or "in exchange" holds the kind of answer asked.
 */

const IN_EXCHANGE = /\bin (?:return|exchange)\b/i;
/** The nouns of the two phrases, "in return" and "in exchange". */
export const EXCHANGE_NOUNS: readonly string[] = ['return', 'exchange'];

/** Whether an ask asks what was given for something: "in return for ...", "in exchange". */
export function asksInExchange(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => word === 'in' && EXCHANGE_NOUNS.includes(askingWords[i + 1] ?? ''));
}

/** Whether a passage's text says what is given for something: "In return, ...", "in exchange for". */
export function saysInExchange(text: string): boolean {
  return IN_EXCHANGE.test(text);
}

/**
 * What was given for something: "what does Sudan have to do in return for the sanctions being
 * lifted", "what did Khartoum agree to do in exchange". News tells the deal in one paragraph and
 * what the other side gives in the next, opening "In return, Sudan will ...": that paragraph
 * holds the question's "return" but not what it was in return for, which the paragraphs before
 * it tell. A passage saying "in return" or "in exchange" holds the kind of answer asked.
 */

/** The nouns of the two phrases, "in return" and "in exchange". */
export const EXCHANGE_NOUNS: readonly string[] = ['return', 'exchange'];
const IN_EXCHANGE = new RegExp(`\\bin (?:${EXCHANGE_NOUNS.join('|')})\\b`, 'i');
// "... in return for the sanctions being lifted", "in exchange for all this": what was given, up
// to the end of its clause.
const EXCHANGED_FOR = new RegExp(`(?<=${IN_EXCHANGE.source} for\\s)[^,;:?!.]+`, 'i');

/** Whether an ask asks what was given for something: "in return for ...", "in exchange". */
export function asksInExchange(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => word === 'in' && EXCHANGE_NOUNS.includes(askingWords[i + 1] ?? ''));
}

/** Whether a passage's text says what is given for something: "In return, ...", "in exchange for". */
export function saysInExchange(text: string): boolean {
  return IN_EXCHANGE.test(text);
}

/**
 * Where, in the text of an ask, what something was given for is told ("the sanctions being lifted"
 * in "what does Sudan have to do in return for the sanctions being lifted"), as [start, end); null
 * where it tells none. The story tells it before the paragraph that answers ("In return, Sudan
 * will ..."): a part of the story told in the ask, not what is asked.
 */
export function exchangedForSpan(ask: string): [number, number] | null {
  const found = EXCHANGED_FOR.exec(ask);
  return found === null ? null : [found.index, found.index + found[0].length];
}

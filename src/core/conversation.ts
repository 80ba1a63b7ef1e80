/**
 * What people talked about: "what did they discuss", "did they talk about Karabakh", "was it on
 * the agenda". The paragraph that answers says there was a conversation and what it was about
 * ("the conflict was on the agenda of their meeting", "they spoke about how we can take that
 * partnership further"); another that names the same people and topic without it ("urged them to
 * return to the negotiating table") tells something else they did.
 */

// Verbs of talking something over: "discuss" takes its topic as its object.
const DISCUSSING: ReadonlySet<string> = new Set('discuss discussed discussing discusses confer conferred'.split(' '));
// Verbs of talking, with "about" or "over" after them: "talk to reporters" tells whom, not what.
// Not "talks", as often the noun ("after talks with"), nor the verbs of saying, which every
// quotation answers ("what did he say about it"), but "spoke about", "speaking of".
const TALKING: ReadonlySet<string> = new Set(
  'talk talked talking talkin chat chatted chatting speak spoke speaking spoken'.split(' '),
);
const ABOUT: ReadonlySet<string> = new Set(['about', 'abt', 'over', 'of']);
// How far after the verb its "about" may stand: "talk with Sarkisian about", "talk things over".
const ABOUT_REACH = 4;
// "When talking about gun laws, did he seem sure", "when he talked to the BBC": the talk is the
// story's, not what is asked.
const WHILE: ReadonlySet<string> = new Set(['when', 'while', 'whilst', 'after', 'before', 'as']);
const WHILE_REACH = 2;

/** Whether an ask asks what was talked about, or whether something was. */
export function asksConversation(askingWords: readonly string[]): boolean {
  return askingWords.some((word, i) => {
    const conversing =
      DISCUSSING.has(word) ||
      word === 'agenda' ||
      (word === 'table' && askingWords[i - 1] === 'the' && askingWords[i - 2] === 'on') ||
      (TALKING.has(word) && askingWords.slice(i + 1, i + 1 + ABOUT_REACH).some((next) => ABOUT.has(next)));
    return conversing && !askingWords.slice(Math.max(0, i - WHILE_REACH), i).some((before) => WHILE.has(before));
  });
}

// "discussed", "talked about", "spoke about", "talks focused on", "on the agenda", "on the table".
const TELLS_CONVERSATION =
  /\b(?:discuss(?:ed|es|ing|ion|ions)?|talk(?:ed|ing)?\s+(?:about|over)|talks\s+(?:on|about|over|focused|centred|centered|covered|touched)|sp(?:oke|eak|eaking|oken)\s+(?:about|of)|chatted\s+about|agenda|on\s+the\s+table)\b/i;

/** Whether a passage's text tells what people talked about. */
export function tellsConversation(text: string): boolean {
  return TELLS_CONVERSATION.test(text);
}

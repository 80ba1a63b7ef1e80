import type { Passage } from './passages.js';
import type { SearchIndex } from './search-index.js';

// A paragraph whose first sentence has "he", "she" or "they" as its subject ("They said that
// Sudan had a long way to go", "But he added"): it goes on with whoever the one before spoke of.
const OPENS_WITH_PRONOUN_SUBJECT = /^(?:(?:but|and|yet|still),?\s+)?(?:he|she|they)\s/i;

/** Whether a paragraph opens with "he", "she" or "they" as its subject, going on from the one before. */
export function goesOnFromBefore(text: string): boolean {
  return OPENS_WITH_PRONOUN_SUBJECT.test(text);
}

// A question reported being asked: someone before a verb of asking, at most three words for whom
// it was put to ("I asked him", "reporters asked the president"), then what it asks ("how many
// minds he had changed ...", "whether ...", "about the deal"). Not one opening its sentence
// ("Asked whether he would run, he said no", "When asked about it, ..."), which that sentence answers.
// (The verb is looked for first, then what stands before it: a pattern starting at every letter
// and reading on to the verb took quadratic time on a long paragraph.)
const REPORTED_QUESTION =
  /(?<=[\p{L}\p{N}][,'’"”)]?)(?<!\b(?:when|if|once|after|as))\s(?:ask(?:ed|ing|s)?|wonder(?:ed|ing|s)?)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:how|what|whether|why|who|whom|whose|when|where|which|if|about)\s/iu;
// How many paragraphs after one reporting a question are shown with it: the answer, and how it
// was given, follow it ("There was a momentary flicker across the president's face ...", "But
// notably, he did not give a direct answer to that question ...").
const PARAGRAPHS_ANSWERING = 2;

/** Whether a paragraph reports a question being asked, which the paragraphs after it answer. */
export function reportsQuestion(text: string): boolean {
  return REPORTED_QUESTION.test(text);
}

/** Per index, per passage: 0 not yet read, 1 reports no question, 2 reports one. */
const reportingOf = new WeakMap<SearchIndex, Uint8Array>();

/** reportsQuestion for a passage of an index, read once: every answer shown asks it of its passages. */
export function passageReportsQuestion(index: SearchIndex, passageNumber: number): boolean {
  let reporting = reportingOf.get(index);
  if (reporting === undefined) reportingOf.set(index, (reporting = new Uint8Array(index.passages.length)));
  if (reporting[passageNumber] === 0)
    reporting[passageNumber] = reportsQuestion(index.passages[passageNumber]!.text) ? 2 : 1;
  return reporting[passageNumber] === 2;
}

/**
 * The paragraphs right after a passage that go on with what it says: the next one when it goes
 * on with the same speaker ("Obama administration officials said that they had briefed ..." then
 * "They said that Sudan had a long way to go ..."), as news splits one speaker's words over
 * paragraphs; the next two when the passage reports a question being asked ("when I asked him how
 * many minds he had changed"), as the answer comes after it. The answer may be there. Empty when
 * the next passage is another part of the same split paragraph, or when it goes on from nothing.
 */
export function continuationOf(index: SearchIndex, passageNumber: number): Passage[] {
  if (!passageReportsQuestion(index, passageNumber)) {
    const next = paragraphGoingOn(index, passageNumber);
    return next === undefined ? [] : [next];
  }
  const after: Passage[] = [];
  for (let k = 1; k <= PARAGRAPHS_ANSWERING; k++) {
    const next = paragraphAfter(index, passageNumber, k);
    if (next === undefined) break;
    after.push(next);
  }
  return after;
}

/**
 * The paragraph right after a passage when it goes on with the same speaker ("They said that
 * ..."): undefined when the next passage is another part of the same split paragraph, or when it
 * goes on from nothing.
 */
export function paragraphGoingOn(index: SearchIndex, passageNumber: number): Passage | undefined {
  const next = paragraphAfter(index, passageNumber, 1);
  return next !== undefined && goesOnFromBefore(next.text) ? next : undefined;
}

/** The paragraph `k` after a passage's in its document, if the passage `k` on is that paragraph. */
function paragraphAfter(index: SearchIndex, passageNumber: number, k: number): Passage | undefined {
  const passage = index.passages[passageNumber]!;
  const next = index.passages[passageNumber + k];
  return next !== undefined && next.document.id === passage.document.id && next.paragraph === passage.paragraph + k
    ? next
    : undefined;
}

import type { Passage } from './passages.js';
import type { SearchIndex } from './search-index.js';

// A paragraph whose first sentence has "he", "she" or "they" as its subject ("They said that
// Sudan had a long way to go", "But he added"): it goes on with whoever the one before spoke of.
const OPENS_WITH_PRONOUN_SUBJECT = /^(?:(?:but|and|yet|still),?\s+)?(?:he|she|they)\s/i;

/** Whether a paragraph opens with "he", "she" or "they" as its subject, going on from the one before. */
export function goesOnFromBefore(text: string): boolean {
  return OPENS_WITH_PRONOUN_SUBJECT.test(text);
}

/**
 * The paragraph right after a passage when it goes on with what the passage says ("Obama
 * administration officials said that they had briefed ..." then "They said that Sudan had a long
 * way to go ..."): news splits one speaker's words over paragraphs, and the answer may be in the
 * second. Undefined when the next passage is another part of the same split paragraph, or
 * another paragraph that does not go on from it.
 */
export function continuationOf(index: SearchIndex, passageNumber: number): Passage | undefined {
  const passage = index.passages[passageNumber]!;
  const next = index.passages[passageNumber + 1];
  if (next === undefined || next.document.id !== passage.document.id || next.paragraph !== passage.paragraph + 1)
    return undefined;
  return goesOnFromBefore(next.text) ? next : undefined;
}

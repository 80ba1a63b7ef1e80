import { CONFIDENCE_MODEL } from './confidence-model.js';
import { lexicon } from './lexicon.js';
import type { ParsedQuestion } from './question.js';
import type { RankedPassage } from './ranking.js';

/** What the engine knows about its best passage when it decides whether to answer with it. */
export interface Evidence {
  /**
   * Share of the sentence that asks matched, related words and document context included; of
   * the whole question, story and all, when that is larger.
   */
  coverage: number;
  /** Share matched by the passage's own words and their close forms alone. */
  strictCoverage: number;
  /**
   * The most of a question word left unmatched: its weight (a name or a rare word weighs 1) times
   * how far its best match is from a full one, so a word matched only by a loose relation counts.
   * Not a word that frames the question ("actually", "exactly", "the name of": FRAME_WORDS).
   */
  missing: number;
  /**
   * Share of the question unmatched here though other passages hold it: a sign of the wrong
   * passage. Not of a word that frames the question.
   */
  elsewhere: number;
  /** Share matched only through related words or the document context. */
  weak: number;
  /**
   * 1 when the question asks for a date, place, number or name the passage does not hold, or
   * for what someone said and the passage cannot speak of them (see speaker.ts).
   */
  kindLacking: number;
  /** 1 when it asks for one and the passage holds it. */
  kindHeld: number;
  /** How far the best passage ranks ahead of the next one. */
  margin: number;
  /** How many words weighty by themselves (QuestionTerm.weighty), wherever they stand, up to five, over five. */
  substance: number;
  /** Share of the question matched, its words weighed also by how rare they are in the knowledge. */
  specific: number;
  /**
   * `missing` when the word it is about names a thing (see Lexicon.mostlyNoun), else 0. A question
   * about a thing the passage never mentions ("the commander of the new school", "the population
   * of the country") asks what it does not say; an action or a quality it leaves unmatched
   * ("hail", "pleased") it more often says in other words. In a rough count on the tuning questions,
   * an unmatched thing came with an off-topic question 2.5 times as often as with a right answer.
   */
  missingThing: number;
}

export const EVIDENCE_FEATURES = [
  'coverage',
  'strictCoverage',
  'missing',
  'elsewhere',
  'weak',
  'kindLacking',
  'kindHeld',
  'margin',
  'substance',
  'specific',
  'missingThing',
] as const;

const MAX_SUBSTANCE = 5;

/**
 * The evidence about `best`, the best passage for `question`, with `next` the passage ranked
 * after it; `answerKind` says whether `best` holds the kind of answer wanted where it speaks of
 * what is asked (see answerKindWhereAsked).
 */
export function evidenceOf(
  best: RankedPassage,
  next: RankedPassage | undefined,
  question: ParsedQuestion,
  answerKind: number,
): Evidence {
  // Around a long question's ask, the story it tells need not be in the passage that answers;
  // but a passage that tells it too ("soldiers got killed near Karabakh ..., where exactly did
  // those troops die?") is the more likely one: its share of the whole question counts when larger.
  const { asked } = best;
  return {
    coverage: Math.max(asked.coverage, best.coverage),
    strictCoverage: asked.strictCoverage,
    missing: asked.missing,
    elsewhere: asked.elsewhere,
    weak: asked.weak,
    kindLacking: answerKind < 0 ? 1 : 0,
    kindHeld: answerKind > 0 ? 1 : 0,
    margin: next ? Math.min(1, best.rank - next.rank) : 1,
    specific: asked.specific,
    missingThing:
      asked.missingTerm >= 0 && lexicon().mostlyNoun(question.terms[asked.missingTerm]!.word) ? asked.missing : 0,
    substance: Math.min(MAX_SUBSTANCE, question.terms.filter((term) => term.weighty).length) / MAX_SUBSTANCE,
  };
}

/**
 * The estimated probability that the passage answers the question: a logistic model over the
 * evidence, fitted on labelled questions by `npm run calibrate` (see confidence-model.ts). To
 * three decimals, as it is shown: the bot answers when the confidence it shows reaches the
 * threshold, and the evaluation and the calibration count with the same number.
 */
export function confidenceOf(evidence: Evidence): number {
  if (namesNoTopic(evidence)) return 0;
  let z = CONFIDENCE_MODEL.bias;
  for (const feature of EVIDENCE_FEATURES) z += CONFIDENCE_MODEL.weights[feature] * evidence[feature];
  return shownConfidence(1 / (1 + Math.exp(-z)));
}

/** A confidence as it is shown and compared with the threshold: three decimals. */
export function shownConfidence(probability: number): number {
  return Math.round(probability * 1000) / 1000;
}

/**
 * Whether the question has not one weighty word ("help", "thanks, that's all"): it names no
 * topic, and a passage that shares its words does so by chance. Of the labelled questions, none
 * like it was answered by its best passage. The model is not fitted on them (see calibrate.ts).
 */
export function namesNoTopic(evidence: Evidence): boolean {
  return evidence.substance === 0;
}

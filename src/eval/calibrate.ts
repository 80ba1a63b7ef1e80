import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CONFIDENCE_MODEL } from '../core/confidence-model.js';
import {
  bestPassageEvidence,
  EVIDENCE_FEATURES,
  type Evidence,
  loadIndex,
  namesNoTopic,
  type SearchIndex,
  shownConfidence,
} from '../core/index.js';
import { holdsExpected, parseQuestionSet } from './evaluation.js';
import { fitLogistic, type LinearModel, logistic, plattScaling, scaledBy, scoreOf } from './fit-model.js';
import { EVAL_SETS } from './sets.js';

/**
 * Fits the confidence model on the tuning sets: a logistic regression from the evidence about
 * the best passage to whether it is the right one (an off-topic question has no right one), its
 * estimate then made honest (plattScaling); with --rescale, today's weights are kept in their
 * proportions and only made honest, for a model a refit does worse than by the team's rule. Then
 * the threshold: of those at which at most MAX_OFF_TOPIC_ANSWERED of the off-topic tuning
 * questions are answered, and at most MAX_PUBLIC_OFF_TOPIC_ANSWERED of those of the public
 * calibration set, the one with the most right answers less WRONG_ANSWER_COST for each answer
 * with a wrong passage or to an off-topic question. Writes src/core/confidence-model.ts.
 */
const MAX_OFF_TOPIC_ANSWERED = 0.2;
// The public calibration set's off-topic questions mostly reuse the article's names: the bot's
// target there is stricter, at most 3 of its 40 answered.
const PUBLIC_CALIBRATION = 'public calibration';
// (A count: those naming no topic are left out of the fit, and are never answered.)
const MAX_PUBLIC_OFF_TOPIC_ANSWERED = 3;
const L2 = 0.01;
// A confident wrong answer misleads the one who asked and everyone reading the channel; an
// abstention offers the near miss to pick (the did-you-mean menu). One costs two right answers.
const WRONG_ANSWER_COST = 2;

const USAGE = 'usage: npm run calibrate [-- --rescale]\n';
const flags = process.argv.slice(2);
if (flags.some((flag) => flag !== '--rescale')) {
  process.stderr.write(USAGE);
  process.exit(2);
}
const rescale = flags.includes('--rescale');

/** Today's model, as confidence-model.ts holds it, feature by feature. */
function currentModel(): LinearModel {
  return {
    bias: CONFIDENCE_MODEL.bias,
    weights: EVIDENCE_FEATURES.map((feature) => CONFIDENCE_MODEL.weights[feature]),
  };
}

interface Sample {
  x: number[];
  right: boolean;
  answerable: boolean;
  /** Whether it comes from the public calibration set. */
  public: boolean;
}

const samples: Sample[] = [];
const indexes = new Map<string, SearchIndex>();
for (const set of EVAL_SETS.filter((candidate) => candidate.role === 'tuning')) {
  let index = indexes.get(set.knowledge);
  if (!index) indexes.set(set.knowledge, (index = await loadIndex(set.knowledge)));
  for (const { q, expect } of parseQuestionSet(await readFile(set.questions, 'utf8'))) {
    const best = bestPassageEvidence(index, q);
    // A question that names no topic gets no confidence, whatever the model would say.
    if (!best || namesNoTopic(best.evidence)) continue;
    const text = index.passages[index.passageNumber(best.id)!]!.text;
    const right = holdsExpected(expect, text);
    samples.push({
      x: EVIDENCE_FEATURES.map((feature) => best.evidence[feature as keyof Evidence]),
      right,
      answerable: expect !== null,
      public: set.name === PUBLIC_CALIBRATION,
    });
  }
}

// Refitted, or today's weights kept (--rescale); either way the estimate made honest by its
// scale and offset (plattScaling), and written to three decimals.
const unscaled = rescale ? currentModel() : fitLogistic(samples, L2);
const round = (value: number) => Math.round(value * 1000) / 1000;
// The factor and offset to three decimals too: a model already honest is then rescaled by exactly
// (1, 0), and running it again changes nothing.
const { factor, offset } = plattScaling(samples, unscaled);
const fitted = scaledBy(unscaled, round(factor), round(offset));
const written: LinearModel = { bias: round(fitted.bias), weights: fitted.weights.map(round) };
// The threshold is chosen for the model as written: a question near it is then answered or not
// as the bot will.
const predict = (x: readonly number[]) => logistic(scoreOf(written, x));

// Compared with the threshold as the bot compares it: to three decimals (see shownConfidence).
const shown = (x: readonly number[]) => shownConfidence(predict(x));
const offTopic = samples.filter((sample) => !sample.answerable).map((sample) => shown(sample.x));
const publicOffTopic = samples.filter((sample) => !sample.answerable && sample.public).map((sample) => shown(sample.x));
const answerable = samples.filter((sample) => sample.answerable);
const shareAtLeast = (scores: readonly number[], t: number) =>
  scores.filter((p) => p >= t).length / Math.max(1, scores.length);
let threshold = 1;
let bestNet = -Infinity;
// In the steps the confidence is shown and compared in (shownConfidence): thousandths.
for (let step = 50; step <= 950; step++) {
  const t = step / 1000;
  const answered = samples.filter((sample) => shown(sample.x) >= t);
  const right = answered.filter((sample) => sample.right).length;
  const net = right - WRONG_ANSWER_COST * (answered.length - right);
  const withinTargets =
    shareAtLeast(offTopic, t) <= MAX_OFF_TOPIC_ANSWERED &&
    publicOffTopic.filter((p) => p >= t).length <= MAX_PUBLIC_OFF_TOPIC_ANSWERED;
  if (withinTargets && net > bestNet) {
    bestNet = net;
    threshold = t;
  }
}
const rightAnswered = answerable.filter((sample) => sample.right && shown(sample.x) >= threshold).length;

const model = {
  bias: written.bias,
  weights: Object.fromEntries(EVIDENCE_FEATURES.map((feature, i) => [feature, written.weights[i]!])),
  threshold,
};
const target = fileURLToPath(new URL('../core/confidence-model.ts', import.meta.url));
await writeFile(
  target,
  `// Written by \`npm run calibrate\` (src/eval/calibrate.ts) from ${samples.length} labelled questions; do not edit by hand.\n` +
    // A fitted weight may happen to be near a constant such as 1/√2, which the linter flags.
    '// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants\n' +
    `export const CONFIDENCE_MODEL = {\n  bias: ${model.bias},\n  weights: {\n` +
    EVIDENCE_FEATURES.map((feature) => `    ${feature}: ${model.weights[feature]},\n`).join('') +
    `  },\n  threshold: ${model.threshold},\n} as const;\n`,
);
process.stdout.write(
  `fitted on ${samples.length} questions: ${JSON.stringify(model)}\n` +
    `at threshold ${threshold}: answered right ${rightAnswered}/${answerable.length}, ` +
    `off-topic answered ${offTopic.filter((p) => p >= threshold).length}/${offTopic.length}\n`,
);

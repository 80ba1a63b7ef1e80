/**
 * The fits behind the confidence model (see calibrate.ts): a linear score of the evidence, its
 * logistic the estimated probability that the passage answers. Pure functions of labelled
 * samples, so that a test can pin what each does.
 */

export interface LabelledSample {
  /** The evidence, feature by feature, in the order of EVIDENCE_FEATURES. */
  x: readonly number[];
  /** Whether the passage it is about answers the question. */
  right: boolean;
}

export interface LinearModel {
  bias: number;
  weights: readonly number[];
}

/** The model's log-odds, summed in the order confidenceOf sums them: the same number to the last bit. */
export function scoreOf(model: LinearModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return z;
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

const LOGISTIC_STEPS = 20_000;
const LOGISTIC_LEARNING_RATE = 0.5;

/**
 * Logistic regression by gradient descent, with an L2 penalty of `l2` on the weights (not the
 * bias), which keeps the proportions between correlated features steady.
 */
export function fitLogistic(samples: readonly LabelledSample[], l2: number): LinearModel {
  const features = samples[0]?.x.length ?? 0;
  const weights = new Array<number>(features).fill(0);
  // One model, updated in place: scoring it is the inner loop, 20,000 times over every sample.
  const model = { bias: 0, weights };
  for (let step = 0; step < LOGISTIC_STEPS; step++) {
    const gradient = new Array<number>(features).fill(0);
    let gradientBias = 0;
    for (const { x, right } of samples) {
      const error = logistic(scoreOf(model, x)) - (right ? 1 : 0);
      gradientBias += error;
      for (let i = 0; i < features; i++) gradient[i]! += error * x[i]!;
    }
    model.bias -= (LOGISTIC_LEARNING_RATE * gradientBias) / samples.length;
    for (let i = 0; i < features; i++) {
      weights[i] = weights[i]! - LOGISTIC_LEARNING_RATE * (gradient[i]! / samples.length + l2 * weights[i]!);
    }
  }
  return model;
}

const PLATT_ITERATIONS = 100;
const PLATT_CONVERGED = 1e-10;
const MIN_STEP_SHARE = 1e-6;
// Keeps Newton's steps defined where every sample is predicted with certainty.
const MIN_CURVATURE = 1e-12;

/** The model whose log-odds are `factor` × the model's + `offset`. */
export function scaledBy(model: LinearModel, factor: number, offset: number): LinearModel {
  if (factor === 1 && offset === 0) return model;
  return { bias: factor * model.bias + offset, weights: model.weights.map((weight) => factor * weight) };
}

const NO_SCALING = { factor: 1, offset: 0 } as const;

/**
 * Platt scaling: the factor a and offset b that make logistic(a × score + b) best match how often
 * the passage is right, by Newton's method on the two, with no penalty (apply them with scaledBy).
 * The order of the samples, and so the answers at a threshold moved with it, stays; the estimate
 * becomes honest: a penalised fit, or weights kept from an earlier fit, is too flat (what it
 * called 0.85 was right 94 times in 100). (1, 0) when the samples do not tell a slope (all right,
 * all wrong, or one score for all).
 */
export function plattScaling(
  samples: readonly LabelledSample[],
  model: LinearModel,
): { factor: number; offset: number } {
  const rightCount = samples.filter(({ right }) => right).length;
  if (rightCount === 0 || rightCount === samples.length) return NO_SCALING;
  const scores = samples.map(({ x }) => scoreOf(model, x));
  const loss = (a: number, b: number) => {
    let sum = 0;
    samples.forEach(({ right }, k) => {
      const z = a * scores[k]! + b;
      // -log(logistic(z)) for a right one, -log(1 - logistic(z)) for a wrong one, without overflow.
      const signed = right ? -z : z;
      sum += signed > 0 ? signed + Math.log1p(Math.exp(-signed)) : Math.log1p(Math.exp(signed));
    });
    return sum;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iteration = 0; iteration < PLATT_ITERATIONS; iteration++) {
    // Gradient and Hessian of the negative log-likelihood in (a, b).
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    samples.forEach(({ right }, k) => {
      const score = scores[k]!;
      const p = logistic(a * score + b);
      const error = p - (right ? 1 : 0);
      const curvature = Math.max(p * (1 - p), MIN_CURVATURE);
      ga += error * score;
      gb += error;
      haa += curvature * score * score;
      hab += curvature * score;
      hbb += curvature;
    });
    const determinant = haa * hbb - hab * hab;
    if (!(determinant > 0)) break;
    const stepA = (hbb * ga - hab * gb) / determinant;
    const stepB = (haa * gb - hab * ga) / determinant;
    // Newton's step, halved until the fit is better: a full step can overshoot far from the optimum.
    let shrink = 1;
    let next = loss(a - stepA, b - stepB);
    while (!(next < current) && shrink > MIN_STEP_SHARE) {
      shrink /= 2;
      next = loss(a - shrink * stepA, b - shrink * stepB);
    }
    if (!(next < current)) break;
    a -= shrink * stepA;
    b -= shrink * stepB;
    const improvement = current - next;
    current = next;
    if (improvement < PLATT_CONVERGED) break;
  }
  return a > 0 ? { factor: a, offset: b } : NO_SCALING;
}

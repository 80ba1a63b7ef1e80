import { describe, expect, it } from 'vitest';
import {
  fitLogistic,
  type LabelledSample,
  type LinearModel,
  logistic,
  plattScaling,
  scaledBy,
  scoreOf,
} from '../../src/eval/fit-model.js';

/** The model Platt scaling makes of `model` on `samples`, as calibrate applies it. */
function plattScaled(samples: readonly LabelledSample[], model: LinearModel): LinearModel {
  const { factor, offset } = plattScaling(samples, model);
  return scaledBy(model, factor, offset);
}

/**
 * Samples at scores -3..3 whose share right at each score is logistic(slope × score): what a
 * model with that slope estimates honestly. Deterministic: at each score, the first round(share
 * × perScore) of perScore samples are right.
 */
function samplesWithSlope(slope: number, perScore = 200): LabelledSample[] {
  const samples: LabelledSample[] = [];
  for (let tenth = -30; tenth <= 30; tenth += 2) {
    const score = tenth / 10;
    const rightCount = Math.round(logistic(slope * score) * perScore);
    for (let k = 0; k < perScore; k++) samples.push({ x: [score], right: k < rightCount });
  }
  return samples;
}

const flat: LinearModel = { bias: 0, weights: [1] };

describe('plattScaling', () => {
  it('steepens a model whose estimates are too flat until they match how often it is right', () => {
    const scaled = plattScaled(samplesWithSlope(2), flat);
    expect(scaled.weights[0]).toBeCloseTo(2, 1);
    expect(scaled.bias).toBeCloseTo(0, 1);
  });

  it('flattens a model that is too sure of itself', () => {
    // It says logistic(2 × score) where logistic(0.5 × score) is right.
    const scaled = plattScaled(samplesWithSlope(0.5), { bias: 0, weights: [2] });
    expect(scaled.weights[0]).toBeCloseTo(0.5, 1);
  });

  it('moves the bias where the model is right more often than it says', () => {
    // Right as often as logistic(score + 1) says, where the model says logistic(score).
    const samples = samplesWithSlope(1).map(({ x, right }) => ({ x: [x[0]! - 1], right }));
    const scaled = plattScaled(samples, flat);
    expect(scaled.bias).toBeCloseTo(1, 1);
    expect(scaled.weights[0]).toBeCloseTo(1, 1);
  });

  it('keeps the order of every pair of samples, so the answers at a moved threshold stay', () => {
    const model: LinearModel = { bias: 0.3, weights: [1, -0.5] };
    const samples: LabelledSample[] = [
      { x: [0.9, 0.1], right: true },
      { x: [0.2, 0.4], right: false },
      { x: [0.7, 0.3], right: true },
      { x: [0.4, 0.9], right: false },
      { x: [0.5, 0.2], right: false },
      { x: [0.8, 0.5], right: true },
    ];
    const scaled = plattScaled(samples, model);
    const order = (m: LinearModel) =>
      samples
        .map((sample, k) => [scoreOf(m, sample.x), k] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, k]) => k);
    expect(order(scaled)).toEqual(order(model));
  });

  it('leaves the model as it is when the samples tell no slope: all right, all wrong, or one score', () => {
    const allRight = [
      { x: [1], right: true },
      { x: [2], right: true },
    ];
    const allWrong = [
      { x: [1], right: false },
      { x: [2], right: false },
    ];
    const oneScore = [
      { x: [1], right: true },
      { x: [1], right: false },
    ];
    expect(plattScaled(allRight, flat)).toEqual(flat);
    expect(plattScaled(allWrong, flat)).toEqual(flat);
    expect(plattScaled(oneScore, flat)).toEqual(flat);
  });
});

describe('fitLogistic', () => {
  it('finds the slope of honest samples, a little flatter for its penalty', () => {
    const samples = samplesWithSlope(1.5, 20);
    const unpenalised = fitLogistic(samples, 0);
    const penalised = fitLogistic(samples, 0.1);
    expect(unpenalised.weights[0]).toBeCloseTo(1.5, 1);
    expect(penalised.weights[0]!).toBeLessThan(unpenalised.weights[0]!);
  });
});

describe('scoreOf', () => {
  it('sums the bias and each weight times its feature', () => {
    expect(scoreOf({ bias: -1, weights: [2, 0.5] }, [3, 4])).toBe(7);
  });
});

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 421 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.971,
  weights: {
    coverage: 0.757,
    strictCoverage: 0.573,
    missing: -0.532,
    elsewhere: -0.234,
    weak: 0.235,
    kindLacking: -2.289,
    kindHeld: -0.03,
    margin: 1.08,
    substance: 0.226,
    specific: 0.818,
    missingThing: -0.462,
  },
  threshold: 0.6,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.034,
  weights: {
    coverage: 0.875,
    strictCoverage: 0.676,
    missing: -0.803,
    elsewhere: -0.024,
    weak: 0.119,
    kindLacking: -1.884,
    kindHeld: -0.357,
    margin: 0.705,
    substance: 0.572,
    specific: 1.147,
    missingThing: -0.462,
  },
  threshold: 0.71,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.88,
  weights: {
    coverage: 0.689,
    strictCoverage: 0.462,
    missing: -0.699,
    elsewhere: -0.193,
    weak: 0.331,
    kindLacking: -2.205,
    kindHeld: -0.049,
    margin: 1.096,
    substance: 0.397,
    specific: 0.79,
    missingThing: -0.544,
  },
  threshold: 0.59,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 2503 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.841,
  weights: {
    coverage: 1.361,
    strictCoverage: 1.02,
    missing: -1.558,
    elsewhere: -0.741,
    weak: 0.115,
    kindLacking: -5.06,
    kindHeld: -0.243,
    margin: 2.57,
    substance: 1.1,
    specific: 1.541,
    missingThing: -0.395,
  },
  threshold: 0.674,
} as const;

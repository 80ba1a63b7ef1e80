// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.861,
  weights: {
    coverage: 0.683,
    strictCoverage: 0.453,
    missing: -0.716,
    elsewhere: -0.185,
    weak: 0.338,
    kindLacking: -2.164,
    kindHeld: -0.065,
    margin: 1.043,
    substance: 0.406,
    specific: 0.782,
    missingThing: -0.528,
  },
  threshold: 0.61,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 2027 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.624,
  weights: {
    coverage: 0.683,
    strictCoverage: 0.512,
    missing: -0.782,
    elsewhere: -0.372,
    weak: 0.058,
    kindLacking: -2.539,
    kindHeld: -0.122,
    margin: 1.29,
    substance: 0.552,
    specific: 0.773,
    missingThing: -0.198,
  },
  threshold: 0.66,
} as const;

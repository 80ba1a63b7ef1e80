// Written by `npm run calibrate` (src/eval/calibrate.ts) from 341 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.901,
  weights: {
    coverage: 0.819,
    strictCoverage: 0.58,
    missing: -0.716,
    elsewhere: -0.196,
    weak: 0.312,
    kindLacking: -2.397,
    kindHeld: -0.193,
    margin: 0.91,
    substance: 0.386,
    specific: 0.913,
    missingThing: -0.373,
  },
  threshold: 0.63,
} as const;

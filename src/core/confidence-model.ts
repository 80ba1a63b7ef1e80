// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.025,
  weights: {
    coverage: 0.876,
    strictCoverage: 0.679,
    missing: -0.798,
    elsewhere: -0.008,
    weak: 0.115,
    kindLacking: -1.891,
    kindHeld: -0.397,
    margin: 0.706,
    substance: 0.565,
    specific: 1.149,
    missingThing: -0.466,
  },
  threshold: 0.71,
} as const;

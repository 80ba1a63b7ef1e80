// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.883,
  weights: {
    coverage: 0.685,
    strictCoverage: 0.455,
    missing: -0.695,
    elsewhere: -0.192,
    weak: 0.335,
    kindLacking: -2.177,
    kindHeld: -0.039,
    margin: 1.071,
    substance: 0.406,
    specific: 0.786,
    missingThing: -0.539,
  },
  threshold: 0.62,
} as const;

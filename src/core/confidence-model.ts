// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.707,
  weights: {
    coverage: 1.197,
    strictCoverage: 0.94,
    missing: -1.195,
    elsewhere: -0.044,
    weak: 0.136,
    kindLacking: -1.849,
    kindHeld: -0.468,
    margin: 0.963,
    substance: 0.481,
  },
  threshold: 0.65,
} as const;

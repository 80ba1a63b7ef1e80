// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -0.767,
  weights: {
    coverage: 1.223,
    strictCoverage: 0.926,
    missing: -0.999,
    elsewhere: -0.02,
    weak: 0.055,
    kindLacking: -1.489,
    kindHeld: -0.64,
    margin: 0.909,
    substance: 0.371,
  },
  threshold: 0.62,
} as const;

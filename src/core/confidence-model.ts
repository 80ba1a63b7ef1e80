// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -0.851,
  weights: {
    coverage: 1.217,
    strictCoverage: 0.926,
    missing: -0.991,
    elsewhere: -0.044,
    weak: 0.042,
    kindLacking: -1.801,
    kindHeld: -0.518,
    margin: 1.09,
    substance: 0.417,
  },
  threshold: 0.63,
} as const;

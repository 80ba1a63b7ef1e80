// Written by `npm run calibrate` (src/eval/calibrate.ts) from 274 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -1.03,
  weights: {
    coverage: 1.105,
    strictCoverage: 0.903,
    missing: -0.756,
    elsewhere: 0.031,
    weak: -0.195,
    kindLacking: -0.142,
    kindHeld: -0.773,
    margin: 0.913,
    substance: 0.541,
  },
  threshold: 0.67,
} as const;

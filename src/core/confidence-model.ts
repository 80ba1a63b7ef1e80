// Written by `npm run calibrate` (src/eval/calibrate.ts) from 274 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -1.024,
  weights: {
    coverage: 1.107,
    strictCoverage: 0.889,
    missing: -0.762,
    elsewhere: 0.038,
    weak: -0.187,
    kindLacking: -0.141,
    kindHeld: -0.777,
    margin: 0.918,
    substance: 0.543,
  },
  threshold: 0.67,
} as const;

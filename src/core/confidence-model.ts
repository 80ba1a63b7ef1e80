// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -0.89,
  weights: {
    coverage: 1.161,
    strictCoverage: 0.929,
    missing: -0.83,
    elsewhere: 0.039,
    weak: -0.116,
    kindLacking: -1.007,
    kindHeld: -0.604,
    margin: 0.827,
    substance: 0.357,
  },
  threshold: 0.69,
} as const;

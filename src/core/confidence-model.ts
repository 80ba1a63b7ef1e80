// Written by `npm run calibrate` (src/eval/calibrate.ts) from 274 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -1.078,
  weights: {
    coverage: 1.145,
    strictCoverage: 0.939,
    missing: -0.775,
    elsewhere: 0.041,
    weak: -0.185,
    kindLacking: -0.981,
    kindHeld: -0.578,
    margin: 0.87,
    substance: 0.524,
  },
  threshold: 0.71,
} as const;

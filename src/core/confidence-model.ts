// Written by `npm run calibrate` (src/eval/calibrate.ts) from 274 labelled questions; do not edit by hand.
export const CONFIDENCE_MODEL = {
  bias: -1.09,
  weights: {
    coverage: 1.152,
    strictCoverage: 0.943,
    missing: -0.741,
    elsewhere: 0.049,
    weak: -0.184,
    kindLacking: -0.143,
    kindHeld: -0.78,
    margin: 0.91,
    substance: 0.529,
  },
  threshold: 0.67,
} as const;

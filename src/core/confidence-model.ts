// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.689,
  weights: {
    coverage: 1.182,
    strictCoverage: 0.938,
    missing: -1.23,
    elsewhere: -0.032,
    weak: 0.128,
    kindLacking: -1.848,
    kindHeld: -0.462,
    margin: 0.973,
    substance: 0.486,
  },
  threshold: 0.65,
} as const;

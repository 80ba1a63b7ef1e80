// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.14,
  weights: {
    coverage: 0.917,
    strictCoverage: 0.712,
    missing: -0.923,
    elsewhere: -0.017,
    weak: 0.11,
    kindLacking: -1.883,
    kindHeld: -0.402,
    margin: 0.758,
    substance: 0.448,
    specific: 1.222,
  },
  threshold: 0.67,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.132,
  weights: {
    coverage: 0.893,
    strictCoverage: 0.692,
    missing: -0.957,
    elsewhere: -0.039,
    weak: 0.086,
    kindLacking: -1.891,
    kindHeld: -0.461,
    margin: 0.844,
    substance: 0.457,
    specific: 1.221,
  },
  threshold: 0.67,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.994,
  weights: {
    coverage: 0.892,
    strictCoverage: 0.668,
    missing: -0.768,
    elsewhere: -0.014,
    weak: 0.205,
    kindLacking: -2.041,
    kindHeld: -0.407,
    margin: 0.827,
    substance: 0.452,
    specific: 1.144,
    missingThing: -0.418,
  },
  threshold: 0.67,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 341 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.887,
  weights: {
    coverage: 0.796,
    strictCoverage: 0.574,
    missing: -0.679,
    elsewhere: -0.207,
    weak: 0.301,
    kindLacking: -2.21,
    kindHeld: -0.206,
    margin: 0.832,
    substance: 0.388,
    specific: 0.846,
    missingThing: -0.359,
  },
  threshold: 0.62,
} as const;

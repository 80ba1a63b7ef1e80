// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.881,
  weights: {
    coverage: 0.754,
    strictCoverage: 0.562,
    missing: -0.778,
    elsewhere: -0.18,
    weak: 0.247,
    kindLacking: -3.487,
    kindHeld: -0.205,
    margin: 1.275,
    substance: 0.445,
    specific: 0.892,
    missingThing: -0.633,
  },
  threshold: 0.62,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.015,
  weights: {
    coverage: 0.872,
    strictCoverage: 0.657,
    missing: -0.845,
    elsewhere: 0.015,
    weak: 0.151,
    kindLacking: -1.881,
    kindHeld: -0.401,
    margin: 0.742,
    substance: 0.5,
    specific: 1.191,
    missingThing: -0.419,
  },
  threshold: 0.69,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 341 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.739,
  weights: {
    coverage: 0.727,
    strictCoverage: 0.539,
    missing: -0.619,
    elsewhere: -0.127,
    weak: 0.222,
    kindLacking: -1.909,
    kindHeld: -0.632,
    margin: 0.744,
    substance: 0.334,
    specific: 0.798,
    missingThing: -0.407,
  },
  threshold: 0.6,
} as const;

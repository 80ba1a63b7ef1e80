// Written by `npm run calibrate` (src/eval/calibrate.ts) from 421 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.972,
  weights: {
    coverage: 0.76,
    strictCoverage: 0.581,
    missing: -0.547,
    elsewhere: -0.224,
    weak: 0.232,
    kindLacking: -2.294,
    kindHeld: -0.026,
    margin: 1.083,
    substance: 0.21,
    specific: 0.826,
    missingThing: -0.449,
  },
  threshold: 0.59,
} as const;

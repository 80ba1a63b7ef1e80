// Written by `npm run calibrate` (src/eval/calibrate.ts) from 421 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.998,
  weights: {
    coverage: 0.764,
    strictCoverage: 0.583,
    missing: -0.486,
    elsewhere: -0.233,
    weak: 0.229,
    kindLacking: -2.338,
    kindHeld: -0.036,
    margin: 1.119,
    substance: 0.201,
    specific: 0.826,
    missingThing: -0.477,
  },
  threshold: 0.6,
} as const;

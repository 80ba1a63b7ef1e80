// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.854,
  weights: {
    coverage: 0.746,
    strictCoverage: 0.554,
    missing: -0.812,
    elsewhere: -0.178,
    weak: 0.254,
    kindLacking: -3.482,
    kindHeld: -0.203,
    margin: 1.265,
    substance: 0.434,
    specific: 0.902,
    missingThing: -0.615,
  },
  threshold: 0.62,
} as const;

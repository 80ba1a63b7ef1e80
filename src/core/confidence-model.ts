// Written by `npm run calibrate` (src/eval/calibrate.ts) from 421 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.022,
  weights: {
    coverage: 0.77,
    strictCoverage: 0.583,
    missing: -0.52,
    elsewhere: -0.218,
    weak: 0.243,
    kindLacking: -2.309,
    kindHeld: -0.021,
    margin: 1.087,
    substance: 0.218,
    specific: 0.844,
    missingThing: -0.452,
  },
  threshold: 0.59,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.8,
  weights: {
    coverage: 0.608,
    strictCoverage: 0.398,
    missing: -0.622,
    elsewhere: -0.151,
    weak: 0.279,
    kindLacking: -2.141,
    kindHeld: -0.08,
    margin: 1.073,
    substance: 0.413,
    specific: 0.684,
    missingThing: -0.407,
  },
  threshold: 0.61,
} as const;

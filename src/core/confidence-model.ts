// Written by `npm run calibrate` (src/eval/calibrate.ts) from 1981 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.608,
  weights: {
    coverage: 0.673,
    strictCoverage: 0.493,
    missing: -0.774,
    elsewhere: -0.327,
    weak: 0.124,
    kindLacking: -2.573,
    kindHeld: -0.055,
    margin: 1.294,
    substance: 0.53,
    specific: 0.75,
    missingThing: -0.174,
  },
  threshold: 0.66,
} as const;

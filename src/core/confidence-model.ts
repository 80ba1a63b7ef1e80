// Written by `npm run calibrate` (src/eval/calibrate.ts) from 2410 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.763,
  weights: {
    coverage: 1.31,
    strictCoverage: 0.982,
    missing: -1.5,
    elsewhere: -0.713,
    weak: 0.111,
    kindLacking: -4.87,
    kindHeld: -0.234,
    margin: 2.474,
    substance: 1.059,
    specific: 1.483,
    missingThing: -0.38,
  },
  threshold: 0.67,
} as const;

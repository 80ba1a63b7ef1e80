// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.024,
  weights: {
    coverage: 0.878,
    strictCoverage: 0.677,
    missing: -0.771,
    elsewhere: -0.023,
    weak: 0.14,
    kindLacking: -1.902,
    kindHeld: -0.387,
    margin: 0.711,
    substance: 0.574,
    specific: 1.139,
    missingThing: -0.454,
    speakerLacking: -0.833,
  },
  threshold: 0.7,
} as const;

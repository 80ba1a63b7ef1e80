// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -1.019,
  weights: {
    coverage: 0.876,
    strictCoverage: 0.673,
    missing: -0.782,
    elsewhere: -0.028,
    weak: 0.14,
    kindLacking: -1.896,
    kindHeld: -0.379,
    margin: 0.703,
    substance: 0.566,
    specific: 1.144,
    missingThing: -0.448,
    speakerLacking: -0.708,
  },
  threshold: 0.71,
} as const;

// Written by `npm run calibrate` (src/eval/calibrate.ts) from 271 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.984,
  weights: {
    coverage: 0.882,
    strictCoverage: 0.661,
    missing: -0.8,
    elsewhere: -0.016,
    weak: 0.18,
    kindLacking: -1.929,
    kindHeld: -0.364,
    margin: 0.798,
    substance: 0.429,
    specific: 1.141,
    missingThing: -0.412,
    speakerLacking: -0.815,
  },
  threshold: 0.69,
} as const;

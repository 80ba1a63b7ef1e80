// Written by `npm run calibrate` (src/eval/calibrate.ts) from 546 labelled questions; do not edit by hand.
// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
export const CONFIDENCE_MODEL = {
  bias: -0.878,
  weights: {
    coverage: 0.742,
    strictCoverage: 0.532,
    missing: -0.764,
    elsewhere: -0.195,
    weak: 0.317,
    kindLacking: -3.478,
    kindHeld: -0.277,
    margin: 1.254,
    substance: 0.476,
    specific: 0.904,
    missingThing: -0.611,
  },
  threshold: 0.63,
} as const;

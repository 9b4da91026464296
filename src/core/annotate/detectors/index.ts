import type { Detector } from '../detector.js'

/** Every detector, in run order: cues, then behaviours, then failures. */
export const detectors: readonly Detector[] = []

import type { Detector } from '../detector.js'
import { complaint } from './complaint.js'
import { emotion } from './emotion.js'
import { hardship } from './hardship.js'
import { hesitation } from './hesitation.js'
import { personal } from './personal.js'
import { reassurance } from './reassurance.js'

/** Every detector, in run order: cues, then behaviours, then failures. */
export const detectors: readonly Detector[] = [
  // cues (customer): run first, later phases read them
  emotion, personal, hardship, complaint, hesitation, reassurance,
]

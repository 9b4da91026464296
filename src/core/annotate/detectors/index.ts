import type { Detector } from '../detector.js'
import { challenge } from './challenge.js'
import { check } from './check.js'
import { complaint } from './complaint.js'
import { emotion } from './emotion.js'
import { exploration } from './exploration.js'
import { hardship } from './hardship.js'
import { hesitation } from './hesitation.js'
import { interpretation } from './interpretation.js'
import { mutualQualification } from './mutual-qualification.js'
import { personal } from './personal.js'
import { reaction } from './reaction.js'
import { reassurance } from './reassurance.js'
import { selfDisclosure } from './self-disclosure.js'

/** Every detector, in run order: cues, then behaviours, then failures. */
export const detectors: readonly Detector[] = [
  // cues (customer): run first, later phases read them
  emotion, personal, hardship, complaint, hesitation, reassurance,
  // behaviours (team)
  reaction, interpretation, exploration, check, selfDisclosure, challenge, mutualQualification,
]

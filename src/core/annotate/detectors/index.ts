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
import { adviceFirst } from './advice-first.js'
import { agendaPush } from './agenda-push.js'
import { boilerplate } from './boilerplate.js'
import { capitulation } from './capitulation.js'
import { featureDump } from './feature-dump.js'
import { genericQuestion } from './generic-question.js'
import { missedCue } from './missed-cue.js'
import { needy } from './needy.js'
import { servile } from './servile.js'
import { sympathy } from './sympathy.js'

/** Every detector, in run order: cues, then behaviours, then failures. */
export const detectors: readonly Detector[] = [
  // cues (customer): run first, later phases read them
  emotion, personal, hardship, complaint, hesitation, reassurance,
  // behaviours (team)
  reaction, interpretation, exploration, check, selfDisclosure, challenge, mutualQualification,
  // failures (team): may read cues and behaviours, and earlier failures. boilerplate and sympathy run
  // before missed-cue, which reads them: a stock line alone is still a missed cue, pity is not (labels.md).
  boilerplate, sympathy, missedCue, adviceFirst, agendaPush, capitulation, genericQuestion, featureDump, needy, servile,
]

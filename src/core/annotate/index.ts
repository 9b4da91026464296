import type { Conversation } from '../conversation.js'
import { detectors } from './detectors/index.js'
import { runDetectors, type Annotation } from './run.js'
import { coreView } from './text.js'

export type { Annotation } from './run.js'

/** Labels every utterance of a conversation with the full detector registry. */
export function annotate(conversation: Conversation): Annotation {
  return runDetectors(coreView(conversation), detectors)
}

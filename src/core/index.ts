/**
 * Rapport's library: read conversations, label empathy moments, measure and present them.
 * @example
 * const [{ conversation, roles }] = await read(bytes, 'call.vtt', { reps: ['Dana'] })
 * const analysis = analyze(conversation, { roles })
 */
export { analyze, type AnalyzeOptions } from './analyze.js'
export { read, type ReadResult } from './read.js'
export { render, formats, type Format, type RenderOptions, type Paint } from './present/index.js'
export { annotate, type Annotation } from './annotate/index.js'
export { detectors } from './annotate/detectors/index.js'
export { measure, type Measurement } from './measure/index.js'
export { InputError } from './errors.js'
export { labelIds, cueLabels, behaviourLabels, failureLabels, isLabelId, type LabelId } from './labels.js'
export { knownExtensions, defaultMaxBytes, readConversations, formatOf, type ReadOptions } from './ingest/index.js'
export { assignRoles, type RoleDecision, type RoleOptions } from './ingest/roles.js'
export { schema, countWords, type Analysis, type Finding, type Metrics, type Scores, type Participant, type AnalysedUtterance, type Explanation } from './analysis.js'
export type { Conversation, Utterance, Role, Channel, RawConversation, RawUtterance } from './conversation.js'
export type { Detector, DetectorContext, Hit } from './annotate/detector.js'
export { engineVersion } from './version.js'

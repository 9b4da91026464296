import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { analyze, measure, read, type Analysis, type Annotation } from '../src/core/index.js'

/** The shipped examples with their reps (examples/README.md). */
export const examples: readonly { file: string; reps: string[] }[] = [
  { file: 'discovery-call.vtt', reps: ['Priya Natarajan'] },
  { file: 'teams-demo.vtt', reps: ['Marcus Lee'] },
  { file: 'renewal-stall.txt', reps: ['Jordan Blake'] },
  { file: 'support-escalation.srt', reps: ['Sam Carter'] },
  { file: 'onboarding-chat.csv', reps: ['Leo'] },
  { file: 'billing-thread.mbox', reps: ['@payroll.io'] },
  { file: 'personal-news.json', reps: ['Nina Park'] },
]

/** Analyses a file of examples/ through the real pipeline. */
export async function analyseExample(file: string, reps: string[]): Promise<Analysis[]> {
  const path = join(import.meta.dirname, '..', 'examples', file)
  const results = await read(await readFile(path), path, { reps })
  return results.map(({ conversation, roles }) => analyze(conversation, { roles }))
}

/** A transcript written to attack the report: markup, attributes and quotes in names, text and the source. */
export const hostileJson = JSON.stringify({
  source: '<svg onload="window.__pwned=1">"\'.json',
  channel: 'call',
  utterances: [
    { speaker: '"><img src=x onerror="window.__pwned=1">', role: 'team', text: 'Hi <script>window.__pwned=1;alert(1)</script> how was the weekend?', start: 1, end: 4 },
    { speaker: "O'Brien <b onmouseover='window.__pwned=1'>", role: 'customer', text: `Awful. I'm fed up "really" fed up <img src=x onerror=alert(1)> and my kid had the flu. javascript:alert(1) </textarea></style><script>window.__pwned=2</script>`, start: 5, end: 12 },
    { speaker: '"><img src=x onerror="window.__pwned=1">', role: 'team', text: "Great! So, the agenda ' onerror='alert(1)' for today <iframe src=\"https://example.com\"></iframe>.", start: 13, end: 18 },
    { speaker: "O'Brien <b onmouseover='window.__pwned=1'>", role: 'customer', text: '<style>body{display:none}</style> <a href="javascript:alert(1)">click</a> {{constructor}}', start: 19, end: 22 },
  ],
})

/** Analyses the hostile transcript, with a label set by hand so findings carry hostile words too. */
export async function analyseHostile(): Promise<Analysis> {
  const [result] = await read(new TextEncoder().encode(hostileJson), 'hostile.json')
  const { conversation, roles } = result!
  const analysis = analyze(conversation, { roles })
  const annotation: Annotation = {
    labels: [[], ['emotion', 'personal'], ['missed-cue'], []],
    hits: [
      { label: 'emotion', utterance: 1, span: [7, 17], reason: 'fed-up' },
      { label: 'missed-cue', utterance: 2, span: [0, 30], reason: 'no-acknowledgement', cue: 1, message: 'The reply <b>moved on</b> "quickly".', suggestion: "Say <i>it</i> back: 'fed up'." },
    ],
  }
  const measured = measure(conversation, annotation)
  return {
    ...analysis,
    ...measured,
    utterances: analysis.utterances.map((u, i) => ({ ...u, labels: [...new Set([...u.labels, ...annotation.labels[i]!])] })),
    explanations: [{ label: 'emotion', utterance: 1, span: [7, 17], evidence: conversation.utterances[1]!.text.slice(7, 17), reason: 'fed-up<script>' }],
  }
}

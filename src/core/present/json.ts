import type { Analysis } from '../analysis.js'

/** One analysis as pretty JSON, several as a JSON array. */
export function renderJson(analyses: readonly Analysis[]): string {
  return `${JSON.stringify(analyses.length === 1 ? analyses[0] : analyses, null, 2)}\n`
}

/** One analysis per line. */
export function renderNdjson(analyses: readonly Analysis[]): string {
  return analyses.map((analysis) => `${JSON.stringify(analysis)}\n`).join('')
}

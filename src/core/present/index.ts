import type { Analysis } from '../analysis.js'
import { renderJson, renderNdjson } from './json.js'
import { renderHtml } from './html.js'
import { renderMarkdown } from './markdown.js'
import { renderText, type Paint } from './text.js'

/** Output formats of `--format`. */
export const formats = ['json', 'ndjson', 'md', 'html', 'text'] as const
/** An output format. */
export type Format = (typeof formats)[number]

/** Options for rendering. */
export interface RenderOptions {
  paint?: Paint
}

/** Renders analyses in one format. */
export function render(analyses: readonly Analysis[], format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return renderJson(analyses)
    case 'ndjson':
      return renderNdjson(analyses)
    case 'md':
      return renderMarkdown(analyses)
    case 'html':
      return renderHtml(analyses)
    case 'text':
      return renderText(analyses, options.paint)
  }
}

export type { Paint } from './text.js'

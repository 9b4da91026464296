/** Markup that is already safe: built by `html`, never from user text directly. */
export class Safe {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const special = /[&<>"'`]/g

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Lone surrogates become U+FFFD and control characters (except tab and newlines) are dropped, so the file stays valid UTF-8 HTML.
  const wellFormed = (text as string & { toWellFormed?: () => string }).toWellFormed?.() ?? text
  return wellFormed.replace(controls, '').replace(special, (char) => entities[char]!)
}

type Value = Safe | string | number | null | undefined | false | readonly Value[]

function toHtml(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof Safe) return value.value
  if (Array.isArray(value)) return value.map(toHtml).join('')
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  return escapeHtml(value as string)
}

/** A template whose every interpolation is escaped unless it is `Safe` (itself built by `html`). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Safe {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += toHtml(value) + (strings[i + 1] ?? '')
  })
  return new Safe(out)
}

/** Joins safe fragments. */
export function join(parts: readonly Safe[], separator = ''): Safe {
  return new Safe(parts.map((part) => part.value).join(separator))
}

/** `hh:mm:ss`, `h:mm:ss`, `mm:ss`, with optional `.mmm` or `,mmm` fraction. */
const clock = /^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)(?:[.,](\d{1,3}))?$/

/** Seconds from a clock timestamp, or null when it is not one. */
export function parseClock(value: string): number | null {
  const match = clock.exec(value.trim())
  if (!match) return null
  const [, hours, minutes, seconds, fraction] = match
  const total = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds)
  return fraction ? total + Number(`0.${fraction}`) : total
}

/** `mm:ss` or `h:mm:ss` for display. */
export function formatClock(seconds: number): string {
  const whole = Math.floor(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = whole % 60
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`
}

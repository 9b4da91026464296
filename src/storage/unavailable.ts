/** PostgreSQL error classes that mean "the database is not there right now", not "this request is wrong". */
const codes = new Set([
  // Node sockets: refused, reset, unreachable, timed out.
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT',
  // SQLSTATE class 08 (connection exception) and 57P01-03 (admin shutdown, crash shutdown, cannot connect now).
  '08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03',
])

/** Whether an error from the store means the database is down or restarting (the server answers 503, workers wait). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && codes.has(code)) return true
  // node-postgres says these in words only.
  return /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed/i.test(error.message)
}

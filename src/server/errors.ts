import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { InputError } from '../core/index.js'
import { StoreError } from '../storage/index.js'
import { isDatabaseUnavailable } from '../storage/unavailable.js'

/** The one error shape of the API. */
export interface ErrorBody {
  error: { message: string; file?: string; line?: number; hint?: string }
}

/** Builds the error body; `file`, `line` and `hint` only when known. */
export function errorBody(message: string, extra: { file?: string | undefined; line?: number | undefined; hint?: string | undefined } = {}): ErrorBody {
  const error: ErrorBody['error'] = { message }
  if (extra.file !== undefined) error.file = extra.file
  if (extra.line !== undefined) error.line = extra.line
  if (extra.hint !== undefined) error.hint = extra.hint
  return { error }
}

/** Stops the request with a status and a message a user can act on. */
export function fail(status: ContentfulStatusCode, message: string, hint?: string): never {
  const res = new Response(JSON.stringify(errorBody(message, { hint })), { status, headers: { 'content-type': 'application/json; charset=utf-8' } })
  throw new HTTPException(status, { res, message })
}

/** The one error handler: user problems become 4xx with the error shape, bugs a 500 without a stack. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof InputError) return c.json(errorBody(error.message, { file: error.where.file, line: error.where.line, hint: error.hint }), 400)
  if (error instanceof HTTPException) {
    const res = error.getResponse()
    if (res.headers.get('content-type')?.includes('json')) return res
    return c.json(errorBody(error.message || res.statusText || 'request refused'), error.status)
  }
  if (error instanceof StoreError) return c.json(errorBody(error.message), 400)
  // PostgreSQL unique_violation: a name or identity that is already taken.
  if ((error as { code?: string }).code === '23505') return c.json(errorBody('that name is already taken', { hint: 'choose another name' }), 409)
  // The database is down or restarting: say so at once, so clients retry instead of waiting or reporting a bug.
  if (isDatabaseUnavailable(error)) return c.json(errorBody('the database is unavailable right now', { hint: 'try again in a few seconds' }), 503)
  console.error(error)
  return c.json(errorBody('internal error; the server log has the details'), 500)
}

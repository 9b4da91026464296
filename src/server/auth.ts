import { timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AccessRole, Principal, Store } from '../storage/index.js'
import { fail } from './errors.js'

/** The session cookie's name; httpOnly, SameSite=Strict. */
export const sessionCookie = 'rapport_session'
/** The header that carries the CSRF token on state-changing requests made with the cookie. */
export const csrfHeader = 'x-csrf-token'

export interface AuthVariables {
  principal: Principal
  csrf: string | null
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** A fixed-window counter per API key: `limit` requests a minute. */
export function rateLimiter(limit: number, windowMs = 60_000) {
  const windows = new Map<number, { start: number; count: number }>()
  return (keyId: number, now = Date.now()): { allowed: boolean; retryAfter: number } => {
    let window = windows.get(keyId)
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 }
      windows.set(keyId, window)
      if (windows.size > 10_000) for (const [id, old] of windows) if (now - old.start >= windowMs) windows.delete(id)
    }
    window.count += 1
    return { allowed: window.count <= limit, retryAfter: Math.ceil((window.start + windowMs - now) / 1000) }
  }
}

/**
 * Resolves the caller from `Authorization: Bearer <key>` or the session cookie; answers 401
 * without either, 403 on a cookie request that changes state without the CSRF token, 429 over the rate.
 */
export function authenticate(store: Store, limit: ReturnType<typeof rateLimiter>): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    let principal: Principal | null = null
    let csrf: string | null = null
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header)
      if (!match) fail(401, 'the Authorization header must be "Bearer <API key>"', 'create a key with "rapport keys create"')
      principal = await store.authenticate(match[1]!)
      if (!principal) fail(401, 'this API key is unknown or revoked', 'ask an admin for a new key')
    } else {
      const token = getCookie(c, sessionCookie)
      const session = token ? await store.session(token) : null
      if (!session) fail(401, 'sign in first: send "Authorization: Bearer <API key>" or log in at /login', 'create a key with "rapport keys create"')
      principal = session.principal
      csrf = session.csrf
      if (!safeMethods.has(c.req.method)) {
        const sent = c.req.header(csrfHeader)
        if (!sent || !sameText(sent, csrf)) fail(403, 'missing or wrong CSRF token', `send the token from GET /api/me as the ${csrfHeader} header`)
      }
    }
    const rate = limit(principal.keyId)
    if (!rate.allowed) {
      c.header('retry-after', String(rate.retryAfter))
      fail(429, 'too many requests for this key', `wait ${rate.retryAfter} seconds`)
    }
    c.set('principal', principal)
    c.set('csrf', csrf)
    await next()
  }
}

/** Refuses with 403 unless the caller has one of `roles`. */
export function requireRole(c: Context<{ Variables: AuthVariables }>, ...roles: AccessRole[]): Principal {
  const principal = c.get('principal')
  if (!roles.includes(principal.role)) fail(403, `this needs the ${roles.join(' or ')} role; your key is ${principal.role}`)
  return principal
}

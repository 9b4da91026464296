import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { secureHeaders } from 'hono/secure-headers'
import { engineVersion } from '../core/index.js'
import type { Store } from '../storage/index.js'
import { apiRoutes } from './api.js'
import { authenticate, csrfHeader, rateLimiter, sessionCookie, type AuthVariables } from './auth.js'
import { errorBody, fail, handleError } from './errors.js'
import { LoginSchema, MeSchema, ErrorSchema } from './schemas.js'
import { keyWork, sameSecret } from './local.js'
import { uiRoutes } from './ui.js'
import type { UploadQueue } from './upload.js'
import { defaultOrganisation } from '../storage/index.js'

export interface AppOptions {
  store: Store
  /** Largest upload request, in bytes (default 50 MB). */
  maxUploadBytes?: number
  /** Largest single file, in bytes (default 25 MB). */
  maxFileBytes?: number
  /** Largest other request body, in bytes (default 1 MB). */
  maxBodyBytes?: number
  /** Requests a minute per API key (default 600). */
  rateLimit?: number
  /** How long a browser session lasts, in seconds (default 12 hours). */
  sessionSeconds?: number
  /** The secret of DIR/server.json that lets `rapport keys` work through this server (see local.ts). */
  localSecret?: string
  /** Send uploads to workers through this queue instead of analysing them in the request. */
  queue?: UploadQueue
}

type Env = { Variables: AuthVariables }

/** The whole server as a Hono app; it never listens (tests call `app.request()`, `serve` listens). */
export function createApp(options: AppOptions) {
  const { store } = options
  const maxUploadBytes = options.maxUploadBytes ?? 50 * 1024 * 1024
  const maxFileBytes = options.maxFileBytes ?? 25 * 1024 * 1024
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024
  const sessionSeconds = options.sessionSeconds ?? 12 * 60 * 60
  const app = new OpenAPIHono<Env>({
    defaultHook: (result, c) => (result.success ? undefined : c.json(errorBody(`${result.target}: ${result.error.issues[0]?.message ?? 'invalid'}`), 400)),
  })
  app.onError(handleError)
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json(errorBody(`no route ${c.req.method} ${c.req.path}`, { hint: 'see /openapi.json' }), 404) : c.text('Not found', 404)))

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    })
  )
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('cache-control', 'no-store')
  })
  app.use('/api/*', authenticate(store, rateLimiter(options.rateLimit ?? 600)))
  app.use('/api/*', (c, next) => {
    const upload = c.req.method === 'POST' && c.req.path === '/api/conversations'
    const maxSize = upload ? maxUploadBytes : maxBodyBytes
    return bodyLimit({
      maxSize,
      onError: (c) => c.json(errorBody(`the request body is over the ${Math.round(maxSize / 1024)} KB limit`, { hint: upload ? 'upload fewer or smaller files at a time' : undefined }), 413),
    })(c, next)
  })
  app.use('/auth/*', bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.json(errorBody('the request body is too large'), 413) }))

  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key from "rapport keys create"' })
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookie,
    description: `The browser session from POST /auth/login; state-changing requests also need the ${csrfHeader} header`,
  })

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['session'],
      summary: 'Exchange an API key for an httpOnly, SameSite=Strict session cookie',
      request: { body: { required: true, content: { 'application/json': { schema: LoginSchema } } } },
      responses: {
        200: { content: { 'application/json': { schema: MeSchema } }, description: 'Signed in; the cookie is set' },
        401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Unknown or revoked key' },
        403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Cross-origin request' },
      },
    }),
    async (c) => {
      checkOrigin(c.req.header('origin'), c.req.url)
      const principal = await store.authenticate(c.req.valid('json').key.trim())
      if (!principal) fail(401, 'this API key is unknown or revoked', 'check the key, or ask an admin for a new one')
      const session = await store.createSession(principal.keyId, sessionSeconds)
      setCookie(c, sessionCookie, session.token, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: sessionSeconds, secure: new URL(c.req.url).protocol === 'https:' })
      const person = principal.personId === null ? null : await store.getPerson(principal.orgId, principal.personId)
      return c.json({ role: principal.role, person: person ? { id: person.id, name: person.name } : null, csrf: session.csrf }, 200)
    }
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      tags: ['session'],
      summary: 'End the browser session',
      security: [{ session: [] }],
      responses: {
        200: { content: { 'application/json': { schema: z.object({ ok: z.boolean() }) } }, description: 'Signed out' },
        401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No session' },
        403: { content: { 'application/json': { schema: ErrorSchema } }, description: 'Missing CSRF token' },
      },
    }),
    async (c) => {
      const token = getCookie(c, sessionCookie)
      const session = token ? await store.session(token) : null
      if (!token || !session) fail(401, 'not signed in')
      if (c.req.header(csrfHeader) !== session.csrf) fail(403, 'missing or wrong CSRF token', `send the token from GET /api/me as the ${csrfHeader} header`)
      await store.deleteSession(token)
      deleteCookie(c, sessionCookie, { path: '/' })
      return c.json({ ok: true }, 200)
    }
  )

  app.openAPIRegistry.registerComponent('securitySchemes', 'local', {
    type: 'apiKey',
    in: 'header',
    name: 'x-rapport-local',
    description: 'The secret in DATA/server.json, readable only by the owner of the data folder',
  })
  app.use('/internal/*', async (c, next) => {
    const secret = c.req.header('x-rapport-local')
    if (!options.localSecret || !secret || !sameSecret(secret, options.localSecret)) fail(401, 'this endpoint is for "rapport keys" on the server\'s own machine')
    await next()
  })
  app.openapi(
    createRoute({
      method: 'post',
      path: '/internal/keys',
      tags: ['keys'],
      summary: 'What `rapport keys` does while the server holds the PGlite folder: create, list or revoke keys',
      security: [{ local: [] }],
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.discriminatedUnion('action', [
                z.object({ action: z.literal('create'), role: z.enum(['admin', 'manager', 'rep']), person: z.string().max(200).optional(), label: z.string().max(200).optional() }),
                z.object({ action: z.literal('list') }),
                z.object({ action: z.literal('revoke'), id: z.number().int().positive() }),
              ]),
            },
          },
        },
      },
      responses: {
        200: { content: { 'application/json': { schema: z.looseObject({ action: z.string() }) } }, description: 'The answer' },
        401: { content: { 'application/json': { schema: ErrorSchema } }, description: 'No or wrong local secret' },
      },
    }),
    async (c) => {
      const answer = await keyWork(store, await store.ensureOrganisation(defaultOrganisation), c.req.valid('json'))
      return c.json(JSON.parse(JSON.stringify(answer)) as { action: string }, 200)
    }
  )

  app.route('/', apiRoutes(store, { maxUploadBytes, maxFileBytes, queue: options.queue }))
  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Rapport team server',
      version: engineVersion,
      description: 'Stored conversations, analyses (rapport.analysis/v1), profiles, dashboards and coaching plans. Every /api/ operation needs an API key (Bearer) or a session cookie.',
    },
  })
  app.route('/', uiRoutes())
  return app
}

/** A browser sends Origin on cross-site POSTs; refuse any that is not this server. */
function checkOrigin(origin: string | undefined, url: string): void {
  // Hosts, not origins: behind a TLS-terminating proxy the request URL says http while the page says https.
  if (!origin) return
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    fail(403, 'cross-origin login refused')
  }
  if (host !== new URL(url).host) fail(403, 'cross-origin login refused')
}

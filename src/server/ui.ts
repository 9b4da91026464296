import { readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Hono, type Context } from 'hono'

// tsc does not copy the assets to dist/, so a built server reads them from the checkout's src/.
function asset(name: string): string {
  const here = fileURLToPath(new URL(`./ui/${name}`, import.meta.url))
  return readFileSync(existsSync(here) ? here : fileURLToPath(new URL(`../../src/server/ui/${name}`, import.meta.url)), 'utf8')
}

const shell = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Main"><a class="brand" href="/">Rapport</a><span id="nav"></span></nav></header>
<main id="main" tabindex="-1"><p>Loading…</p></main>
<script type="module" src="/assets/app.js"></script>
</body>
</html>
`

/** The web app: one HTML shell for every page, a script and a stylesheet, all served from here (no CDN). */
export function uiRoutes(): Hono {
  const script = asset('app.js')
  const style = asset('app.css')
  const ui = new Hono()
  const page = (c: Context) => c.html(shell)
  for (const path of ['/', '/login', '/upload', '/admin', '/conversations/:id', '/people/:id', '/teams/:id']) ui.get(path, page)
  const serve = (body: string, type: string) => (c: Context) => {
    c.header('content-type', `${type}; charset=utf-8`)
    c.header('cache-control', 'no-cache')
    return c.body(body)
  }
  ui.get('/assets/app.js', serve(script, 'text/javascript'))
  ui.get('/assets/app.css', serve(style, 'text/css'))
  return ui
}

import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser } from 'playwright-core'
import { createApp } from '../../src/server/app.js'
import { openStore, type Store } from '../../src/storage/index.js'

// Debian's chromium, installed by scripts/ensure-chromium.mjs when missing; never a downloaded build.
const executablePath = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium'
const missing = !existsSync(executablePath)
if (missing) process.stderr.write(`\n  NOTICE: ${executablePath} not found, team server browser test skipped (node scripts/ensure-chromium.mjs --install)\n\n`)
const output = join(import.meta.dirname, '..', '..', 'test-output')
const example = fileURLToPath(new URL('../../examples/support-escalation.srt', import.meta.url))

describe('team server web app in Chromium', { skip: missing ? `${executablePath} not found` : false }, () => {
  let browser: Browser
  let store: Store
  let server: ServerType
  let base: string
  let token: string
  let samId: number

  before(async () => {
    await mkdir(output, { recursive: true })
    store = await openStore()
    const org = await store.ensureOrganisation('default')
    samId = (await store.createPerson(org, { name: 'Sam Carter' })).id
    token = (await store.createKey(org, { role: 'admin' })).token
    const app = createApp({ store })
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
  })
  after(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    await store?.close()
  })

  it('logs in, uploads an example, shows the conversation with its findings, the person page, and a team set up on the admin page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const problems: string[] = []
    const foreign: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) foreign.push(request.url())
    })

    await page.goto(`${base}/login`)
    await page.getByLabel('API key').fill(token)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/`)
    await page.getByRole('link', { name: 'Upload' }).click()
    await page.getByLabel('Team speakers').fill('Sam Carter')
    await page.locator('#files').setInputFiles(example)
    const link = page.getByRole('link', { name: 'support-escalation.srt' })
    await link.waitFor({ timeout: 60_000 })
    await link.click()
    await page.locator('.moment').first().waitFor()
    const findings = await page.locator('.finding').count()
    assert.ok(findings > 0, 'the example has findings shown beside the moments')
    assert.ok((await page.locator('.transcript').innerText()).includes('Sam Carter'))
    await page.screenshot({ path: join(output, 'server-conversation.png'), fullPage: true })

    await page.goto(`${base}/people/${samId}`)
    await page.getByRole('heading', { name: 'Coaching plan' }).waitFor()
    await page.screenshot({ path: join(output, 'server-person.png'), fullPage: true })

    await page.goto(`${base}/admin`)
    await page.getByLabel('Team name').fill('Support')
    await page.getByRole('button', { name: 'Add team' }).click()
    await page.getByRole('link', { name: 'Support' }).waitFor()
    await page.getByLabel('Team of Sam Carter').selectOption({ label: 'Support' })
    await page.getByRole('button', { name: 'Move' }).click()
    await page.getByRole('link', { name: 'Support' }).click()
    await page.getByRole('link', { name: 'Sam Carter' }).waitFor()
    assert.equal(await page.locator('table.matrix tbody tr').count(), 1, 'the team dashboard has a row for Sam Carter')
    assert.deepEqual(problems, [], 'no console errors (a CSP violation would be one)')
    assert.deepEqual(foreign, [], 'no request leaves the server')
  })
})

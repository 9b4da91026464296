import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { render } from '../../src/core/index.js'
import { analyseExample, analyseHostile, examples } from '../reports.js'

// Debian's chromium, installed by scripts/ensure-chromium.mjs (npm pretest) when missing; never a downloaded build.
const executablePath = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium'
const missing = !existsSync(executablePath)
if (missing) process.stderr.write(`\n  NOTICE: ${executablePath} not found, browser tests skipped (node scripts/ensure-chromium.mjs --install)\n\n`)
const output = join(import.meta.dirname, '..', '..', 'test-output')

/** One page for every report (a new page costs seconds on a loaded machine); the listeners record per report. */
let page: Page
const seen = { problems: [] as string[], requests: [] as string[], dialogs: [] as string[] }
let current = ''

/** Opens a report and records everything that should never happen in it. */
async function open(file: string) {
  seen.problems = []
  seen.requests = []
  seen.dialogs = []
  current = pathToFileURL(file).href
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  return { page, ...seen }
}

describe('HTML report in Chromium', { skip: missing ? `${executablePath} not found` : false }, () => {
  let browser: Browser
  before(async () => {
    await mkdir(output, { recursive: true })
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
  })
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') seen.problems.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => seen.problems.push(`pageerror: ${error.message}`))
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('request', (request) => {
      // The report itself is the one request allowed.
      if (request.url() !== current) seen.requests.push(request.url())
    })
  })
  after(async () => browser?.close())

  it('should show charts and findings of an example with no console errors and no requests', async () => {
    const analyses = await analyseExample('support-escalation.srt', ['Sam Carter'])
    const file = join(output, 'report-support-escalation.html')
    await writeFile(file, render(analyses, 'html'))
    const { page, problems, requests, dialogs } = await open(file)
    assert.deepEqual(problems, [])
    assert.deepEqual(requests, [])
    assert.deepEqual(dialogs, [])
    for (const selector of ['svg.timeline', 'svg.skills', 'table.metrics', '.transcript']) assert.ok(await page.locator(selector).first().isVisible(), `${selector} is visible`)
    const bars = await page.locator('svg.timeline rect').count()
    assert.equal(bars, analyses[0]!.utterances.length)
    if (analyses[0]!.findings.length) assert.ok(await page.locator('.finding').first().isVisible())
    const box = await page.locator('svg.skills').boundingBox()
    assert.ok(box && box.width > 200 && box.height > 100, 'the skill chart has a real size')
    await page.screenshot({ path: join(output, 'report-support-escalation.png'), fullPage: true })
  })

  it('should render one report across examples with a per-person table', async () => {
    // a call with times, a chat and an email thread: the three shapes of timeline
    const chosen = examples.filter(({ file }) => /renewal|onboarding|billing/.test(file))
    const analyses = (await Promise.all(chosen.map(({ file, reps }) => analyseExample(file, reps)))).flat()
    const file = join(output, 'report-examples.html')
    await writeFile(file, render(analyses, 'html'))
    const { page, problems, requests } = await open(file)
    assert.deepEqual(problems, [])
    assert.deepEqual(requests, [])
    assert.ok(await page.locator('table.people').isVisible())
    assert.equal(await page.locator('section.conversation').count(), analyses.length)
    assert.ok((await page.locator('svg.timeline').count()) === analyses.length)
    await page.screenshot({ path: join(output, 'report-examples.png') })
  })

  it('should run nothing from a hostile transcript and show its text literally', async () => {
    const hostile = await analyseHostile()
    const file = join(output, 'report-hostile.html')
    await writeFile(file, render([hostile], 'html'))
    const { page, problems, requests, dialogs } = await open(file)
    // let any injected handler (onload, onerror) fire if one got through
    await page.waitForTimeout(150)
    await page.hover('.transcript')
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined)
    assert.deepEqual(dialogs, [])
    assert.deepEqual(requests, [])
    assert.deepEqual(problems, [])
    assert.equal(await page.locator('script, iframe, img, style + style').count(), 0)
    const text = await page.locator('.transcript').innerText()
    assert.ok(text.includes('<script>window.__pwned=1;alert(1)</script>'))
    assert.ok(text.includes(`"><img src=x onerror="window.__pwned=1">`))
    assert.ok(await page.locator('.finding').first().isVisible())
    await page.screenshot({ path: join(output, 'report-hostile.png') })
  })
})

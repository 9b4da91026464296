import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyze, formats, read, render, type Analysis } from '../src/core/index.js'
import { analyseExample, analyseHostile, examples } from './reports.js'

let cached: Promise<Analysis[]> | undefined
const all = () => (cached ??= Promise.all(examples.map(({ file, reps }) => analyseExample(file, reps))).then((lists) => lists.flat()))

/** Every src/href/action in the page's own tags, and url() in its CSS, that points outside the file itself. */
const external = (page: string) => {
  const tags = (page.match(/<[a-z][^>]*>/gi) ?? []).join('\n')
  const css = (page.match(/<style>[\s\S]*?<\/style>/gi) ?? []).join('\n')
  const attributes = [...tags.matchAll(/\s(?:src|href|xlink:href|action|srcset|poster)\s*=\s*["']?(?!#)([^"'\s>]+)/gi)].map((m) => m[1])
  const urls = [...css.matchAll(/url\(\s*["']?(?!#|data:)([^)"']+)|@import/gi)].map((m) => m[1] ?? m[0])
  return [...attributes, ...urls]
}

describe('reports', () => {
  it('should render one self-contained HTML file for all examples, with SVG charts and nothing loaded', async () => {
    const analyses = await all()
    const page = render(analyses, 'html')
    assert.match(page, /^<!doctype html>/)
    assert.match(page, /Content-Security-Policy" content="default-src 'none'/)
    assert.doesNotMatch(page, /<script|<link|<img|<iframe|@import|@font-face/i)
    assert.deepEqual(external(page), [])
    assert.ok((page.match(/<svg /g) ?? []).length >= analyses.length * 2, 'a timeline and a skill chart per conversation')
    assert.match(page, /Team overview/)
    for (const analysis of analyses) assert.ok(page.includes(`id="c${analyses.indexOf(analysis) + 1}"`))
    assert.doesNotMatch(page, /NaN|undefined|\[object Object\]/)
  })

  it('should escape every piece of hostile text in HTML', async () => {
    const hostile = await analyseHostile()
    const page = render([hostile, hostile], 'html')
    assert.doesNotMatch(page, /<script|<img|<iframe|<b |<i>|<style>body|<a href="javascript|<svg onload/i)
    // Every tag in the page is the report's own: none carries an event handler or a javascript: URL.
    const tags = page.match(/<[a-z][^>]*>/gi) ?? []
    assert.deepEqual(tags.filter((tag) => /\son\w+\s*=|javascript:/i.test(tag)), [])
    assert.match(page, /&lt;script&gt;window\.__pwned=1;alert\(1\)&lt;\/script&gt;/)
    assert.match(page, /O&#39;Brien &lt;b onmouseover=&#39;window\.__pwned=1&#39;&gt;/)
    assert.match(page, /&lt;b&gt;moved on&lt;\/b&gt; &quot;quickly&quot;/)
    assert.deepEqual(external(page), [])
  })

  it('should escape hostile text in Markdown and strip control characters in text', async () => {
    const hostile = await analyseHostile()
    const md = render([hostile], 'md')
    assert.doesNotMatch(md, /(?<!\\)<script/)
    assert.match(md, /\\<script\\>/)
    const bell: Analysis = { ...hostile, utterances: [], findings: hostile.findings.map((f) => ({ ...f, message: `${f.message}\u001b[31m\u0007` })) }
    const text = render([bell], 'text')
    assert.doesNotMatch(text, /\u001b|\u0007/)
    assert.match(text, /missed cue/)
  })

  it('should print text plain when piped and coloured with a paint', async () => {
    const [analysis] = await analyseExample('renewal-stall.txt', ['Jordan Blake'])
    const plain = render([analysis!], 'text')
    assert.doesNotMatch(plain, /\u001b\[/)
    assert.match(plain, /Empathy (\d+|n\/a)  Assertiveness (\d+|n\/a)/)
    const wrap = (text: string) => `\u001b[1m${text}\u001b[22m`
    const coloured = render([analysis!], 'text', { paint: { bold: wrap, dim: wrap, red: wrap, green: wrap, yellow: wrap, cyan: wrap } })
    assert.match(coloured, /\u001b\[1m/)
  })

  it('should give a per-person table across conversations in text and Markdown', async () => {
    const analyses = await all()
    const md = render(analyses, 'md')
    assert.match(md, /^# Team overview/)
    assert.match(md, /\| Priya Natarajan \| 1 \|/)
    const text = render(analyses, 'text')
    assert.match(text, /People \(\d+\)/)
    assert.doesNotMatch(md + text, /NaN|undefined/)
  })

  it('should render junk in every format without throwing or printing NaN', async () => {
    const junk = [
      '[00:00:01] __proto__: 🙂🙂🙂 ' + 'x'.repeat(10000),
      '[00:00:02] constructor: constructor toString valueOf',
      '[00:00:02] __proto__: ',
      '[00:00:01] constructor: mm-hmm',
      'Dana: ?',
    ].join('\n')
    const [result] = await read(new TextEncoder().encode(junk), 'junk.txt', { reps: ['constructor'] })
    const analysis = analyze(result!.conversation, { roles: result!.roles, explain: true })
    const empty: Analysis = { ...analysis, utterances: [], participants: [], findings: [], metrics: {}, scores: { empathy: null, assertiveness: null, skills: {} } }
    for (const format of formats) {
      const out = render([analysis, empty], format)
      assert.doesNotMatch(out, /NaN|\[object Object\]/, format)
      if (!format.includes('json')) assert.doesNotMatch(out, /\bundefined\b|\bnull\b/, format)
    }
  })
})

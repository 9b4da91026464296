// Rapport's web app: plain DOM, no framework. User text only ever goes through textContent.
const main = document.getElementById('main')
const nav = document.getElementById('nav')
let me = null

/** Builds an element: h('a', { href: '/' }, 'text', child). Strings become text nodes, never HTML. */
function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'rect', 'line', 'polyline', 'circle', 'title', 'text'].includes(tag)
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value)
    else if (key === 'class') el.setAttribute('class', value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue
    el.append(child instanceof Node ? child : document.createTextNode(String(child)))
  }
  return el
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined))
  main.focus({ preventScroll: true })
}

class ApiError extends Error {}

async function api(path, options = {}) {
  const headers = { ...(options.headers || {}) }
  if (options.method && options.method !== 'GET' && me && me.csrf) headers['x-csrf-token'] = me.csrf
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json'
    options.body = JSON.stringify(options.json)
  }
  const response = await fetch(path, { ...options, headers, credentials: 'same-origin' })
  if (response.status === 401 && location.pathname !== '/login') {
    location.assign('/login')
    throw new ApiError('signed out')
  }
  const body = await response.json().catch(() => ({}))
  if (!response.ok) {
    const error = body.error || { message: response.statusText }
    throw new ApiError([error.file, error.line].filter((x) => x !== undefined).join(':') + (error.file ? ': ' : '') + error.message + (error.hint ? ` (${error.hint})` : ''))
  }
  return body
}

const date = (iso) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
const score = (value) => (value === null || value === undefined ? '–' : String(Math.round(value)))
const failures = new Set(['missed-cue', 'boilerplate', 'advice-first', 'agenda-push', 'capitulation', 'sympathy', 'generic-question', 'feature-dump', 'needy', 'servile'])
const behaviours = new Set(['reaction', 'interpretation', 'exploration', 'check', 'self-disclosure', 'challenge', 'mutual-qualification'])
const labelClass = (label) => (failures.has(label) ? 'label bad' : behaviours.has(label) ? 'label good' : 'label cue')
const errorBox = (error) => h('p', { class: 'error', role: 'alert' }, error.message)

function renderNav() {
  const links = [h('a', { href: '/' }, 'Conversations'), h('a', { href: '/upload' }, 'Upload')]
  if (me.person) links.push(h('a', { href: `/people/${me.person.id}` }, 'My profile'))
  for (const team of me.teams || []) links.push(h('a', { href: `/teams/${team.id}` }, `Team ${team.name}`))
  if (me.role === 'admin') links.push(h('a', { href: '/admin' }, 'Admin'))
  const out = h('button', { type: 'button', class: 'link', onclick: async () => {
    await api('/auth/logout', { method: 'POST' }).catch(() => undefined)
    location.assign('/login')
  } }, 'Sign out')
  nav.replaceChildren(...links, h('span', { class: 'who' }, `${me.person ? me.person.name : 'admin'} · ${me.role}`), out)
}

function loginPage() {
  nav.replaceChildren()
  const input = h('input', { id: 'key', name: 'key', type: 'password', autocomplete: 'current-password', required: true, placeholder: 'rk_…' })
  const status = h('p', { role: 'status' })
  const form = h('form', { class: 'card narrow', onsubmit: async (event) => {
    event.preventDefault()
    status.replaceChildren()
    try {
      const response = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: input.value }), credentials: 'same-origin' })
      const body = await response.json()
      if (!response.ok) throw new ApiError(body.error ? body.error.message : 'sign-in failed')
      location.assign('/')
    } catch (error) {
      status.replaceChildren(errorBox(error))
    }
  } }, h('h1', {}, 'Sign in'), h('label', { for: 'key' }, 'API key'), input, h('button', { type: 'submit' }, 'Sign in'), status,
    h('p', { class: 'muted' }, 'An admin creates keys with "rapport keys create".'))
  show(form)
  input.focus()
}

function uploader(onDone) {
  const input = h('input', { id: 'files', type: 'file', multiple: true })
  const rep = h('input', { id: 'rep', type: 'text', placeholder: 'e.g. Dana, @acme.com (optional)' })
  const progress = h('progress', { max: 100, value: 0, hidden: true, 'aria-label': 'Upload progress' })
  const status = h('div', { role: 'status', 'aria-live': 'polite' })
  const zone = h('div', { class: 'drop', tabindex: 0, role: 'button', 'aria-label': 'Drop files here, or press Enter to choose files' }, 'Drop transcripts, chats or emails here, or press Enter to choose files')
  const send = (files) => {
    if (!files.length) return
    const form = new FormData()
    for (const file of files) form.append('files', file, file.name)
    if (rep.value.trim()) form.append('rep', rep.value.trim())
    const request = new XMLHttpRequest()
    request.open('POST', '/api/conversations')
    if (me && me.csrf) request.setRequestHeader('x-csrf-token', me.csrf)
    progress.hidden = false
    progress.value = 0
    status.textContent = `Uploading ${files.length} file${files.length === 1 ? '' : 's'}…`
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) progress.value = Math.round((100 * event.loaded) / event.total)
    }
    request.onload = () => {
      progress.value = 100
      let body = {}
      try { body = JSON.parse(request.responseText) } catch { body = {} }
      if (request.status === 202) {
        const count = body.queued.reduce((sum, item) => sum + item.conversations, 0)
        status.replaceChildren(h('p', {}, `Queued ${count} conversation${count === 1 ? '' : 's'} for analysis; ${count === 1 ? 'it appears' : 'they appear'} under `, h('a', { href: '/' }, 'Conversations'), ' once analysed:'),
          h('ul', { class: 'uploaded' }, body.queued.map((item) => h('li', {}, item.file, item.job === null ? ' · already queued or being analysed' : ''))))
        if (onDone) onDone(body)
        return
      }
      if (request.status !== 201) {
        const error = body.error || { message: request.statusText }
        status.replaceChildren(errorBox(new Error([error.file, error.message, error.hint].filter(Boolean).join(': '))))
        return
      }
      status.replaceChildren(h('p', {}, `Stored ${body.conversations.length} conversation${body.conversations.length === 1 ? '' : 's'}:`),
        h('ul', { class: 'uploaded' }, body.conversations.map((item) => h('li', {}, h('a', { href: `/conversations/${item.id}` }, item.source),
          ` · ${item.findings} finding${item.findings === 1 ? '' : 's'}`, item.duplicate ? ' · already stored' : ''))))
      if (onDone) onDone(body)
    }
    request.onerror = () => status.replaceChildren(errorBox(new Error('the upload failed; check the connection')))
    request.send(form)
  }
  input.addEventListener('change', () => send([...input.files]))
  zone.addEventListener('click', () => input.click())
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      input.click()
    }
  })
  zone.addEventListener('dragover', (event) => {
    event.preventDefault()
    zone.classList.add('over')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('over'))
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    zone.classList.remove('over')
    send([...event.dataTransfer.files])
  })
  return h('section', { class: 'card' }, h('h2', {}, 'Upload conversations'), zone,
    h('div', { class: 'row' }, h('label', { for: 'files' }, 'Files'), input),
    h('div', { class: 'row' }, h('label', { for: 'rep' }, 'Team speakers'), rep), progress, status)
}

async function listPage() {
  const params = new URLSearchParams(location.search)
  const people = await api('/api/people').then((r) => r.people).catch(() => [])
  const field = (name, label, control) => h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), control)
  const select = (name, options) => h('select', { id: `f-${name}`, name }, h('option', { value: '' }, 'any'), options.map(([value, text]) => h('option', { value, selected: params.get(name) === String(value) }, text)))
  const input = (name, type = 'text') => h('input', { id: `f-${name}`, name, type, value: params.get(name) || '' })
  const filters = h('form', { class: 'filters', method: 'get', action: '/' },
    field('q', 'Text', input('q')),
    field('person', 'Person', select('person', people.map((p) => [p.id, p.name]))),
    field('channel', 'Channel', select('channel', [['call', 'call'], ['chat', 'chat'], ['email', 'email']])),
    field('label', 'Label', input('label')),
    field('from', 'From', input('from', 'date')),
    field('to', 'To', input('to', 'date')),
    h('button', { type: 'submit' }, 'Filter'))
  const query = new URLSearchParams([...params].filter(([, value]) => value))
  let table
  try {
    const result = await api(`/api/conversations?${query}`)
    table = result.items.length
      ? h('table', {}, h('caption', {}, `${result.total} conversation${result.total === 1 ? '' : 's'}`),
        h('thead', {}, h('tr', {}, ['Date', 'Conversation', 'Channel', 'People', 'Empathy', 'Assertiveness', 'Findings'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, result.items.map((item) => h('tr', {},
          h('td', {}, date(item.occurredAt)), h('td', {}, h('a', { href: `/conversations/${item.id}` }, item.source)), h('td', {}, item.channel),
          h('td', {}, item.people.map((p) => p.name).join(', ')), h('td', { class: 'num' }, score(item.empathy)), h('td', { class: 'num' }, score(item.assertiveness)),
          h('td', { class: 'num' }, String(item.findings))))))
      : h('p', { class: 'muted' }, 'No conversations yet. Upload some.')
  } catch (error) {
    table = errorBox(error)
  }
  show(h('h1', {}, 'Conversations'), filters, table)
}

function timeline(analysis) {
  const n = analysis.utterances.length
  const width = 600
  const step = width / Math.max(n, 1)
  const flagged = new Map(analysis.findings.map((f) => [f.utterance, f]))
  return h('svg', { class: 'timeline', viewBox: `0 0 ${width} 40`, preserveAspectRatio: 'none', role: 'img', 'aria-label': `Timeline of ${n} utterances; red marks are findings` },
    analysis.utterances.map((u, i) => h('rect', { x: i * step, y: u.role === 'team' ? 4 : 20, width: Math.max(step - 1, 1), height: 14, class: flagged.has(i) ? 'bad' : u.role },
      h('title', {}, `#${i} ${u.speaker}: ${u.text.slice(0, 80)}`))))
}

async function conversationPage(id) {
  const data = await api(`/api/conversations/${id}`)
  const analysis = data.analysis && data.analysis.analysis
  const header = [h('p', { class: 'muted' }, h('a', { href: '/' }, '← Conversations')), h('h1', {}, data.source),
    h('p', { class: 'muted' }, `${data.channel} · ${date(data.occurredAt)} · ${data.people.map((p) => p.name).join(', ') || 'no known team member'}`)]
  if (!analysis) return show(...header, h('p', {}, 'Not analysed yet.'))
  const scores = analysis.scores || {}
  const findingsAt = new Map()
  for (const finding of analysis.findings) findingsAt.set(finding.utterance, [...(findingsAt.get(finding.utterance) || []), finding])
  const rows = analysis.utterances.map((u) => h('div', { class: `moment ${u.role}`, id: `u${u.index}` },
    h('div', { class: 'utterance' }, h('span', { class: 'speaker' }, u.speaker), ' ', h('span', { class: 'text' }, u.text),
      h('span', { class: 'labels' }, u.labels.map((label) => h('span', { class: labelClass(label) }, label)))),
    h('div', { class: 'findings' }, (findingsAt.get(u.index) || []).map((f) => h('aside', { class: `finding ${f.severity}` },
      h('strong', {}, f.rule), h('p', {}, f.message), f.suggestion ? h('p', { class: 'better' }, h('span', { class: 'muted' }, 'Better: '), f.suggestion) : null)))))
  const history = data.history.length > 1 ? h('p', { class: 'muted' }, `Analysed ${data.history.length} times: ${data.history.map((a) => `engine ${a.engineVersion}`).join(', ')}`) : null
  show(...header,
    h('div', { class: 'scores' }, h('div', {}, h('span', { class: 'big' }, score(scores.empathy)), ' empathy'), h('div', {}, h('span', { class: 'big' }, score(scores.assertiveness)), ' assertiveness'),
      h('div', {}, h('span', { class: 'big' }, String(analysis.findings.length)), ` finding${analysis.findings.length === 1 ? '' : 's'}`)),
    timeline(analysis), history,
    h('section', { class: 'transcript', 'aria-label': 'Transcript with findings' }, rows))
}

function bar(value) {
  return h('span', { class: 'bar', role: 'img', 'aria-label': value === null ? 'no score' : `${Math.round(value)} of 100` }, h('span', { style: null, class: 'fill', 'data-w': value === null ? 0 : Math.round(value) }))
}

function sizeBars(root) {
  // Widths are set from script (no inline style attributes, so the CSP needs no 'unsafe-inline').
  for (const fill of root.querySelectorAll('.fill')) fill.style.width = `${fill.getAttribute('data-w')}%`
}

function trend(months) {
  const points = months.filter((m) => m.empathy !== null)
  if (points.length < 2) return h('p', { class: 'muted' }, 'Not enough scored months for a trend yet.')
  const step = 300 / (points.length - 1)
  return h('svg', { class: 'trend', viewBox: '0 0 300 100', role: 'img', 'aria-label': `Empathy by month: ${points.map((m) => `${m.month} ${score(m.empathy)}`).join(', ')}` },
    h('polyline', { points: points.map((m, i) => `${i * step},${100 - m.empathy}`).join(' ') }))
}

// Empathy across, assertiveness up: one dot per conversation, in the quadrants the scores name (framework.md §5).
function quadrant(timeline) {
  const points = timeline.filter((item) => item.empathy !== null && item.assertiveness !== null)
  if (!points.length) return h('p', { class: 'muted' }, 'No conversation has both an empathy and an assertiveness score yet.')
  return h('svg', { class: 'quadrant', viewBox: '0 0 220 220', role: 'img', 'aria-label': `Empathy and assertiveness of ${points.length} conversations` },
    h('rect', { x: 10, y: 10, width: 200, height: 200, class: 'frame' }),
    h('line', { x1: 110, y1: 10, x2: 110, y2: 210 }), h('line', { x1: 10, y1: 110, x2: 210, y2: 110 }),
    h('text', { x: 14, y: 24 }, 'Cold and pushy'), h('text', { x: 206, y: 24, 'text-anchor': 'end' }, 'Trusted advisor'),
    h('text', { x: 14, y: 204 }, 'Detached'), h('text', { x: 206, y: 204, 'text-anchor': 'end' }, 'Warm but spineless'),
    points.map((item) => h('circle', { cx: 10 + item.empathy * 2, cy: 210 - item.assertiveness * 2, r: 5 },
      h('title', {}, `${item.source}: empathy ${item.empathy}, assertiveness ${item.assertiveness}`))))
}

async function personPage(id) {
  const [profile, plan] = await Promise.all([api(`/api/people/${id}/profile`), api(`/api/people/${id}/coaching`)])
  const planNode = h('section', { class: 'card plan' }, h('h2', {}, 'Coaching plan'), h('p', {}, plan.message),
    plan.focus.map((focus) => h('div', { class: 'focus' }, h('h3', {}, `${focus.name} (gap ${focus.gap}, from ${focus.basis})`), h('p', {}, focus.why),
      focus.moments.length ? h('ul', {}, focus.moments.map((m) => h('li', {}, h('blockquote', {}, `“${m.quote}”`),
        h('p', {}, h('a', { href: `/conversations/${m.conversationId}#u${m.utterance}` }, m.source), ` · ${m.rule}`), h('p', { class: 'better' }, h('span', { class: 'muted' }, 'Better: '), m.better)))) : null,
      h('p', { class: 'practice' }, h('strong', {}, 'Practise: '), focus.practice))))
  const quadrants = Object.entries(profile.quadrants)
  const node = h('div', {},
    h('h1', {}, profile.person.name), h('p', { class: 'muted' }, `${profile.conversations} analysed conversation${profile.conversations === 1 ? '' : 's'}`),
    h('div', { class: 'scores' }, h('div', {}, h('span', { class: 'big' }, score(profile.empathy)), ' empathy'), h('div', {}, h('span', { class: 'big' }, score(profile.assertiveness)), ' assertiveness')),
    planNode,
    h('section', { class: 'card' }, h('h2', {}, 'Skills'), h('table', {}, h('tbody', {}, profile.skills.map((skill) => h('tr', {}, h('th', { scope: 'row' }, skill.name), h('td', {}, bar(skill.mean)), h('td', { class: 'num' }, score(skill.mean)), h('td', { class: 'muted' }, `${skill.conversations} scored`)))))),
    h('section', { class: 'card' }, h('h2', {}, 'Trend'), trend(profile.months), h('h3', {}, 'Quadrant'), quadrant(profile.timeline), quadrants.length ? h('ul', {}, quadrants.map(([name, count]) => h('li', {}, `${name}: ${count}`))) : null),
    h('section', { class: 'card' }, h('h2', {}, 'Findings by rule'), h('ul', {}, Object.entries(profile.rules).map(([rule, count]) => h('li', {}, `${rule}: ${count}`)))),
    h('section', { class: 'card' }, h('h2', {}, 'Conversations'), h('ul', {}, profile.timeline.map((item) => h('li', {}, h('a', { href: `/conversations/${item.conversationId}` }, item.source), ` · ${date(item.occurredAt)} · empathy ${score(item.empathy)} · ${item.findings} findings`)))))
  sizeBars(node)
  show(node)
}

async function teamPage(id) {
  const params = new URLSearchParams(location.search)
  const data = await api(`/api/teams/${id}/dashboard?${new URLSearchParams([...params].filter(([, v]) => v))}`)
  const input = (name, type) => h('div', { class: 'field' }, h('label', { for: `t-${name}` }, name), h('input', { id: `t-${name}`, name, type, value: params.get(name) || '' }))
  const channel = h('div', { class: 'field' }, h('label', { for: 't-channel' }, 'channel'), h('select', { id: 't-channel', name: 'channel' }, ['', 'call', 'chat', 'email'].map((value) => h('option', { value, selected: params.get('channel') === value }, value || 'any'))))
  const node = h('div', {}, h('h1', {}, `Team ${data.team.name}`),
    h('form', { class: 'filters', method: 'get' }, input('from', 'date'), input('to', 'date'), channel, h('button', { type: 'submit' }, 'Filter')),
    h('table', { class: 'matrix' }, h('caption', {}, 'People × skills (mean over recent conversations)'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Person'), h('th', { scope: 'col' }, 'Conversations'), h('th', { scope: 'col' }, 'Empathy'), h('th', { scope: 'col' }, 'Assertiveness'),
        data.skills.map((skill) => h('th', { scope: 'col' }, skill.name)), h('th', { scope: 'col' }, 'Findings'), h('th', { scope: 'col' }, 'Most frequent'))),
      h('tbody', {}, data.people.map((p) => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `/people/${p.id}` }, p.name)), h('td', { class: 'num' }, String(p.conversations)),
        h('td', { class: 'num' }, score(p.empathy)), h('td', { class: 'num' }, score(p.assertiveness)), data.skills.map((skill) => h('td', { class: 'num' }, score(p.skills[skill.id]))),
        h('td', { class: 'num' }, String(p.findings)), h('td', {}, p.topRule || '–'))))),
    h('section', { class: 'card' }, h('h2', {}, 'Trend'), trend(data.months)))
  show(node)
}

async function adminPage() {
  const [people, teams, keys] = await Promise.all([api('/api/people'), api('/api/teams'), api('/api/keys')])
  const status = h('div', { role: 'status' })
  const act = (work) => async (event) => {
    event.preventDefault()
    try {
      await work(new FormData(event.target))
      await adminPage()
    } catch (error) {
      status.replaceChildren(errorBox(error))
    }
  }
  const teamName = (id) => (teams.teams.find((t) => t.id === id) || { name: '–' }).name
  show(h('h1', {}, 'Admin'), status,
    h('section', { class: 'card' }, h('h2', {}, 'People'),
      h('table', {}, h('tbody', {}, people.people.map((p) => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: `/people/${p.id}` }, p.name)),
        h('td', {}, h('form', { class: 'inline', onsubmit: act((form) => api(`/api/people/${p.id}`, { method: 'PATCH', json: { teamId: form.get('teamId') ? Number(form.get('teamId')) : null } })) },
          h('label', { for: `team-of-${p.id}`, class: 'sr' }, `Team of ${p.name}`),
          h('select', { id: `team-of-${p.id}`, name: 'teamId' }, h('option', { value: '' }, 'no team'), teams.teams.map((t) => h('option', { value: t.id, selected: t.id === p.teamId }, t.name))),
          h('button', { type: 'submit' }, 'Move'))),
        h('td', { class: 'muted' }, p.identities.join(', ')))))),
      h('form', { class: 'filters', onsubmit: act((form) => api('/api/people', { method: 'POST', json: { name: form.get('name'), teamId: form.get('teamId') ? Number(form.get('teamId')) : null, identities: String(form.get('identities') || '').split(',').map((s) => s.trim()).filter(Boolean) } })) },
        h('div', { class: 'field' }, h('label', { for: 'p-name' }, 'Name'), h('input', { id: 'p-name', name: 'name', required: true })),
        h('div', { class: 'field' }, h('label', { for: 'p-team' }, 'Team'), h('select', { id: 'p-team', name: 'teamId' }, h('option', { value: '' }, 'none'), teams.teams.map((t) => h('option', { value: t.id }, t.name)))),
        h('div', { class: 'field' }, h('label', { for: 'p-ids' }, 'Addresses'), h('input', { id: 'p-ids', name: 'identities', placeholder: 'dana@acme.com' })),
        h('button', { type: 'submit' }, 'Add person'))),
    h('section', { class: 'card' }, h('h2', {}, 'Teams'),
      h('ul', {}, teams.teams.map((t) => h('li', {}, h('a', { href: `/teams/${t.id}` }, t.name), ` · ${t.memberIds.length} people · managers: ${t.managerIds.map((id) => (people.people.find((p) => p.id === id) || { name: id }).name).join(', ') || 'none'}`,
        h('form', { class: 'inline', onsubmit: act((form) => api(`/api/teams/${t.id}`, { method: 'PATCH', json: { managerIds: form.getAll('managerIds').map(Number) } })) },
          h('label', { for: `managers-of-${t.id}` }, ' Managers '),
          h('select', { id: `managers-of-${t.id}`, name: 'managerIds', multiple: true, size: Math.min(4, Math.max(people.people.length, 1)) }, people.people.map((p) => h('option', { value: p.id, selected: t.managerIds.includes(p.id) }, p.name))),
          h('button', { type: 'submit' }, 'Save managers'))))),
      h('form', { class: 'filters', onsubmit: act((form) => api('/api/teams', { method: 'POST', json: { name: form.get('name') } })) },
        h('div', { class: 'field' }, h('label', { for: 't-name' }, 'Team name'), h('input', { id: 't-name', name: 'name', required: true })), h('button', { type: 'submit' }, 'Add team'))),
    h('section', { class: 'card' }, h('h2', {}, 'API keys'),
      h('table', {}, h('tbody', {}, keys.keys.map((k) => h('tr', {}, h('td', {}, `${k.prefix}…`), h('td', {}, k.role), h('td', {}, k.label || ''), h('td', {}, k.revokedAt ? 'revoked' : h('button', { type: 'button', onclick: act(() => api(`/api/keys/${k.id}`, { method: 'DELETE' })) }, 'Revoke'))))))))
}

async function route() {
  const path = location.pathname
  if (path === '/login') return loginPage()
  try {
    me = await api('/api/me')
    me.teams = await api('/api/teams').then((r) => r.teams).catch(() => [])
    if (me.role === 'rep') me.teams = []
    renderNav()
    let match
    if ((match = /^\/conversations\/(\d+)$/.exec(path))) await conversationPage(match[1])
    else if ((match = /^\/people\/(\d+)$/.exec(path))) await personPage(match[1])
    else if ((match = /^\/teams\/(\d+)$/.exec(path))) await teamPage(match[1])
    else if (path === '/upload') show(h('h1', {}, 'Upload'), uploader())
    else if (path === '/admin') await adminPage()
    else await listPage()
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1))
      if (target) {
        target.classList.add('target')
        target.scrollIntoView()
      }
    }
  } catch (error) {
    if (error.message !== 'signed out') show(errorBox(error))
  }
}

route()

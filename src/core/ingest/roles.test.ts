import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { RawConversation } from '../conversation.js'
import { assignRoles } from './roles.js'

const call = (lines: [string, string][], extra: Partial<RawConversation> = {}): RawConversation => ({
  source: 'x',
  channel: 'call',
  utterances: lines.map(([speaker, text]) => ({ speaker, text, start: null, end: null })),
  ...extra,
})
const roles = (raw: RawConversation, reps?: string[]) => assignRoles(raw, reps ? { reps } : {}).conversation.utterances.map((u) => `${u.speaker}=${u.role}`)

describe('assignRoles', () => {
  const discovery = call([['Priya', 'Hi Tom, thanks for making time. How is the quarter going?'], ['Tom', 'Busy.'], ['Priya', 'What is the hardest part?'], ['Tom', 'Reconciliation.']])

  it('--rep names match case-insensitively, ignoring spaces, also as "A,B"', () => {
    assert.deepEqual(roles(discovery, ['  tom ']), ['Priya=customer', 'Tom=team', 'Priya=customer', 'Tom=team'])
    assert.deepEqual(roles(discovery, ['tom,priya']), ['Priya=team', 'Tom=team', 'Priya=team', 'Tom=team'])
  })

  it('infers the opener who asks the questions on a call', () => {
    const { decision } = assignRoles(discovery)
    assert.deepEqual(decision.team, ['Priya'])
    assert.match(decision.inferred ?? '', /opens the call, asks 2 of 2 questions/)
  })

  it('infers the company voice in a support call opened by the customer', () => {
    const raw = call([['Rachel', 'My checkout is down again and your app keeps failing.'], ['Sam', 'Thanks for calling Cartful, let me check your account. When did it start?'], ['Rachel', 'This morning.']])
    assert.deepEqual(assignRoles(raw).decision.team, ['Sam'])
  })

  it('matches addresses and @domain in email, and extends an inferred team member to their domain', () => {
    const raw: RawConversation = {
      source: 'x',
      channel: 'email',
      utterances: [
        { speaker: 'Daniel', address: 'daniel@northwind.com', text: 'Charged twice.', start: null, end: null },
        { speaker: 'Grace', address: 'grace@payroll.io', text: 'Thanks for reaching out. When did you notice it?', start: null, end: null },
        { speaker: 'Ana', address: 'ana@payroll.io', text: 'Refund sent.', start: null, end: null },
      ],
    }
    assert.deepEqual(roles(raw, ['@payroll.io']), ['Daniel=customer', 'Grace=team', 'Ana=team'])
    assert.deepEqual(roles(raw, ['daniel@northwind.com']), ['Daniel=team', 'Grace=customer', 'Ana=customer'])
    assert.deepEqual(roles(raw), ['Daniel=customer', 'Grace=team', 'Ana=team'])
  })

  it('uses roles stated by the file, then # rep lines', () => {
    const stated = call([['A', 'x'], ['B', 'y']])
    stated.utterances[1]!.role = 'team'
    assert.deepEqual(roles(stated), ['A=customer', 'B=team'])
    assert.deepEqual(roles(call([['A', 'x?'], ['B', 'y']], { reps: ['B'] })), ['A=customer', 'B=team'])
  })

  it('reports --rep names that match nobody and falls back to inference', () => {
    const { decision } = assignRoles(discovery, { reps: ['Zed'] })
    assert.deepEqual(decision.unmatched, ['zed'])
    assert.deepEqual(decision.team, ['Priya'])
  })
})

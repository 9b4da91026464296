import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readCsv } from './csv.js'

const show = (text: string) => readCsv(text, 'x.csv').map((c) => `${c.source} | ${c.utterances.map((u) => `${u.start} ${u.role ?? '?'} ${u.speaker}: ${u.text}`).join(' | ')}`)

describe('readCsv', () => {
  const cases: { name: string; input: string; want: string[] }[] = [
    {
      name: 'Intercom-style export with roles, quotes, commas and a newline in a body',
      input: 'conversation_id,created_at,author_name,author_type,body\n1,2026-03-04T09:15:22Z,Aisha,user,"Hi, I\'m ""lost"""\n1,2026-03-04T09:16:05Z,Leo,admin,"Line one\nline two"\n',
      want: ['x.csv | 0 customer Aisha: Hi, I\'m "lost" | 43 team Leo: Line one line two'],
    },
    {
      name: 'Zendesk-style headers with spaces and capitals',
      input: 'Ticket ID,Author,Comment,Created At\n9,Sam,Printer is down,2026-01-01 10:00:00\n9,Dana,On it,2026-01-01 10:01:00\n',
      want: ['x.csv | 0 ? Sam: Printer is down | 60 ? Dana: On it'],
    },
    {
      name: 'several tickets in one file become several conversations',
      input: 'ticket_id,from,message\nA,Sam,Hi\nB,Kim,Hello\nA,Dana,Hey Sam\n',
      want: ['x.csv#A | null ? Sam: Hi | null ? Dana: Hey Sam', 'x.csv#B | null ? Kim: Hello'],
    },
    {
      name: 'semicolon-separated with Slack ts',
      input: 'ts;user;text\n1614265000.000200;sam;hi there\n1614265010.000100;dana;hello\n',
      want: ['x.csv | 0 ? sam: hi there | 10 ? dana: hello'],
    },
    {
      name: 'rows with empty text are skipped',
      input: 'speaker,text\nSam,Hi\nDana,\n',
      want: ['x.csv | null ? Sam: Hi'],
    },
  ]
  for (const { name, input, want } of cases) {
    it(name, () => {
      assert.deepEqual(show(input), want)
    })
  }

  it('names the columns it found when the speaker column is missing', () => {
    assert.throws(() => readCsv('time,message\n1,hi\n', 'x.csv'), /no speaker column in the header \(found: time, message\)/)
  })
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readEml, readMbox, stripReply } from './email.js'

const message = (from: string, date: string, body: string) =>
  `From: ${from}\r\nTo: x@example.com\r\nSubject: Re: Invoice\r\nDate: ${date}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`

describe('stripReply', () => {
  const cases: { name: string; input: string; want: string }[] = [
    {
      name: 'Gmail "On ... wrote:" and quoted lines',
      input: 'Thanks, that helps.\n\nOn Tue, 10 Mar 2026 at 09:12, Daniel Osei <daniel@x.com> wrote:\n> We were charged twice.\n',
      want: 'Thanks, that helps.',
    },
    {
      name: 'a "wrote:" line wrapped over two lines',
      input: 'Fine by me.\n\nOn Tue, 10 Mar 2026 at 09:12, Daniel Osei <\ndaniel@x.com> wrote:\n> old',
      want: 'Fine by me.',
    },
    {
      name: 'Outlook original message block',
      input: 'Still waiting.\n\n-----Original Message-----\nFrom: Tyler\nSent: Monday\nSubject: Visit\n\nOld text',
      want: 'Still waiting.',
    },
    {
      name: 'Outlook header block without the rule',
      input: 'Still waiting.\n________________________________\nFrom: Tyler Brooks <t@fixright.com>\nSent: Monday, 9 March 2026 17:02\nTo: Carla\n\nOld',
      want: 'Still waiting.',
    },
    {
      name: 'sig-dash-space signature',
      input: 'Refund is on its way.\n-- \nGrace Liu\nSupport Lead',
      want: 'Refund is on its way.',
    },
    {
      name: 'sign-off with name and title',
      input: 'Hi Daniel,\n\nThe refund is issued today.\n\nBest regards,\nGrace Liu\nSupport Lead | payroll.io',
      want: 'Hi Daniel, The refund is issued today.',
    },
    {
      name: 'mobile footer',
      input: 'Ok thanks\n\nSent from my iPhone',
      want: 'Ok thanks',
    },
  ]
  for (const { name, input, want } of cases) {
    it(name, () => assert.equal(stripReply(input), want))
  }
})

describe('readMbox', () => {
  it('reads messages in date order, strips quotes and unescapes >From', async () => {
    const mbox = [
      'From grace@payroll.io Tue Mar 10 11:00:00 2026',
      message('Grace Liu <grace@payroll.io>', 'Tue, 10 Mar 2026 11:00:00 +0000', 'Hi Daniel,\r\n>From what I can see, you were charged twice.\r\n\r\nOn Tue, 10 Mar 2026 at 09:12, Daniel Osei <daniel@northwind.com> wrote:\r\n> Charged twice!'),
      'From daniel@northwind.com Tue Mar 10 09:12:00 2026',
      message('Daniel Osei <daniel@northwind.com>', 'Tue, 10 Mar 2026 09:12:00 +0000', 'We were charged twice.'),
    ].join('\n')
    const conversation = await readMbox(Buffer.from(mbox), 'x.mbox')
    assert.equal(conversation.channel, 'email')
    assert.deepEqual(
      conversation.utterances.map((u) => `${u.speaker} <${u.address}>: ${u.text}`),
      ['Daniel Osei <daniel@northwind.com>: We were charged twice.', 'Grace Liu <grace@payroll.io>: Hi Daniel, From what I can see, you were charged twice.']
    )
  })
})

describe('readEml', () => {
  it('reads one message with an HTML alternative and a quoted reply', async () => {
    const eml = [
      'From: "Carla Mendes" <carla@example.org>',
      'To: support@fixright.com',
      'Subject: Re: Your visit',
      'Date: Wed, 11 Mar 2026 08:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Nobody came.',
      '',
      '-----Original Message-----',
      'From: FixRight',
      'Sent: Tuesday',
      '',
      'We will be there.',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Nobody came.</p>',
      '--b1--',
      '',
    ].join('\r\n')
    const conversation = await readEml(Buffer.from(eml), 'x.eml')
    assert.deepEqual(conversation.utterances.map((u) => `${u.speaker} <${u.address}>: ${u.text}`), ['Carla Mendes <carla@example.org>: Nobody came.'])
  })
})

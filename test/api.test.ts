import assert from 'node:assert/strict'
import { it } from 'node:test'

it('the public API of the core library is exactly this', async () => {
  const api = Object.keys(await import('../src/core/index.js')).sort()
  assert.deepEqual(api, [
    'InputError',
    'analyze',
    'annotate',
    'assignRoles',
    'behaviourLabels',
    'countWords',
    'cueLabels',
    'defaultMaxBytes',
    'detectors',
    'engineVersion',
    'failureLabels',
    'formatOf',
    'formats',
    'isLabelId',
    'knownExtensions',
    'labelIds',
    'measure',
    'read',
    'readConversations',
    'render',
    'schema',
  ])
})

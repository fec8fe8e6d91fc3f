import { test } from 'node:test'
import assert from 'node:assert/strict'
import { makeSave } from './save.js'

function recorder() {
  const seen = []
  return { seen, save: makeSave(m => seen.push('notify ' + m)) }
}

test('a taken request is announced, then followed, and its answer returned', async () => {
  const { seen, save } = recorder()
  const state = { submit: async request => request() }
  const answer = await save(state, async () => ({ id: 'a1' }), {
    message: '已保存',
    then: async a => { seen.push('then ' + a.id) },
  })
  assert.deepEqual(answer, { id: 'a1' })
  assert.deepEqual(seen, ['notify 已保存', 'then a1'])
})

test('a refused request (submit answers undefined) says nothing and does not go on', async () => {
  const { seen, save } = recorder()
  const state = { submit: async () => undefined }
  const answer = await save(state, async () => ({ id: 'never' }), { message: '已保存', then: () => seen.push('then') })
  assert.equal(answer, undefined)
  assert.deepEqual(seen, [])
})

test('without a message only what follows runs; without either the answer still comes back', async () => {
  const { seen, save } = recorder()
  const state = { submit: async request => request() }
  await save(state, async () => true, { then: () => seen.push('then') })
  assert.deepEqual(seen, ['then'])
  assert.equal(await save(state, async () => 7), 7)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readUntil } from './readUntil.js'

function answers(...list) {
  let i = 0
  const read = async () => {
    const a = list[Math.min(i++, list.length - 1)]
    if (a instanceof Error) {
      throw a
    }
    return a
  }
  return { read, count: () => i }
}

const missing = () => Object.assign(new Error('not found'), { status: 404 })
const noWait = { sleep: async () => {} }

test('without an expectation the first answer is taken', async () => {
  const r = answers({ status: 'SUBMITTED' })
  assert.deepEqual(await readUntil(r.read, null, noWait), { status: 'SUBMITTED' })
  assert.equal(r.count(), 1)
})

test('it asks again, waiting between tries, until the answer shows the step', async () => {
  const waits = []
  const r = answers({ status: 'SUBMITTED' }, { status: 'SUBMITTED' }, { status: 'ASSIGNED' })
  const x = await readUntil(r.read, v => v.status === 'ASSIGNED', { sleep: async ms => { waits.push(ms) } })
  assert.equal(x.status, 'ASSIGNED')
  assert.equal(r.count(), 3)
  assert.deepEqual(waits, [500, 500])
})

test('the last try is taken even when it does not show the step', async () => {
  const r = answers({ status: 'SUBMITTED' })
  const x = await readUntil(r.read, v => v.status === 'CLOSED', { ...noWait, tries: 4 })
  assert.equal(x.status, 'SUBMITTED')
  assert.equal(r.count(), 4)
})

test('a 404 is asked again while not yet projected, and thrown on the last try', async () => {
  const found = answers(missing(), missing(), { id: 'a' })
  assert.deepEqual(await readUntil(found.read, null, noWait), { id: 'a' })
  const never = answers(missing())
  await assert.rejects(readUntil(never.read, null, { ...noWait, tries: 3 }), e => e.status === 404)
  assert.equal(never.count(), 3)
})

test('other errors, and a 404 when missing is not expected, are thrown at once', async () => {
  const refused = answers(Object.assign(new Error('forbidden'), { status: 403 }), { id: 'a' })
  await assert.rejects(readUntil(refused.read, null, noWait), e => e.status === 403)
  assert.equal(refused.count(), 1)
  const gone = answers(missing(), { id: 'a' })
  await assert.rejects(readUntil(gone.read, null, { ...noWait, retryMissing: false }), e => e.status === 404)
  assert.equal(gone.count(), 1)
})

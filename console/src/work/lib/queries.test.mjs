import { test } from 'node:test'
import assert from 'node:assert/strict'
import { deputyQuery, suggestionQuery } from './queries.js'

const filters = {
  q: '  村道 ', township: '410327100', status: 'ASSIGNED', category: '', unit: 'u-1', year: 2025,
  flagged: true, overdue: false, dueSoon: false,
}

test('a deputy asks the API for the suggestions the deputy leads or co-signed, not the whole county', () => {
  const q = suggestionQuery(filters, { role: 'DEPUTY', deputyId: 'd-7', township: null, unit: null })
  assert.equal(q.deputy, 'd-7')
  assert.equal(q.q, '村道')
  assert.equal(q.flagged, true)
  assert.equal(q.overdue, null)
})

test('a deputy whose token names no deputy has no suggestions to ask for', () => {
  assert.equal(suggestionQuery(filters, { role: 'DEPUTY' }), null)
})

test('staff and units do not send a deputy; clerks and units are held to their township and unit', () => {
  const admin = suggestionQuery(filters, { role: 'COUNTY_ADMIN' })
  assert.equal(admin.deputy, null)
  assert.equal(admin.township, '410327100')
  assert.equal(admin.unit, 'u-1')
  const clerk = suggestionQuery(filters, { role: 'TOWNSHIP_CLERK', township: '410327200' })
  assert.equal(clerk.township, '410327200')
  const unit = suggestionQuery(filters, { role: 'HANDLING_UNIT', unit: 'u-9' })
  assert.equal(unit.unit, 'u-9')
  assert.equal(unit.deputy, null)
})

test('an empty title search is not sent', () => {
  assert.equal(suggestionQuery({ ...filters, q: '   ' }, { role: 'COUNTY_ADMIN' }).q, null)
  assert.equal(suggestionQuery({ ...filters, q: undefined }, { role: 'COUNTY_ADMIN' }).q, null)
})

test('the deputy list sends a trimmed part of the name and a numeric term', () => {
  const q = deputyQuery({ name: ' 晓燕 ', term: '13', status: 'SERVING', reElected: false }, { role: 'COUNTY_ADMIN' })
  assert.equal(q.name, '晓燕')
  assert.equal(q.term, 13)
  assert.equal(q.reElected, null)
  assert.equal(deputyQuery({ name: '', term: 'x' }, { role: 'COUNTY_ADMIN' }).name, null)
  assert.equal(deputyQuery({ name: '', term: 'x' }, { role: 'COUNTY_ADMIN' }).term, null)
  assert.equal(deputyQuery({ township: '410327100' }, { role: 'TOWNSHIP_CLERK', township: '410327300' }).township,
    '410327300')
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { filterHook, labelled, pageQuery, resetFilters, toCells } from './paging.js'

test('a page request adds page and size to the search query', () => {
  assert.deepEqual(pageQuery({ township: '410327001' }, 2, 20), { township: '410327001', page: 2, size: 20 })
  assert.deepEqual(pageQuery({}, 0, 500), { page: 0, size: 500 })
})

test('a search that asks nothing requests no page', () => {
  assert.equal(pageQuery(null, 0, 20), null)
  assert.equal(pageQuery(undefined, 0, 20), null)
})

test('export cells follow the columns: value(row) first, else the key; undefined becomes null', () => {
  const columns = [{ key: 'id' }, { label: 'n', value: r => r.deputyIds.length }, { key: 'missing' }, { value: () => 0 }]
  const rows = [{ id: 'a', deputyIds: ['x', 'y'] }, { id: 'b', deputyIds: [] }]
  assert.deepEqual(toCells(columns, rows), [['a', 2, null, 0], ['b', 0, null, 0]])
  assert.deepEqual(toCells(columns, []), [])
})

test('reset puts the initial values back into the same filters object', () => {
  const empty = { township: '', status: 'SERVING', reElected: false }
  const filters = { township: '410327001', status: 'RESIGNED', reElected: true }
  const same = resetFilters(filters, empty)
  assert.equal(same, filters)
  assert.deepEqual(filters, empty)
  assert.notEqual(filters, empty)
})

test('a description is shown with hidden items left out and the labels translated', () => {
  const t = key => ({ 'work.common.township': '乡镇', 'work.deputy.name': '姓名' })[key] ?? key
  const items = [
    { param: 'township', label: 'work.common.township', show: false },
    { key: 'name', label: 'work.deputy.name', cls: 'nowrap' },
    { key: 'actions' },
    { key: 'shown', label: 'x', show: true },
  ]
  assert.deepEqual(labelled(t, items), [
    { key: 'name', label: '姓名', cls: 'nowrap' },
    { key: 'actions', label: '' },
    { key: 'shown', label: 'x', show: true },
  ])
  assert.equal(items[1].label, 'work.deputy.name')
})

test('a filter is hooked as <list>-filter-<param>', () => {
  assert.equal(filterHook('suggestions', { param: 'dueSoon' }), 'suggestions-filter-dueSoon')
})

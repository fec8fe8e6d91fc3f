import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fieldOf, readProblem } from './problems.js'

test('field paths land on the form property', () => {
  const fields = ['deputyIds', 'title', 'entries']
  assert.equal(fieldOf('deputyIds[0]', fields), 'deputyIds')
  assert.equal(fieldOf('entries[2].deputyId', fields), 'entries')
  assert.equal(fieldOf('submit.body.title', fields), 'title')
  assert.equal(fieldOf('other.thing', fields), 'thing')
  assert.equal(fieldOf('', fields), '')
})

test('a validation problem gives the title, detail and one message per field', () => {
  const err = {
    status: 400,
    message: 'x',
    problem: {
      type: 'urn:renda:problem:validation', title: '请求数据校验未通过', detail: '请根据 errors 中列出的字段修改后重试。',
      errors: [
        { field: 'title', message: '不能为空' },
        { field: 'deputyIds[0]', message: '不能为空' },
        { field: 'deputyIds[1]', message: '个数必须在1和30之间' },
      ],
    },
  }
  const { problem, byField } = readProblem(err, ['title', 'deputyIds'])
  assert.equal(problem.title, '请求数据校验未通过')
  assert.equal(problem.detail, '请根据 errors 中列出的字段修改后重试。')
  assert.equal(problem.status, 400)
  assert.deepEqual(byField, { title: '不能为空', deputyIds: '不能为空；个数必须在1和30之间' })
})

test('a domain problem without errors, and a network failure without a problem', () => {
  const domain = readProblem({ status: 403, problem: { title: '无权操作', detail: '代表只能以本人名义操作。' } })
  assert.equal(domain.problem.title, '无权操作')
  assert.deepEqual(domain.byField, {})
  const bare = readProblem(new Error('Failed to fetch'))
  assert.equal(bare.problem.title, 'Failed to fetch')
  assert.equal(bare.problem.detail, '')
})

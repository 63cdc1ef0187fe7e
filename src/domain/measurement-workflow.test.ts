import { describe, expect, test } from 'vitest'
import type { Me } from '@/api/schemas'
import { buildAreaTree } from './area-tree'
import { allowedActions, decideAction, nextStatus } from './measurement-workflow'
import { smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const user = (role: Me['role'], areaIds: string[]): Me => ({ id: role, name: role, role, areaIds })
const admin = user('admin', ['74'])
const editor = user('editor', ['718'])

describe('reporting workflow', () => {
  test('an editor edits and submits drafts in scope, but never verifies or returns', () => {
    expect(allowedActions(editor, tree, { areaId: '25747', status: 'draft' })).toEqual([
      'edit',
      'submit',
    ])
    expect(decideAction(editor, tree, { areaId: '25747', status: 'submitted' }, 'verify')).toEqual({
      allowed: false,
      reason: 'admin-only',
    })
  })
  test('outside the scope or as a viewer nothing is allowed, with the reason', () => {
    expect(decideAction(editor, tree, { areaId: '25780', status: 'draft' }, 'edit')).toEqual({
      allowed: false,
      reason: 'out-of-scope',
    })
    expect(allowedActions(user('viewer', []), tree, { areaId: '25747', status: 'draft' })).toEqual(
      [],
    )
  })
  test('an admin verifies or returns submitted figures only', () => {
    expect(allowedActions(admin, tree, { areaId: '25780', status: 'submitted' })).toEqual([
      'edit',
      'verify',
      'return',
    ])
    expect(decideAction(admin, tree, { areaId: '25780', status: 'verified' }, 'verify')).toEqual({
      allowed: false,
      reason: 'wrong-status',
    })
  })
  test('each action leads to its status', () => {
    expect(['edit', 'submit', 'verify', 'return'].map((a) => nextStatus(a as never))).toEqual([
      'draft',
      'submitted',
      'verified',
      'draft',
    ])
  })
})

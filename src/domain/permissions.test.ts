import { describe, expect, test } from 'vitest'
import type { Area, Me } from '@/api/schemas'
import { buildAreaTree } from './area-tree'
import { canWrite } from './permissions'

const area = (id: string, parentId: string | null, level: Area['level']): Area => ({
  id,
  name: id,
  level,
  kind: level === 'province' ? 'province' : level === 'district' ? 'city' : 'ward',
  parentId,
})
const tree = buildAreaTree([
  area('74', null, 'province'),
  area('718', '74', 'district'),
  area('724', '74', 'district'),
  area('25747', '718', 'commune'),
  area('25942', '724', 'commune'),
])
const user = (role: Me['role'], areaIds: string[]): Me => ({ id: role, name: role, role, areaIds })

describe('canWrite', () => {
  test('a viewer may never write', () => {
    expect(canWrite(user('viewer', ['74']), tree, '25747')).toEqual({
      allowed: false,
      reason: 'viewer',
    })
  })
  test('an editor may write in its area and below it, nowhere else', () => {
    const editor = user('editor', ['718'])
    expect(canWrite(editor, tree, '718').allowed).toBe(true)
    expect(canWrite(editor, tree, '25747').allowed).toBe(true)
    expect(canWrite(editor, tree, '74')).toEqual({ allowed: false, reason: 'out-of-scope' })
    expect(canWrite(editor, tree, '25942')).toEqual({ allowed: false, reason: 'out-of-scope' })
  })
  test('an admin scoped to the province may write anywhere in it', () => {
    const admin = user('admin', ['74'])
    for (const id of ['74', '718', '25942']) expect(canWrite(admin, tree, id).allowed).toBe(true)
  })
  test('an unknown area is refused', () => {
    expect(canWrite(user('admin', ['74']), tree, 'nowhere')).toEqual({
      allowed: false,
      reason: 'unknown-area',
    })
  })
})

import { describe, expect, test } from 'vitest'
import { lineage, reach, reachOf } from './models'
import { makeModel } from './test-fixtures'

//   a (25747) ─┬─ b (25750) ── c (25747)
//              └─ d (25777)
//   e: unrelated
const models = [
  makeModel('b', '25750', 'a'),
  makeModel('c', '25747', 'b'),
  makeModel('a', '25747'),
  makeModel('d', '25777', 'a'),
  makeModel('e', '25780'),
]
const ids = (list: { id: string }[]) => list.map((model) => model.id)

describe('lineage', () => {
  test('lists ancestors nearest first', () => {
    expect(ids(lineage(models, 'c').ancestors)).toEqual(['b', 'a'])
    expect(lineage(models, 'a').ancestors).toEqual([])
  })

  test('lists descendants breadth first', () => {
    expect(ids(lineage(models, 'a').descendants)).toEqual(['b', 'd', 'c'])
    expect(ids(lineage(models, 'b').descendants)).toEqual(['c'])
    expect(lineage(models, 'e')).toEqual({ ancestors: [], descendants: [] })
  })

  test('stops at a parent missing from the list', () => {
    const orphan = [makeModel('x', '25747', 'gone')]
    expect(lineage(orphan, 'x').ancestors).toEqual([])
  })

  test('terminates on a replication cycle, never listing a model twice or itself', () => {
    const cyclic = [
      makeModel('x', '25747', 'z'),
      makeModel('y', '25750', 'x'),
      makeModel('z', '25777', 'y'),
    ]
    const result = lineage(cyclic, 'x')
    expect(ids(result.ancestors)).toEqual(['z', 'y'])
    expect(ids(result.descendants)).toEqual(['y', 'z'])
    const selfLoop = lineage([makeModel('s', '25747', 's')], 's')
    expect(selfLoop).toEqual({ ancestors: [], descendants: [] })
  })

  test('is empty for an unknown id', () => {
    expect(lineage(models, 'nope')).toEqual({ ancestors: [], descendants: [] })
  })
})

describe('reach', () => {
  test('counts distinct areas', () => {
    expect(reach(models)).toBe(4)
    expect(reach([])).toBe(0)
  })

  test('reachOf counts the areas of a model and its descendants', () => {
    expect(reachOf(models, 'a')).toBe(3) // a and c share 25747
    expect(reachOf(models, 'b')).toBe(2)
    expect(reachOf(models, 'e')).toBe(1)
    expect(reachOf(models, 'nope')).toBe(0)
  })
})

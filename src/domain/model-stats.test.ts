import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { modelsByChildArea, modelTotals } from './model-stats'
import { smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const province = tree.byId.get('74')
if (!province) throw new Error('fixture')

describe('modelsByChildArea', () => {
  test('gives every child a row, with zeros where the server lists none', () => {
    const rows = modelsByChildArea(
      [{ key: '718', count: 47, newCount: 40 }],
      province,
      tree.childrenOf('74'),
    )
    expect(
      rows.map(({ area, count, newCount, maintained }) => [area.id, count, newCount, maintained]),
    ).toEqual([
      ['721', 0, 0, 0],
      ['718', 47, 40, 7],
    ])
  })

  test('adds a last row for models on the area itself, and ignores unknown keys', () => {
    const rows = modelsByChildArea(
      [
        { key: '74', count: 3, newCount: 1 },
        { key: '721', count: 5, newCount: 5 },
        { key: '999', count: 8, newCount: 8 },
      ],
      province,
      tree.childrenOf('74'),
    )
    expect(rows.map((row) => [row.area.id, row.count, row.maintained, row.own])).toEqual([
      ['721', 5, 0, false],
      ['718', 0, 0, false],
      ['74', 3, 2, true],
    ])
  })
})

describe('modelTotals', () => {
  test('adds all groups and picks out the recognised models', () => {
    expect(
      modelTotals([
        { key: 'active', count: 10, newCount: 4 },
        { key: 'recognized', count: 6, newCount: 2 },
        { key: 'discontinued', count: 1, newCount: 0 },
      ]),
    ).toEqual({ total: 17, newCount: 6, recognized: 6 })
    expect(modelTotals([])).toEqual({ total: 0, newCount: 0, recognized: 0 })
  })
})

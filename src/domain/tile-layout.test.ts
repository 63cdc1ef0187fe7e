import { describe, expect, test } from 'vitest'
import type { Area } from '@/api/schemas'
import { makeArea } from './test-fixtures'
import { tileLayout } from './tile-layout'

const at = (id: string, row?: number, col?: number): Area => ({
  ...makeArea(id, `Area ${id}`, '74', 'district'),
  ...(row !== undefined && col !== undefined && { tile: { row, col } }),
})

describe('tileLayout', () => {
  test('places areas at their tile positions and sizes the grid to fit', () => {
    const layout = tileLayout([at('a', 0, 1), at('b', 2, 0), at('c', 1, 2)])
    expect(layout.rows).toBe(3)
    expect(layout.cols).toBe(3)
    expect(layout.tiles.map((t) => [t.area.id, t.row, t.col])).toEqual([
      ['a', 0, 1],
      ['b', 2, 0],
      ['c', 1, 2],
    ])
  })

  test('areas without a position or on a taken cell go to rows below, none dropped', () => {
    const layout = tileLayout([at('a', 0, 0), at('b', 0, 1), at('c', 0, 0), at('d'), at('e')])
    expect(layout.tiles.map((t) => [t.area.id, t.row, t.col])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 1, 0],
      ['d', 1, 1],
      ['e', 2, 0],
    ])
    expect([layout.rows, layout.cols]).toEqual([3, 2])
  })

  test('without any positions the areas fill a near-square grid', () => {
    const layout = tileLayout([at('a'), at('b'), at('c'), at('d'), at('e')])
    expect([layout.rows, layout.cols]).toEqual([2, 3])
  })
})

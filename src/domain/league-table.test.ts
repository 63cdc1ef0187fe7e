import { describe, expect, test } from 'vitest'
import { byImprovement, leagueTable } from './league-table'

describe('leagueTable', () => {
  const current = [
    { areaId: 'a', attainment: 0.8 },
    { areaId: 'b', attainment: 1.05 },
    { areaId: 'c' },
    { areaId: 'd', attainment: 0.8 },
    { areaId: 'e', attainment: 0.5 },
  ]
  const previous = [
    { areaId: 'a', attainment: 0.9 },
    { areaId: 'b', attainment: 0.7 },
    { areaId: 'c', attainment: 0.95 },
    { areaId: 'd', attainment: 0.6 },
  ]
  const table = leagueTable(current, previous)

  test('ranks by attainment, equal attainments sharing a rank, unranked last', () => {
    expect(table.map((e) => [e.areaId, e.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['c', undefined],
    ])
  })

  test('gives the rank change against the previous year (positive = moved up)', () => {
    const byId = new Map(table.map((e) => [e.areaId, e]))
    // previous ranks: c 1, a 2, b 3, d 4
    expect(byId.get('b')?.rankChange).toBe(2)
    expect(byId.get('a')?.rankChange).toBe(0)
    expect(byId.get('d')?.rankChange).toBe(2)
    expect(byId.get('e')?.rankChange).toBeUndefined()
    expect(byId.get('c')?.rankChange).toBeUndefined()
  })

  test('orders by improvement, those without one last', () => {
    expect(byImprovement(table).map((e) => e.areaId)).toEqual(['b', 'd', 'a', 'e', 'c'])
    expect(table.find((e) => e.areaId === 'b')?.improvement).toBeCloseTo(0.35)
  })

  test('an infinite attainment (a decrease down to zero) ranks first but has no improvement', () => {
    const t = leagueTable(
      [
        { areaId: 'x', attainment: Number.POSITIVE_INFINITY },
        { areaId: 'y', attainment: 2 },
      ],
      [{ areaId: 'x', attainment: 1 }],
    )
    expect(t.map((e) => e.areaId)).toEqual(['x', 'y'])
    expect(t[0]?.improvement).toBeUndefined()
  })
})

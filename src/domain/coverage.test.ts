import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { coverageByChild, coverageMatrix, reportingAreas } from './coverage'
import { indexMeasurements } from './measurement-index'
import { makeIndicator, makeMeasurement, smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const a = makeIndicator('sum', { id: 'a' })
const b = makeIndicator('sum', { id: 'b' })
const index = indexMeasurements([
  makeMeasurement('a', '25747', 2024, 1),
  makeMeasurement('a', '25750', 2024, 1, { status: 'draft' }),
  makeMeasurement('a', '25777', 2024, 1, { status: 'submitted' }),
  makeMeasurement('b', '25747', 2024, 1),
  // a district's own figure does not stand in for its communes' reports
  makeMeasurement('b', '721', 2024, 1),
])

describe('coverage', () => {
  test('the reporting areas are the leaves of the subtree, or the area itself', () => {
    // depth first in name order: Dầu Tiếng (Dầu Tiếng, Minh Hoà), Thủ Dầu Một (Hiệp Thành, Phú Cường)
    expect(reportingAreas(tree, '74').map((area) => area.id)).toEqual([
      '25777',
      '25780',
      '25750',
      '25747',
    ])
    expect(reportingAreas(tree, '25747').map((area) => area.id)).toEqual(['25747'])
  })

  test('counts reports by status and lists the missing leaves per indicator and year', () => {
    const matrix = coverageMatrix([a, b], tree, index, '74', [2023, 2024])
    expect(matrix.get('a')?.get(2024)).toEqual({
      expected: 4,
      reported: 3,
      verified: 1,
      submitted: 1,
      draft: 1,
      missingAreaIds: ['25780'],
    })
    expect(matrix.get('b')?.get(2024)?.reported).toBe(1)
    expect(matrix.get('a')?.get(2023)?.missingAreaIds).toHaveLength(4)
  })

  test('sums each child’s reports over all indicators, naming what is missing', () => {
    const rows = coverageByChild([a, b], tree, index, '74', 2024)
    expect(rows.map((row) => [row.area.id, row.reported, row.expected])).toEqual([
      ['721', 1, 4],
      ['718', 3, 4],
    ])
    expect(rows[1]?.missing).toEqual([{ areaId: '25750', indicatorId: 'b' }])
    // a commune is its own only row
    expect(coverageByChild([a, b], tree, index, '25780', 2024)[0]?.missingAreaIds).toEqual([
      '25780',
    ])
  })
})

import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { assessIndicator } from './assess-indicator'
import { indexMeasurements } from './measurement-index'
import { trajectoryRows } from './trajectory'
import {
  makeIndicator,
  makeMeasurement,
  makeProgramme,
  makeTarget,
  smallProvince,
} from './test-fixtures'

const parks = makeIndicator('sum', { id: 'parks' })
const programme = makeProgramme([parks])
const tree = buildAreaTree(smallProvince)
const targets = [makeTarget('parks', '74', 2025, 10), makeTarget('parks', '74', 2023, 8)]

describe('trajectoryRows', () => {
  test('draws the straight line from baseline to target, milestones apart, and the forecast', () => {
    const assessment = assessIndicator({
      programme,
      indicator: parks,
      tree,
      index: indexMeasurements([
        makeMeasurement('parks', '74', 2020, 0),
        makeMeasurement('parks', '74', 2022, 4),
      ]),
      targets,
      areaId: '74',
      asOfYear: 2024,
    })
    const rows = trajectoryRows(programme, assessment, tree, targets)
    expect(rows.map((r) => r.line)).toEqual([0, 2, 4, 6, 8, 10])
    expect(rows.filter((r) => r.milestone !== undefined).map((r) => [r.year, r.milestone])).toEqual(
      [[2023, 8]],
    )
    expect(rows.map((r) => r.actual)).toEqual([0, undefined, 4, undefined, undefined, undefined])
    // slope 2 from 2022 on: 4, 6, 8, 10
    expect(rows.map((r) => r.forecast)).toEqual([undefined, undefined, 4, 6, 8, 10])
  })

  test('has no line without a baseline, and no milestone for a district with its own target', () => {
    const withDistrict = [...targets, makeTarget('parks', '718', 2025, 3)]
    const assessment = assessIndicator({
      programme,
      indicator: parks,
      tree,
      index: indexMeasurements([makeMeasurement('parks', '718', 2022, 1)]),
      targets: withDistrict,
      areaId: '718',
      asOfYear: 2025,
    })
    const rows = trajectoryRows(programme, assessment, tree, withDistrict)
    expect(rows.every((r) => r.line === undefined && r.milestone === undefined)).toBe(true)
  })
})

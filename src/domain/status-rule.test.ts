import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { assessIndicator } from './assess-indicator'
import { attainmentBand } from './attainment-bands'
import { indexMeasurements } from './measurement-index'
import { statusRule } from './status-rule'
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
const rule = (
  values: [number, number][],
  targets = [makeTarget('parks', '74', 2025, 10)],
  asOfYear = 2023,
) =>
  statusRule(
    assessIndicator({
      programme,
      indicator: parks,
      tree,
      index: indexMeasurements(values.map(([year, v]) => makeMeasurement('parks', '74', year, v))),
      targets,
      areaId: '74',
      asOfYear,
    }),
  )

describe('statusRule', () => {
  test('names the branch of the rule that decided the status', () => {
    expect(rule([[2020, 0]], [])).toEqual({ kind: 'no-target' })
    expect(rule([[2020, 0]])).toEqual({ kind: 'no-data' })
    expect(rule([[2022, 12]])).toEqual({ kind: 'achieved' })
    expect(
      rule([
        [2020, 0],
        [2023, 3],
      ]),
    ).toMatchObject({ kind: 'straight-line', expected: 6, ratio: 0.5 })
    expect(rule([[2023, 3]])).toMatchObject({ kind: 'from-zero', expected: 10 })
    expect(
      rule(
        [
          [2020, 0],
          [2023, 3],
        ],
        [makeTarget('parks', '74', 2025, 10), makeTarget('parks', '74', 2023, 4)],
      ),
    ).toMatchObject({ kind: 'milestone', expected: 4, milestoneYear: 2023, ratio: 0.75 })
  })
})

describe('attainmentBand', () => {
  test('bands attainment at 60, 80, 95 and 100 %, exactly 100 % reaching the top band', () => {
    expect([0, 0.59, 0.6, 0.8, 0.949, 0.95, 1, 1.0416, Infinity].map(attainmentBand)).toEqual([
      0, 0, 1, 2, 2, 3, 4, 4, 4,
    ])
    expect(attainmentBand(undefined)).toBeUndefined()
  })
})

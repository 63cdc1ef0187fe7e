import { describe, expect, test } from 'vitest'
import type { Measurement, Target } from '@/api/schemas'
import { buildAreaTree } from './area-tree'
import { assessIndicator } from './assess-indicator'
import { fromFigures, type KeyedFigure } from './figure-source'
import { indexMeasurements } from './measurement-index'
import { rollUp } from './roll-up'
import { summarizeStatuses } from './status'
import {
  makeIndicator,
  makeMeasurement,
  makeProgramme,
  makeRatio,
  makeTarget,
  smallProvince,
} from './test-fixtures'

// Households signing the civilized-lifestyle commitment, per commune
// (households: 100, 200, 100, 100).
// Province: 2020 250/500 = 50 %, 2021 290/500 = 58 %, 2022 330/500 = 66 %, 2023 380/500 = 76 %.
const signed = makeIndicator('ratio', { id: 'signed' })
const parks = makeIndicator('sum', { id: 'parks' })
const poor = makeIndicator('ratio', { id: 'poor', direction: 'decrease' })
const programme = makeProgramme([signed, parks, poor])
const tree = buildAreaTree(smallProvince)

const households: Record<string, number> = {
  '25747': 100,
  '25750': 200,
  '25777': 100,
  '25780': 100,
}
const signedByYear: Record<number, number[]> = {
  2020: [50, 100, 50, 50],
  2021: [60, 120, 55, 55],
  2022: [70, 140, 60, 60],
  2023: [80, 160, 70, 70],
}
const measurements: Measurement[] = [
  ...Object.entries(signedByYear).flatMap(([year, values]) =>
    Object.keys(households).map((areaId, i) =>
      makeRatio(signed.id, areaId, Number(year), values[i] ?? 0, households[areaId] ?? 1),
    ),
  ),
  ...['25747', '25750', '25777', '25780'].map((areaId) =>
    makeMeasurement(parks.id, areaId, 2020, 0),
  ),
  makeMeasurement(parks.id, '25747', 2023, 3),
  makeMeasurement(parks.id, '25750', 2023, 2),
  makeMeasurement(parks.id, '25777', 2023, 1),
  makeRatio(poor.id, '74', 2020, 10, 100),
  makeRatio(poor.id, '74', 2023, 4, 100),
]
const index = indexMeasurements(measurements)
const targets: Target[] = [
  makeTarget(signed.id, '74', 2025, 90),
  makeTarget(parks.id, '74', 2025, 10),
  makeTarget(parks.id, '718', 2025, 6),
  makeTarget(parks.id, '721', 2025, 4),
  makeTarget(poor.id, '74', 2025, 2),
]

const assess = (
  overrides: Partial<Parameters<typeof assessIndicator>[0]> = {},
): ReturnType<typeof assessIndicator> =>
  assessIndicator({
    programme,
    indicator: signed,
    tree,
    index,
    targets,
    areaId: '74',
    asOfYear: 2023,
    ...overrides,
  })

describe('assessIndicator for a ratio indicator at the province', () => {
  const result = assess()

  test('rolls up the baseline and the latest actual from the communes', () => {
    expect(result.baseline).toMatchObject({
      value: 50,
      numerator: 250,
      denominator: 500,
      source: 'roll-up',
    })
    expect(result.actual).toMatchObject({ year: 2023, value: 76, numerator: 380, denominator: 500 })
    expect(result.actual?.contributingAreaIds).toEqual(['721', '718'])
    expect(result.actual?.missingAreaIds).toEqual([])
  })

  test('resolves the end-year target and judges the actual against the straight line', () => {
    expect(result.target).toEqual({ value: 90, year: 2025, fromAreaId: '74', inherited: false })
    expect(result.milestone).toBeUndefined()
    expect(result.expected).toBe(74) // 50 + (90 − 50) × 3/5
    expect(result.status).toBe('on-track')
    expect(result.ratio).toBeCloseTo(26 / 24, 12)
    expect(result.attainment).toBeCloseTo(76 / 90, 12)
  })

  test('forecasts from the baseline and the actuals, and gives the pace', () => {
    // least squares through 50, 58, 66, 76 (2020–2023): slope 8.6, 92.6 in 2025
    expect(result.forecast?.slope).toBeCloseTo(8.6, 12)
    expect(result.forecast?.projected).toBeCloseTo(92.6, 12)
    expect(result.forecast?.reachesTarget).toBe(true)
    expect(result.forecast?.line.map((point) => point.year)).toEqual([2023, 2024, 2025])
    expect(result.pace?.achievedPerYear).toBeCloseTo(26 / 3, 12)
    expect(result.pace?.neededPerYear).toBe(7)
  })

  test('returns the yearly series from the baseline year to the end year', () => {
    expect(result.series.map(({ year, value, expected }) => [year, value, expected])).toEqual([
      [2020, 50, 50],
      [2021, 58, 58],
      [2022, 66, 66],
      [2023, 76, 74],
      [2024, undefined, 82],
      [2025, undefined, 90],
    ])
    expect(result.series[3]?.figure?.numerator).toBe(380)
  })
})

describe('assessIndicator as of other years', () => {
  test('a year without data uses the latest earlier actual, against that year’s line', () => {
    const result = assess({ asOfYear: 2024 })
    expect(result.actual?.year).toBe(2023)
    expect(result.expected).toBe(82)
    expect(result.status).toBe('at-risk') // (76 − 50)/(82 − 50) = 0.8125
    expect(result.ratio).toBeCloseTo(0.8125, 12)
  })

  test('leaves out figures after the as-of year', () => {
    const result = assess({ asOfYear: 2022 })
    expect(result.actual).toMatchObject({ year: 2022, value: 66 })
    expect(result.series.find((point) => point.year === 2023)).toEqual({ year: 2023, expected: 74 })
    expect(result.forecast?.slope).toBe(8)
  })

  test('before the programme starts there is no actual, only the baseline', () => {
    const result = assess({ asOfYear: 2020 })
    expect(result.baseline?.value).toBe(50)
    expect(result.actual).toBeUndefined()
    expect(result.status).toBe('no-data')
    expect(result.attainment).toBeUndefined()
    expect(result.pace).toBeUndefined()
  })

  test('a milestone for the as-of year replaces the straight line', () => {
    const result = assess({ targets: [...targets, makeTarget(signed.id, '74', 2023, 80)] })
    expect(result.milestone).toMatchObject({ value: 80, year: 2023 })
    expect(result.expected).toBe(80)
    expect(result.status).toBe('at-risk') // 26 / 30
    expect(result.series.find((point) => point.year === 2023)?.expected).toBe(80)
    expect(result.series.find((point) => point.year === 2024)?.expected).toBe(82)
  })
})

describe('assessIndicator below the province', () => {
  test('a district rolls up its communes and inherits the ratio target', () => {
    const result = assess({ areaId: '718' })
    expect(result.baseline?.value).toBe(50) // 150 / 300
    expect(result.actual?.value).toBe(80) // 240 / 300
    expect(result.target).toMatchObject({ value: 90, fromAreaId: '74', inherited: true })
    expect(result.status).toBe('on-track')
  })

  test('a sum indicator is judged against the allocated district target', () => {
    const result = assess({ indicator: parks, areaId: '721' })
    expect(result.actual?.value).toBe(1)
    expect(result.target).toMatchObject({ value: 4, inherited: false })
    expect(result.expected).toBeCloseTo(2.4, 12)
    expect(result.status).toBe('off-track') // 1 / 2.4
    expect(result.attainment).toBe(0.25)
  })

  test('a commune without an allocated sum target has figures but no status', () => {
    const result = assess({ indicator: parks, areaId: '25747' })
    expect(result.actual?.value).toBe(3)
    expect(result.target).toBeUndefined()
    expect(result.status).toBe('no-data')
    expect(result.expected).toBeUndefined()
    expect(result.forecast?.reachesTarget).toBeUndefined()
    expect(result.forecast?.slope).toBe(1) // 0 in 2020, 3 in 2023
  })
})

describe('assessIndicator for other indicators at the province', () => {
  test('a sum indicator adds the communes up', () => {
    const result = assess({ indicator: parks })
    expect(result.actual?.value).toBe(6)
    expect(result.attainment).toBe(0.6)
    expect(result.status).toBe('on-track') // expected 0 + 10 × 3/5 = 6
  })

  test('a decrease indicator is mirrored', () => {
    const result = assess({ indicator: poor })
    expect(result.actual?.value).toBe(4)
    expect(result.expected).toBeCloseTo(5.2, 12) // 10 − 8 × 3/5
    expect(result.status).toBe('on-track')
    expect(result.attainment).toBe(0.5) // target / actual
    expect(result.forecast).toMatchObject({ slope: -2, reachesTarget: true })
    expect(result.pace?.achievedPerYear).toBe(-2)
    expect(result.pace?.neededPerYear).toBe(-1)
  })

  test('the statuses of a programme summarise into counts', () => {
    const all = programme.indicators.map((indicator) => assess({ indicator, areaId: '721' }))
    // signed 721: 140/200 = 70 vs 74 → r = 20/24 ≈ 0.83; parks: off track; poor: no figure
    expect(all.map((a) => a.status)).toEqual(['at-risk', 'off-track', 'no-data'])
    expect(summarizeStatuses(all)).toEqual({
      achieved: 0,
      'on-track': 0,
      'at-risk': 1,
      'off-track': 1,
      'no-data': 1,
    })
  })
})

describe('assessIndicator from figures the server rolled up', () => {
  test('judges every indicator exactly as rolling the measurements up in the browser', () => {
    const keyed: KeyedFigure[] = programme.indicators.flatMap((indicator) =>
      [2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) => {
        const figure = rollUp(indicator, tree, index, '74', year)
        if (!figure) return []
        const { measurementIds: _traced, ...rest } = figure
        return [{ ...rest, indicatorId: indicator.id, areaId: '74', year }]
      }),
    )
    expect(keyed.length).toBeGreaterThan(0)
    for (const indicator of programme.indicators) {
      const server = assessIndicator({
        programme,
        indicator,
        tree,
        targets,
        areaId: '74',
        asOfYear: 2023,
        figures: fromFigures(keyed),
      })
      expect(assess({ indicator })).toMatchObject(server)
    }
  })
})

import { describe, expect, test } from 'vitest'
import type { Measurement, Target } from '@/api/schemas'
import { buildAreaTree } from './area-tree'
import { assessIndicator, type AssessIndicatorInput } from './assess-indicator'
import { attainment } from './attainment'
import { indexMeasurements } from './measurement-index'
import { rollUp } from './roll-up'
import {
  makeIndicator,
  makeMeasurement,
  makeProgramme,
  makeRatio,
  makeTarget,
  smallProvince,
} from './test-fixtures'

/**
 * The edge cases the target-tracking pages rely on, through the one-stop assessIndicator:
 * decrease indicators, missing years, a zero denominator, a target equal to the baseline, a single
 * data point, inherited against allocated targets, and parents with and without their own figures.
 * Expected values are worked out by hand in the comments.
 */
const tree = buildAreaTree(smallProvince)
const communes = ['25747', '25750', '25777', '25780'] as const

const assess = (input: Partial<AssessIndicatorInput> & Pick<AssessIndicatorInput, 'indicator'>) => {
  const { indicator } = input
  return assessIndicator({
    programme: makeProgramme([indicator]),
    tree,
    index: indexMeasurements([]),
    targets: [],
    areaId: '74',
    asOfYear: 2025,
    ...input,
  })
}

describe('a decrease indicator (waste hotspots, summed)', () => {
  const hotspots = makeIndicator('sum', { id: 'hotspots', direction: 'decrease' })
  // Province: 2020 4 × 75 = 300; 2023 4 × 50 = 200; target 150 in 2025.
  const measurements = [
    ...communes.map((id) => makeMeasurement(hotspots.id, id, 2020, 75)),
    ...communes.map((id) => makeMeasurement(hotspots.id, id, 2023, 50)),
  ]
  const input = {
    indicator: hotspots,
    index: indexMeasurements(measurements),
    targets: [makeTarget(hotspots.id, '74', 2025, 150)],
  }

  test('below the straight line is on track; attainment is target / actual', () => {
    // E(2023) = 300 + (150 − 300)·3/5 = 210; r = (200 − 300)/(210 − 300) = 1.11
    const result = assess({ ...input, asOfYear: 2023 })
    expect(result.actual).toMatchObject({ value: 200, year: 2023 })
    expect(result.expected).toBeCloseTo(210)
    expect(result.ratio).toBeCloseTo(100 / 90)
    expect(result.status).toBe('on-track')
    expect(result.attainment).toBeCloseTo(150 / 200)
  })

  test('the pace needed and achieved are negative, and the forecast goes down', () => {
    const result = assess({ ...input, asOfYear: 2023 })
    // achieved (200 − 300)/3; needed (150 − 200)/2
    expect(result.pace?.achievedPerYear).toBeCloseTo(-100 / 3)
    expect(result.pace?.neededPerYear).toBeCloseTo(-25)
    // the line through (2020, 300) and (2023, 200) reaches 133.3 in 2025: at or below 150
    expect(result.forecast?.projected).toBeCloseTo(300 - (100 / 3) * 5)
    expect(result.forecast?.reachesTarget).toBe(true)
  })

  test('more hotspots than at the baseline is off track', () => {
    const worse = indexMeasurements([
      ...measurements,
      ...communes.map((id) => makeMeasurement(hotspots.id, id, 2024, 80)),
    ])
    const result = assess({ ...input, index: worse, asOfYear: 2024 })
    expect(result.status).toBe('off-track')
    expect(result.ratio).toBeLessThan(0)
  })

  test('at or below the target is achieved, over-achievement shown exactly', () => {
    const done = indexMeasurements([
      ...measurements,
      ...communes.map((id) => makeMeasurement(hotspots.id, id, 2025, 30)),
    ])
    const result = assess({ ...input, index: done })
    expect(result.status).toBe('achieved')
    expect(result.attainment).toBeCloseTo(150 / 120)
    expect(result.pace?.neededPerYear).toBeUndefined()
  })
})

describe('missing years', () => {
  const signed = makeIndicator('ratio', { id: 'signed' })
  // Only 2020 and 2022 are reported: 2021, 2023 and later are gaps.
  const measurements = [
    ...communes.map((id) => makeRatio(signed.id, id, 2020, 50, 100)),
    ...communes.map((id) => makeRatio(signed.id, id, 2022, 70, 100)),
  ]
  const input = {
    indicator: signed,
    index: indexMeasurements(measurements),
    targets: [makeTarget(signed.id, '74', 2025, 100)],
  }

  test('the latest earlier figure is the actual, judged against the as-of year’s line', () => {
    const result = assess({ ...input, asOfYear: 2024 })
    expect(result.actual).toMatchObject({ value: 70, year: 2022 })
    // E(2024) = 50 + 50·4/5 = 90; r = 20/40 = 0.5
    expect(result.expected).toBeCloseTo(90)
    expect(result.status).toBe('off-track')
  })

  test('the series leaves the gaps empty and the forecast uses the years present', () => {
    const result = assess({ ...input, asOfYear: 2024 })
    expect(result.series.map((p) => p.value)).toEqual([
      50,
      undefined,
      70,
      undefined,
      undefined,
      undefined,
    ])
    // slope 10 per year from (2020, 50), (2022, 70): 100 in 2025
    expect(result.forecast?.slope).toBeCloseTo(10)
    expect(result.forecast?.projected).toBeCloseTo(100)
  })

  test('a commune missing a year is left out of the roll-up and listed as missing', () => {
    const partial = indexMeasurements(
      measurements.filter((m) => !(m.areaId === '25780' && m.year === 2022)),
    )
    const figure = rollUp(signed, tree, partial, '74', 2022)
    expect(figure).toMatchObject({ numerator: 210, denominator: 300, value: 70 })
    // Dầu Tiếng still has a figure (from one commune), so the province misses no district
    expect(figure?.missingAreaIds).toEqual([])
    const district = rollUp(signed, tree, partial, '721', 2022)
    expect(district?.missingAreaIds).toEqual(['25780'])
  })
})

describe('a zero denominator', () => {
  const supermarkets = makeIndicator('ratio', { id: 'supermarkets' })
  const zero: Measurement = makeMeasurement(supermarkets.id, '25780', 2023, 0, {
    numerator: 0,
    denominator: 0,
  })

  test('a child with a zero denominator cannot be added and counts as missing', () => {
    const index = indexMeasurements([makeRatio(supermarkets.id, '25777', 2023, 1, 2), zero])
    const figure = rollUp(supermarkets, tree, index, '721', 2023)
    expect(figure).toMatchObject({ value: 50, numerator: 1, denominator: 2 })
    expect(figure?.missingAreaIds).toEqual(['25780'])
  })

  test('an area whose only figure has a zero denominator has no roll-up above it', () => {
    const index = indexMeasurements([zero])
    expect(rollUp(supermarkets, tree, index, '721', 2023)).toBeUndefined()
  })

  test('a zero target gives no attainment for an increase indicator', () => {
    expect(attainment('increase', 5, 0)).toBeUndefined()
  })
})

describe('a target equal to the baseline', () => {
  const score = makeIndicator('mean', { id: 'score', unit: 'score' })
  const target = [makeTarget(score.id, '74', 2025, 80)]
  const at = (value2020: number, value2023: number) =>
    assess({
      indicator: score,
      index: indexMeasurements([
        makeMeasurement(score.id, '74', 2020, value2020),
        makeMeasurement(score.id, '74', 2023, value2023),
      ]),
      targets: target,
      asOfYear: 2023,
    })

  test('holding the baseline is achieved: the target is met', () => {
    const result = at(80, 80)
    expect(result.expected).toBe(80)
    expect(result.status).toBe('achieved')
    expect(result.attainment).toBe(1)
  })

  test('falling below it is off track, with no progress ratio (nothing was expected to change)', () => {
    const result = at(80, 78)
    expect(result.status).toBe('off-track')
    expect(result.ratio).toBeUndefined()
    expect(result.pace?.neededPerYear).toBeCloseTo(1)
  })
})

describe('a single data point', () => {
  const parks = makeIndicator('sum', { id: 'parks' })

  test('gives a status and a pace of 0 but no forecast', () => {
    const result = assess({
      indicator: parks,
      index: indexMeasurements([makeMeasurement(parks.id, '74', 2023, 4)]),
      targets: [makeTarget(parks.id, '74', 2025, 10)],
      asOfYear: 2025,
    })
    expect(result.actual).toMatchObject({ value: 4, year: 2023 })
    expect(result.baseline).toBeUndefined()
    expect(result.forecast).toBeUndefined()
    // no baseline: progress from zero, E = T = 10, r = 0.4
    expect(result.ratio).toBeCloseTo(0.4)
    expect(result.status).toBe('off-track')
    expect(result.pace).toBeUndefined()
  })

  test('a baseline alone has no actual in the programme period: no data', () => {
    const result = assess({
      indicator: parks,
      index: indexMeasurements([makeMeasurement(parks.id, '74', 2020, 1)]),
      targets: [makeTarget(parks.id, '74', 2025, 10)],
    })
    expect(result.baseline?.value).toBe(1)
    expect(result.actual).toBeUndefined()
    expect(result.status).toBe('no-data')
    expect(result.forecast).toBeUndefined()
  })
})

describe('inherited against allocated targets', () => {
  const signed = makeIndicator('ratio', { id: 'signed' })
  const parks = makeIndicator('sum', { id: 'parks' })
  const targets: Target[] = [
    makeTarget(signed.id, '74', 2025, 90),
    makeTarget(signed.id, '718', 2025, 95),
    makeTarget(parks.id, '74', 2025, 10),
    makeTarget(parks.id, '718', 2025, 6),
  ]
  const index = indexMeasurements([
    ...communes.map((id) => makeRatio(signed.id, id, 2025, 93, 100)),
    ...communes.map((id) => makeMeasurement(parks.id, id, 2025, 2)),
  ])
  const base = { targets, index }

  test('a ratio target is inherited from the nearest ancestor that has one', () => {
    const commune = assess({ ...base, indicator: signed, areaId: '25777' })
    expect(commune.target).toMatchObject({ value: 90, fromAreaId: '74', inherited: true })
    expect(commune.status).toBe('achieved')
    const ward = assess({ ...base, indicator: signed, areaId: '25747' })
    expect(ward.target).toMatchObject({ value: 95, fromAreaId: '718', inherited: true })
    expect(ward.status).not.toBe('achieved')
  })

  test('an allocated sum target is the area’s own; without an allocation there is no target', () => {
    const allocated = assess({ ...base, indicator: parks, areaId: '718' })
    expect(allocated.target).toMatchObject({ value: 6, inherited: false })
    expect(allocated.attainment).toBeCloseTo(4 / 6)
    const none = assess({ ...base, indicator: parks, areaId: '721' })
    expect(none.actual?.value).toBe(4)
    expect(none.target).toBeUndefined()
    expect(none.status).toBe('no-data')
    expect(none.attainment).toBeUndefined()
  })
})

describe('parents with and without their own measurements', () => {
  const parks = makeIndicator('sum', { id: 'parks' })
  const measurements = [
    ...communes.map((id) => makeMeasurement(parks.id, id, 2024, 1)),
    // Thủ Dầu Một reports a city-wide figure of its own: 5, not its wards' 1 + 1.
    makeMeasurement(parks.id, '718', 2024, 5),
  ]
  const index = indexMeasurements(measurements)

  test('a parent with its own figure keeps it; one without rolls its children up', () => {
    expect(rollUp(parks, tree, index, '718', 2024)).toMatchObject({ value: 5, source: 'own' })
    expect(rollUp(parks, tree, index, '721', 2024)).toMatchObject({ value: 2, source: 'roll-up' })
  })

  test('the level above uses the parent’s own figure, not its children’s', () => {
    const result = assess({
      indicator: parks,
      index,
      targets: [makeTarget(parks.id, '74', 2025, 14)],
      asOfYear: 2024,
    })
    expect(result.actual).toMatchObject({ value: 7, source: 'roll-up', year: 2024 })
    expect(result.actual?.contributingAreaIds).toEqual(['721', '718'])
    expect(result.attainment).toBeCloseTo(0.5)
  })
})

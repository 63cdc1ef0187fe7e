import { describe, expect, test } from 'vitest'
import type { Area, Measurement } from '@/api/schemas'
import { buildAreaTree } from './area-tree'
import { indexMeasurements } from './measurement-index'
import { rollUp, rollUpSeries } from './roll-up'
import { makeArea, makeIndicator, makeMeasurement, makeRatio, smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const sum = makeIndicator('sum')
const ratio = makeIndicator('ratio')
const mean = makeIndicator('mean')
const figureOf = (
  indicator: typeof sum,
  measurements: Measurement[],
  areaId: string,
  year = 2023,
) => rollUp(indicator, tree, indexMeasurements(measurements), areaId, year)

describe('rollUp: own measurements', () => {
  test("returns an area's own measurement with its provenance", () => {
    const m = makeRatio(ratio.id, '25747', 2023, 45, 50)
    expect(figureOf(ratio, [m], '25747')).toEqual({
      value: 90,
      numerator: 45,
      denominator: 50,
      source: 'own',
      measurementIds: [m.id],
      contributingAreaIds: [],
      missingAreaIds: [],
    })
  })

  test('a parent with its own measurement keeps it, whatever its children say', () => {
    const own = makeMeasurement(sum.id, '718', 2023, 7)
    const figure = figureOf(
      sum,
      [own, makeMeasurement(sum.id, '25747', 2023, 10), makeMeasurement(sum.id, '25750', 2023, 20)],
      '718',
    )
    expect(figure?.value).toBe(7)
    expect(figure?.source).toBe('own')
    expect(figure?.measurementIds).toEqual([own.id])
  })

  test('is undefined with neither an own measurement nor any child figure', () => {
    const other = makeMeasurement(sum.id, '25747', 2022, 10) // another year
    expect(figureOf(sum, [other], '74')).toBeUndefined()
    expect(figureOf(sum, [other], '25750')).toBeUndefined()
    expect(figureOf(sum, [other], 'nope')).toBeUndefined()
  })

  test('only looks at its own indicator', () => {
    expect(figureOf(sum, [makeMeasurement('other', '25747', 2023, 10)], '718')).toBeUndefined()
  })
})

describe('rollUp: sum', () => {
  const measurements = [
    makeMeasurement(sum.id, '25747', 2023, 10),
    makeMeasurement(sum.id, '25750', 2023, 20),
    makeMeasurement(sum.id, '25777', 2023, 3),
  ]

  test('adds the children, listing who contributed and who is missing', () => {
    expect(figureOf(sum, measurements, '718')).toMatchObject({
      value: 30,
      source: 'roll-up',
      contributingAreaIds: ['25750', '25747'],
      missingAreaIds: [],
    })
    expect(figureOf(sum, measurements, '721')).toMatchObject({
      value: 3,
      contributingAreaIds: ['25777'],
      missingAreaIds: ['25780'],
    })
  })

  test('rolls up commune → district → province, keeping every measurement id', () => {
    const figure = figureOf(sum, measurements, '74')
    expect(figure?.value).toBe(33)
    expect(figure?.contributingAreaIds).toEqual(['721', '718'])
    expect(figure?.missingAreaIds).toEqual([])
    expect(figure?.numerator).toBeUndefined()
    expect([...(figure?.measurementIds ?? [])].sort()).toEqual(measurements.map((m) => m.id).sort())
  })

  test("uses a district's own measurement instead of its communes' on the way up", () => {
    const districtOwn = makeMeasurement(sum.id, '718', 2023, 100)
    const figure = figureOf(sum, [...measurements, districtOwn], '74')
    expect(figure?.value).toBe(103)
    expect(figure?.measurementIds).toContain(districtOwn.id)
    expect(figure?.measurementIds).not.toContain(measurements[0]?.id)
  })
})

describe('rollUp: ratio', () => {
  test('adds numerators and denominators instead of averaging percentages', () => {
    const figure = figureOf(
      ratio,
      [makeRatio(ratio.id, '25747', 2023, 1, 2), makeRatio(ratio.id, '25750', 2023, 99, 100)],
      '718',
    )
    expect(figure?.numerator).toBe(100)
    expect(figure?.denominator).toBe(102)
    expect(figure?.value).toBeCloseTo(98.0392157, 6) // 100 / 102, not the 74.5 % average
  })

  test('rolls up over two levels from the counts, not from the district percentages', () => {
    const figure = figureOf(
      ratio,
      [
        makeRatio(ratio.id, '25747', 2023, 1, 2), // district 718: 100 / 102
        makeRatio(ratio.id, '25750', 2023, 99, 100),
        makeRatio(ratio.id, '25777', 2023, 0, 98), // district 721: 0 / 98
      ],
      '74',
    )
    expect(figure?.numerator).toBe(100)
    expect(figure?.denominator).toBe(200)
    expect(figure?.value).toBe(50) // averaging 98.04 % and 0 % would give 49.02 %
    expect(figure?.measurementIds).toHaveLength(3)
  })

  test('counts a child figure without numerator and denominator as missing', () => {
    const figure = figureOf(
      ratio,
      [
        makeRatio(ratio.id, '25747', 2023, 45, 50),
        makeMeasurement(ratio.id, '25750', 2023, 10), // a bare percentage cannot be added
      ],
      '718',
    )
    expect(figure?.value).toBe(90)
    expect(figure?.contributingAreaIds).toEqual(['25747'])
    expect(figure?.missingAreaIds).toEqual(['25750'])
  })
})

describe('rollUp: mean', () => {
  test('weights by denominator when every child has one', () => {
    const figure = figureOf(
      mean,
      [
        makeMeasurement(mean.id, '25747', 2023, 80, { denominator: 10 }),
        makeMeasurement(mean.id, '25750', 2023, 50, { denominator: 30 }),
      ],
      '718',
    )
    expect(figure?.value).toBe(57.5) // (80·10 + 50·30) / 40
    expect(figure?.denominator).toBe(40)
  })

  test('takes the plain mean when a child has no denominator', () => {
    const figure = figureOf(
      mean,
      [
        makeMeasurement(mean.id, '25747', 2023, 80, { denominator: 10 }),
        makeMeasurement(mean.id, '25750', 2023, 50),
      ],
      '718',
    )
    expect(figure?.value).toBe(65)
    expect(figure?.denominator).toBeUndefined()
  })

  test('weighted over two levels equals the weighted mean of all communes', () => {
    const figure = figureOf(
      mean,
      [
        makeMeasurement(mean.id, '25747', 2023, 80, { denominator: 10 }),
        makeMeasurement(mean.id, '25750', 2023, 50, { denominator: 30 }), // 718: 57.5 over 40
        makeMeasurement(mean.id, '25777', 2023, 90, { denominator: 60 }), // 721: 90 over 60
      ],
      '74',
    )
    expect(figure?.value).toBe(77) // (800 + 1500 + 5400) / 100; the mean of 57.5 and 90 is 73.75
    expect(figure?.denominator).toBe(100)
  })

  test('plain means over two levels average the district means', () => {
    const figure = figureOf(
      mean,
      [
        makeMeasurement(mean.id, '25747', 2023, 80),
        makeMeasurement(mean.id, '25750', 2023, 50), // 718: 65
        makeMeasurement(mean.id, '25777', 2023, 90), // 721: 90
      ],
      '74',
    )
    expect(figure?.value).toBe(77.5)
  })
})

describe('rollUpSeries', () => {
  test('rolls up each year, leaving out years without a figure', () => {
    const index = indexMeasurements([
      makeMeasurement(sum.id, '25747', 2021, 1),
      makeMeasurement(sum.id, '25780', 2021, 2),
      makeMeasurement(sum.id, '25747', 2023, 5),
    ])
    const series = rollUpSeries(sum, tree, index, '74', [2021, 2022, 2023])
    expect([...series.keys()]).toEqual([2021, 2023])
    expect(series.get(2021)?.value).toBe(3)
    expect(series.get(2023)?.value).toBe(5)
  })
})

describe('rollUp at country scale', () => {
  test('sums 10,000 communes under 700 districts in one pass', () => {
    const areas: Area[] = [makeArea('vn', 'Việt Nam', null)]
    const measurements: Measurement[] = []
    for (let d = 0; d < 700; d++) areas.push(makeArea(`d${d}`, `Huyện ${d}`, 'vn', 'district'))
    for (let c = 0; c < 10_000; c++) {
      areas.push(makeArea(`c${c}`, `Xã ${c}`, `d${c % 700}`))
      measurements.push(makeRatio(ratio.id, `c${c}`, 2023, c % 2, 1))
    }
    const started = performance.now()
    const figure = rollUp(ratio, buildAreaTree(areas), indexMeasurements(measurements), 'vn', 2023)
    expect(figure?.denominator).toBe(10_000)
    expect(figure?.value).toBe(50)
    expect(figure?.measurementIds).toHaveLength(10_000)
    expect(performance.now() - started).toBeLessThan(2_000) // typically well under 100 ms
  })
})

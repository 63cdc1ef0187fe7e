import { describe, expect, test } from 'vitest'
import { indexMeasurements } from './measurement-index'
import { makeMeasurement } from './test-fixtures'

describe('indexMeasurements', () => {
  test('finds a measurement by indicator, area and year', () => {
    const m = makeMeasurement('i1', '718', 2023, 42)
    const index = indexMeasurements([makeMeasurement('i1', '718', 2022, 40), m])
    expect(index.get('i1', '718', 2023)).toBe(m)
  })

  test('returns undefined when any part of the key differs', () => {
    const index = indexMeasurements([makeMeasurement('i1', '718', 2023, 42)])
    expect(index.get('i2', '718', 2023)).toBeUndefined()
    expect(index.get('i1', '721', 2023)).toBeUndefined()
    expect(index.get('i1', '718', 2024)).toBeUndefined()
  })

  test('lists the years of an indicator and area in ascending order', () => {
    const index = indexMeasurements([
      makeMeasurement('i1', '718', 2024, 1),
      makeMeasurement('i1', '718', 2021, 1),
      makeMeasurement('i1', '721', 2022, 1),
      makeMeasurement('i1', '718', 2023, 1),
      makeMeasurement('i2', '718', 2020, 1),
    ])
    expect(index.yearsOf('i1', '718')).toEqual([2021, 2023, 2024])
    expect(index.yearsOf('i1', 'nope')).toEqual([])
  })

  test('keeps the highest version of duplicates, whatever the order', () => {
    const v2 = makeMeasurement('i1', '718', 2023, 50, { version: 2 })
    const v1 = makeMeasurement('i1', '718', 2023, 40, { version: 1 })
    expect(indexMeasurements([v2, v1]).get('i1', '718', 2023)).toBe(v2)
    expect(indexMeasurements([v1, v2]).get('i1', '718', 2023)).toBe(v2)
  })

  test('on equal versions keeps the later report, comparing instants not strings', () => {
    // 08:00+07:00 is 01:00Z, earlier than 02:00Z although its text sorts later
    const early = makeMeasurement('i1', '718', 2023, 1, { reportedAt: '2024-01-01T08:00:00+07:00' })
    const late = makeMeasurement('i1', '718', 2023, 2, { reportedAt: '2024-01-01T02:00:00Z' })
    expect(indexMeasurements([late, early]).get('i1', '718', 2023)).toBe(late)
    expect(indexMeasurements([early, late]).get('i1', '718', 2023)).toBe(late)
  })

  test('on a complete tie keeps the last in the list', () => {
    const first = makeMeasurement('i1', '718', 2023, 1)
    const second = makeMeasurement('i1', '718', 2023, 2)
    expect(indexMeasurements([first, second]).get('i1', '718', 2023)).toBe(second)
  })
})

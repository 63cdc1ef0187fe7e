import { describe, expect, test } from 'vitest'
import { checkFigure, jumpWarning, livePercentage, reportingYears } from './measurement-rules'
import { makeIndicator } from './test-fixtures'

const programme = { startYear: 2021, endYear: 2025 }
const ratio = makeIndicator('ratio')
const count = makeIndicator('sum')
const mean = makeIndicator('mean', { unit: 'score' })
const codes = (result: ReturnType<typeof checkFigure>) =>
  result.problems.map((p) => `${p.field}:${p.code}`)

describe('checkFigure', () => {
  test('a ratio figure computes its percentage from numerator and denominator', () => {
    const result = checkFigure({
      indicator: ratio,
      programme,
      year: 2024,
      numerator: 290,
      denominator: 500,
    })
    expect(result).toEqual({
      ok: true,
      problems: [],
      figure: { value: 58, numerator: 290, denominator: 500 },
    })
  })
  test('required values are named per field', () => {
    expect(codes(checkFigure({ indicator: ratio, programme, year: 2024 }))).toEqual([
      'numerator:required',
      'denominator:required',
    ])
    expect(codes(checkFigure({ indicator: count, programme, year: 2024, value: 'empty' }))).toEqual(
      ['value:required'],
    )
  })
  test('text that is not a number in the locale is a format problem', () => {
    expect(
      codes(checkFigure({ indicator: count, programme, year: 2024, value: 'invalid' })),
    ).toEqual(['value:format'])
  })
  test('negative values, fractional counts and a zero denominator are refused', () => {
    expect(codes(checkFigure({ indicator: count, programme, year: 2024, value: -1 }))).toEqual([
      'value:negative',
    ])
    expect(codes(checkFigure({ indicator: count, programme, year: 2024, value: 2.5 }))).toEqual([
      'value:not-whole',
    ])
    expect(
      codes(checkFigure({ indicator: ratio, programme, year: 2024, numerator: 0, denominator: 0 })),
    ).toEqual(['denominator:zero-denominator'])
  })
  test('the numerator may not exceed the denominator', () => {
    expect(
      codes(
        checkFigure({ indicator: ratio, programme, year: 2024, numerator: 11, denominator: 10 }),
      ),
    ).toEqual(['numerator:numerator-exceeds'])
  })
  test('the year must lie within the programme', () => {
    expect(codes(checkFigure({ indicator: count, programme, year: 2020, value: 1 }))).toEqual([
      'year:year-range',
    ])
    expect(codes(checkFigure({ indicator: count, programme, year: 2026, value: 1 }))).toEqual([
      'year:year-range',
    ])
  })
  test('a mean keeps an optional respondent count as its denominator; scores may be fractional', () => {
    expect(
      checkFigure({ indicator: mean, programme, year: 2022, value: 72.5, denominator: 80 }),
    ).toMatchObject({
      ok: true,
      figure: { value: 72.5, denominator: 80 },
    })
    expect(checkFigure({ indicator: mean, programme, year: 2022, value: 72.5 })).toMatchObject({
      ok: true,
      figure: { value: 72.5 },
    })
  })
  test('an overlong note is refused', () => {
    expect(
      codes(
        checkFigure({ indicator: count, programme, year: 2022, value: 1, note: 'x'.repeat(2001) }),
      ),
    ).toEqual(['note:note-too-long'])
  })
})

describe('jumpWarning', () => {
  test('warns above a 50 % change against the previous year, in either direction', () => {
    expect(jumpWarning(151, { value: 100, year: 2023 })?.params.change).toBeCloseTo(0.51)
    expect(jumpWarning(49, { value: 100, year: 2023 })?.params.previousYear).toBe(2023)
  })
  test('stays quiet at exactly 50 %, without a previous figure or from zero', () => {
    expect(jumpWarning(150, { value: 100, year: 2023 })).toBeUndefined()
    expect(jumpWarning(150, undefined)).toBeUndefined()
    expect(jumpWarning(5, { value: 0, year: 2023 })).toBeUndefined()
  })
})

test('livePercentage needs both numbers and a positive denominator', () => {
  expect(livePercentage(1, 4)).toBe(25)
  expect(livePercentage(1, 0)).toBeUndefined()
  expect(livePercentage('invalid', 4)).toBeUndefined()
})

test('reportingYears lists the programme period', () => {
  expect(reportingYears(programme)).toEqual([2021, 2022, 2023, 2024, 2025])
})

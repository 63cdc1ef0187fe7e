import { describe, expect, test } from 'vitest'
import { createImportValidator, mapHeader, type ImportColumn } from './import-rules'
import { indexMeasurements } from './measurement-index'
import { makeIndicator, makeMeasurement } from './test-fixtures'

const ratio = makeIndicator('ratio', { id: 'r', code: '02.2' })
const count = makeIndicator('sum', { id: 'c', code: '02.8' })
const programme = { startYear: 2021, endYear: 2025, indicators: [ratio, count] }
const names: Record<ImportColumn, string[]> = {
  indicator: ['Indicator code'],
  area: ['Area code'],
  year: ['Year'],
  value: ['Value'],
  numerator: ['Numerator'],
  denominator: ['Denominator'],
  note: ['Note'],
}
const header = ['Indicator code', 'Area code', 'Year', 'Value', 'Numerator', 'Denominator', 'Note']
const existing = indexMeasurements([
  makeMeasurement('c', '25747', 2023, 10, { status: 'verified' }),
  makeMeasurement('c', '25747', 2024, 12),
])

const validator = () =>
  createImportValidator({
    programme,
    columns: mapHeader(header, names).columns,
    hasArea: (id) => ['718', '25747', '25780'].includes(id),
    inScope: (id) => id !== '25780',
    existing,
    parseNumber: (text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined),
  })

describe('mapHeader', () => {
  test('finds the columns in any order and names missing, unknown and repeated ones', () => {
    const { columns, problems } = mapHeader([' year ', 'AREA CODE', 'Colour', 'Year'], names)
    expect(columns).toEqual({ year: 0, area: 1 })
    expect(problems).toEqual([
      { code: 'unknown-column', header: 'Colour', index: 2 },
      { code: 'repeated-column', column: 'year', index: 3 },
      { code: 'missing-column', column: 'indicator' },
    ])
  })
})

describe('createImportValidator', () => {
  test('a valid new row becomes a record to add', () => {
    const result = validator()(['02.2', '718', '2025', '', '30', '40', 'ok'], 2)
    expect(result.kind).toBe('add')
    expect(result.record).toEqual({
      indicatorId: 'r',
      areaId: '718',
      year: 2025,
      value: 75,
      numerator: 30,
      denominator: 40,
      note: 'ok',
    })
  })
  test('unknown codes, out-of-scope areas and bad numbers are each named with row and column', () => {
    const validate = validator()
    const problems = [
      validate(['09.9', '718', '2025', '1'], 2),
      validate(['02.8', '99999', '2025', '1'], 3),
      validate(['02.8', '25780', '2025', '1'], 4),
      validate(['02.8', '718', '2025', '1,5x'], 5),
      validate(['02.8', '718', '20x5', '1'], 6),
      validate(['02.2', '718', '2025', '', '50', '40'], 7),
    ].flatMap((r) => r.problems.map((p) => `${p.row}/${p.column}/${p.code}`))
    expect(problems).toEqual([
      '2/indicator/unknown-indicator',
      '3/area/unknown-area',
      '4/area/out-of-scope',
      '5/value/format',
      '6/year/format',
      '7/numerator/numerator-exceeds',
    ])
  })
  test('a repeated indicator, area and year names the first row', () => {
    const validate = validator()
    validate(['02.8', '718', '2025', '1'], 2)
    expect(validate(['02.8', '718', '2025', '2'], 3).problems).toEqual([
      { row: 3, column: 'area', code: 'duplicate', params: { row: 2 } },
    ])
  })
  test('a row for a stored figure is a change (warning when it was verified) or unchanged', () => {
    const validate = validator()
    const change = validate(['02.8', '25747', '2023', '11'], 2)
    expect(change.kind).toBe('change')
    expect(change.warnings.map((w) => w.code)).toEqual(['replaces-verified'])
    expect(validate(['02.8', '25747', '2024', '12'], 3).kind).toBe('unchanged')
  })
  test('a jump of more than 50 % against the previous year is a warning, not a problem', () => {
    const result = validator()(['02.8', '25747', '2025', '30'], 2)
    expect(result.kind).toBe('add')
    expect(result.warnings).toMatchObject([{ code: 'jump', column: 'value', row: 2 }])
  })
})

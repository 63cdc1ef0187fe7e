import { describe, expect, test } from 'vitest'
import { buildExportTable, cellText, reactText, toExportCell } from './export-cells'

describe('toExportCell', () => {
  test('reads numbers formatted for the screen back in the active locale (numeric columns)', () => {
    expect(toExportCell('1.234', 'vi-VN', true)).toEqual({ type: 'number', value: 1234 })
    expect(toExportCell('1,234.5', 'en-GB', true)).toEqual({ type: 'number', value: 1234.5 })
    expect(toExportCell('98,5 %', 'vi-VN', true)).toEqual({ type: 'percent', value: 0.985 })
    expect(toExportCell('104,17\u00a0%', 'de-DE', true)).toMatchObject({ type: 'percent' })
    expect(toExportCell('1.200.000 ₫', 'vi-VN', true)).toEqual({ type: 'number', value: 1200000 })
  })

  test('keeps text in text columns, even when it looks like a number', () => {
    expect(toExportCell('25747', 'vi-VN')).toEqual({ type: 'text', value: '25747' })
    expect(toExportCell('abc', 'vi-VN', true)).toEqual({ type: 'text', value: 'abc' })
  })

  test('dates stay dates, dashes and blanks are empty, numbers stay numbers', () => {
    expect(toExportCell('2025-06-20', 'vi-VN')).toEqual({ type: 'date', value: '2025-06-20' })
    expect(toExportCell(new Date(2025, 5, 3), 'vi-VN')).toEqual({
      type: 'date',
      value: '2025-06-03',
    })
    expect(toExportCell('—', 'vi-VN', true)).toEqual({ type: 'empty' })
    expect(toExportCell(undefined, 'vi-VN')).toEqual({ type: 'empty' })
    expect(toExportCell(Number.NaN, 'vi-VN')).toEqual({ type: 'empty' })
    expect(toExportCell(2024, 'vi-VN')).toEqual({ type: 'number', value: 2024 })
  })
})

describe('buildExportTable', () => {
  test('uses a column’s raw export value, else the text of its rendered cell', () => {
    type Row = { name: string; count: number }
    const table = buildExportTable<Row>(
      [
        { header: <span>Tên</span>, cell: (row) => <strong>{row.name}</strong> },
        { header: 'Số', numeric: true, cell: (row) => `${row.count}.000` },
        { header: 'Raw', exportHeader: 'Thô', cell: () => 'x', exportValue: (row) => row.count },
      ],
      [{ name: 'A', count: 2 }],
      'vi-VN',
    )
    expect(table.headers).toEqual(['Tên', 'Số', 'Thô'])
    expect(table.rows).toEqual([
      [
        { type: 'text', value: 'A' },
        { type: 'number', value: 2000 },
        { type: 'number', value: 2 },
      ],
    ])
  })

  test('reactText joins nested text and ignores empty nodes', () => {
    expect(reactText(['a', null, <em key="b">b{1}</em>, false])).toBe('ab1')
  })
})

describe('cellText', () => {
  test('writes plain numbers, percent with a sign, ISO dates', () => {
    expect(cellText({ type: 'number', value: 1234.5 })).toBe('1234.5')
    expect(cellText({ type: 'percent', value: 1.0416 })).toBe('104.16%')
    expect(cellText({ type: 'date', value: '2025-06-20' })).toBe('2025-06-20')
    expect(cellText({ type: 'empty' })).toBe('')
  })
})

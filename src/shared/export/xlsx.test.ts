import { describe, expect, test } from 'vitest'
import { readXlsx } from '@tests/read-xlsx'
import { columnName, dateSerial, sheetName, writeXlsx } from './xlsx'

describe('writeXlsx', () => {
  test('keeps numbers as numbers, percentages and dates as formatted numbers, text as text', () => {
    const bytes = writeXlsx([
      {
        name: 'Bảng: số liệu',
        headers: ['Địa bàn', 'Số', 'Tỷ lệ', 'Ngày'],
        rows: [
          [
            { type: 'text', value: '=HYPERLINK("x") & <b>' },
            { type: 'number', value: 1234.5 },
            { type: 'percent', value: 0.985 },
            { type: 'date', value: '2025-06-20' },
          ],
          [{ type: 'empty' }, { type: 'number', value: -3 }, { type: 'empty' }, { type: 'empty' }],
        ],
      },
      { name: 'Bối cảnh', headers: ['Mục', 'Giá trị'], rows: [] },
    ])
    const [data, context] = readXlsx(bytes)
    expect(data?.name).toBe('Bảng  số liệu')
    expect(context?.name).toBe('Bối cảnh')
    expect(data?.rows[0]?.map((c) => c.text)).toEqual(['Địa bàn', 'Số', 'Tỷ lệ', 'Ngày'])
    const [name, number, percent, date] = data?.rows[1] ?? []
    expect(name?.text).toBe('=HYPERLINK("x") & <b>')
    expect(number).toMatchObject({ number: 1234.5 })
    expect(percent?.number).toBe(0.985)
    expect(percent?.numFmt).toContain('%')
    expect(date?.number).toBe(dateSerial('2025-06-20'))
    expect(date?.numFmt).toMatch(/yyyy/)
    expect(data?.rows[2]?.[1]?.number).toBe(-3)
  })
})

describe('helpers', () => {
  test('column names run A…Z, AA…', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })

  test('date serials count days from 1899-12-30, with the time as a fraction', () => {
    expect(dateSerial('1900-03-01')).toBe(61)
    expect(dateSerial('2025-06-30')).toBe(45838)
    expect(dateSerial('2025-06-30T18:00:00+07:00')).toBe(45838.75)
  })

  test('sheet names are short, legal and unique', () => {
    const taken = new Set<string>()
    expect(sheetName('a/b', taken)).toBe('a b')
    expect(sheetName('A/B', taken)).toBe('A B (2)')
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31)
    expect(sheetName('', taken)).toBe('Sheet')
  })
})

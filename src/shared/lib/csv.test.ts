import { describe, expect, test } from 'vitest'
import { CsvError, detectDelimiter, neutralizeFormula, parseCsv, toCsv } from './csv'

describe('parseCsv', () => {
  test('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\r\n'
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
    ])
  })
  test('drops the byte order mark, accepts LF and CR, keeps empty fields', () => {
    expect(parseCsv('\uFEFFMã;Tên\n1;\r2;Phú Cường')).toEqual([
      ['Mã', 'Tên'],
      ['1', ''],
      ['2', 'Phú Cường'],
    ])
  })
  test('detects the delimiter from the first record, ignoring quoted ones', () => {
    expect(detectDelimiter('"a,b";c;d\n1,2,3')).toBe(';')
    expect(detectDelimiter('a\tb\n')).toBe('\t')
    expect(detectDelimiter('single')).toBe(',')
  })
  test('an unclosed quote is an error naming the row', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrowError(CsvError)
    try {
      parseCsv('a,b\n1,"open\n2,3')
    } catch (error) {
      expect((error as CsvError).row).toBe(2)
    }
  })
})

describe('toCsv', () => {
  test('writes UTF-8 with a BOM, CRLF, and quotes only what needs it', () => {
    const csv = toCsv([
      ['Mã', 'Ghi chú'],
      [25747, 'a "quoted", text'],
      [1.5, ' padded'],
    ])
    expect(csv).toBe('\uFEFFMã,Ghi chú\r\n25747,"a ""quoted"", text"\r\n1.5," padded"\r\n')
  })
  test('round-trips through parseCsv', () => {
    const rows = [
      ['x;y', 'line\nbreak', ''],
      ['Hộ gia đình', '"', 'z'],
    ]
    expect(parseCsv(toCsv(rows, { delimiter: ';' }))).toEqual(rows)
  })
  test('neutralizes text cells that a spreadsheet would run as formulas, not numbers', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-2', '@x', -3]], { bom: false })).toBe(
      "'=SUM(A1),'+1,'-2,'@x,-3\r\n",
    )
  })
})

test('neutralizeFormula prefixes = + - @ tab and CR, and leaves other text alone', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    expect(neutralizeFormula(`${start}1`)).toBe(`'${start}1`)
  expect(neutralizeFormula('Phú Cường')).toBe('Phú Cường')
  expect(neutralizeFormula('')).toBe('')
})

import { isValidElement, type ReactNode } from 'react'
import { parseLocaleNumber } from '@/shared/lib/parse-number'

/** A raw value a column may give for export (instead of its rendered cell). */
export type ExportValue = string | number | boolean | Date | null | undefined

/**
 * One cell of an exported table. Numbers stay numbers, percentages are ratios shown as
 * percent, dates stay dates (ISO `YYYY-MM-DD`, or date-time), everything else is text.
 */
export type ExportCell =
  | { type: 'empty' }
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'percent'; value: number }
  | { type: 'date'; value: string }

export type ExportTable = { headers: string[]; rows: ExportCell[][] }

const EMPTY: ExportCell = { type: 'empty' }
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/
const DASHES = new Set(['—', '–', '-', '…'])

const pad = (n: number) => String(n).padStart(2, '0')

/** The visible text of a rendered cell: strings and numbers found in the element tree. */
export function reactText(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return ''
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint')
    return String(node)
  if (Array.isArray(node)) return node.map((child: ReactNode) => reactText(child)).join('')
  if (isValidElement<{ children?: ReactNode }>(node)) return reactText(node.props.children)
  return ''
}

/**
 * Turns a value into an export cell. In numeric columns, text formatted for the screen
 * ("1.234", "98,5 %", "1.200.000 ₫" in Vietnamese) is read back into a number in `locale`.
 */
export function toExportCell(value: ExportValue, locale: string, numeric = false): ExportCell {
  if (value === null || value === undefined) return EMPTY
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : EMPTY
  if (typeof value === 'boolean') return { type: 'text', value: String(value) }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return EMPTY
    const iso = `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`
    return { type: 'date', value: iso }
  }
  const text = value.replace(/[\u00a0\u202f]/g, ' ').trim()
  if (text === '' || DASHES.has(text)) return EMPTY
  if (ISO_DATE.test(text)) return { type: 'date', value: text }
  if (numeric) {
    const percent = /^(.*?)\s*%$/.exec(text)
    if (percent) {
      const number = parseLocaleNumber(percent[1] ?? '', locale)
      if (number !== undefined) return { type: 'percent', value: number / 100 }
    }
    const bare = text.replace(/\s*(₫|VND|đ)$/u, '')
    const number = parseLocaleNumber(bare, locale)
    if (number !== undefined) return { type: 'number', value: number }
  }
  return { type: 'text', value: text }
}

/** The columns of a table, as far as export needs them (DataTable's columns fit). */
export type ExportColumn<Row> = {
  header: ReactNode
  cell: (row: Row) => ReactNode
  numeric?: boolean
  exportHeader?: string
  exportValue?: (row: Row) => ExportValue
}

/** The rows of a table as export cells: each column's raw value, else its rendered text. */
export function buildExportTable<Row>(
  columns: ExportColumn<Row>[],
  rows: Row[],
  locale: string,
): ExportTable {
  return {
    headers: columns.map((column) => column.exportHeader ?? reactText(column.header)),
    rows: rows.map((row) =>
      columns.map((column) => {
        if (column.exportValue) return toExportCell(column.exportValue(row), locale, column.numeric)
        const cell = column.cell(row)
        const value =
          typeof cell === 'number' || typeof cell === 'string' || cell instanceof Date
            ? cell
            : reactText(cell)
        return toExportCell(value, locale, column.numeric)
      }),
    ),
  }
}

/** A cell as CSV text: plain numbers with a full stop, percent with a % sign, ISO dates. */
export function cellText(cell: ExportCell): string {
  switch (cell.type) {
    case 'empty':
      return ''
    case 'number':
      return String(cell.value)
    case 'percent':
      return `${Number((cell.value * 100).toPrecision(12))}%`
    default:
      return cell.value
  }
}

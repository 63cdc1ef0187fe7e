/**
 * CSV reading and writing (RFC 4180): fields separated by a delimiter, records
 * by CRLF (LF and CR alone are read too); a field containing the delimiter, a
 * quote, a line break or leading/trailing spaces is quoted, quotes doubled.
 * Files are written as UTF-8 with a byte order mark, so Excel shows Vietnamese
 * correctly; the mark is dropped when reading.
 */

export type CsvDelimiter = ',' | ';' | '\t'
export type CsvCell = string | number | null | undefined

const BOM = '\uFEFF'

export class CsvError extends Error {
  /** The 1-based record (row) where the problem starts. */
  readonly row: number
  readonly code: 'unterminated-quote'
  constructor(code: 'unterminated-quote', row: number) {
    super(`CSV: a quoted field starting in row ${row} is never closed`)
    this.name = 'CsvError'
    this.code = code
    this.row = row
  }
}

/**
 * A cell that a spreadsheet would run as a formula (starting with = + - @, a
 * tab or a carriage return) gets a leading apostrophe, so it is shown as text
 * (OWASP "CSV injection"). Use it on text from users, not on numbers.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** The delimiter of a file: whichever of , ; and tab occurs most in its first record. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) =>
    counts[b] > counts[a] ? b : a,
  )
  return counts[best] > 0 ? best : ','
}

/**
 * Reads CSV text into records of fields. Quoted fields may hold delimiters,
 * doubled quotes and line breaks. A final line break does not make an empty
 * record. The delimiter is detected from the first record unless given.
 * Throws CsvError for a quote that is never closed.
 */
export function parseCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text
  const delimiter = options.delimiter ?? detectDelimiter(source)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  let quoted = false
  let quoteRow = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  while (i < source.length) {
    const char = source[i] as string
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += char
      i++
      continue
    }
    if (char === '"' && field === '') {
      quoted = true
      quoteRow = rows.length + 1
    } else if (char === delimiter) endField()
    else if (char === '\r' || char === '\n') {
      endRow()
      if (char === '\r' && source[i + 1] === '\n') i++
    } else field += char
    i++
  }
  if (quoted) throw new CsvError('unterminated-quote', quoteRow)
  if (field !== '' || row.length > 0) endRow()
  return rows
}

function quote(cell: CsvCell, delimiter: CsvDelimiter, neutralize: boolean): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = neutralize ? neutralizeFormula(cell) : cell
  const needsQuotes =
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim()
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * Writes records as CSV: CRLF line ends, a byte order mark first (unless
 * `bom: false`) and text cells neutralized against formulas (unless
 * `neutralize: false`). Numbers are written as they are.
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { delimiter?: CsvDelimiter; bom?: boolean; neutralize?: boolean } = {},
): string {
  const { delimiter = ',', bom = true, neutralize = true } = options
  const body = rows
    .map((row) => row.map((cell) => quote(cell, delimiter, neutralize)).join(delimiter))
    .join('\r\n')
  return `${bom ? BOM : ''}${body}\r\n`
}

/** Offers CSV text as a file download (UTF-8). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

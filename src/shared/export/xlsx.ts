import { strToU8, zipSync } from 'fflate'
import type { ExportCell } from './export-cells'

/**
 * A minimal Office Open XML workbook writer (loaded only when an XLSX export is asked for).
 * Numbers are numbers, percentages are numbers with a percent format, dates are date serials
 * with a date format; text is inline text, so nothing can run as a formula.
 */
export type Sheet = { name: string; headers: string[]; rows: ExportCell[][] }

/** Drops the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
const xmlSafe = (text: string) =>
  [...text]
    .filter((c) => {
      const code = c.charCodeAt(0)
      return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code < 0xfffe
    })
    .join('')

const escapeXml = (text: string) =>
  xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export const columnName = (index: number): string => {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** Excel's date serial (days since 1899-12-30) of an ISO date or date-time (its calendar date and clock time). */
export const dateSerial = (iso: string): number => {
  const [date = '', time = ''] = iso.split('T')
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  const [hh = 0, mm = 0, ss = 0] = time.slice(0, 8).split(':').map(Number)
  const days = Date.UTC(y, m - 1, d) / 86_400_000 + 25_569
  return days + (hh * 3600 + mm * 60 + (Number.isFinite(ss) ? ss : 0)) / 86_400
}

/** Sheet names: at most 31 characters, none of []:*?/\ , unique. */
export const sheetName = (name: string, taken: Set<string>): string => {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet'
  let candidate = base
  for (let i = 2; taken.has(candidate.toLowerCase()); i++)
    candidate = `${base.slice(0, 28)} (${i})`.slice(0, 31)
  taken.add(candidate.toLowerCase())
  return candidate
}

// Style indexes in styles.xml: 0 plain, 1 header, 2 date, 3 date-time, 4 percent, 5 wrapped text.
const STYLE = { header: 1, date: 2, dateTime: 3, percent: 4 } as const

const cellXml = (cell: ExportCell, ref: string): string => {
  switch (cell.type) {
    case 'empty':
      return ''
    case 'number':
      return `<c r="${ref}"><v>${cell.value}</v></c>`
    case 'percent':
      return `<c r="${ref}" s="${STYLE.percent}"><v>${cell.value}</v></c>`
    case 'date': {
      const style = cell.value.includes('T') ? STYLE.dateTime : STYLE.date
      return `<c r="${ref}" s="${style}"><v>${dateSerial(cell.value)}</v></c>`
    }
    case 'text':
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`
  }
}

const width = (cell: ExportCell): number =>
  cell.type === 'text' ? cell.value.length : cell.type === 'empty' ? 0 : 12

function sheetXml({ headers, rows }: Sheet): string {
  const widths = headers.map((header, c) =>
    Math.min(
      60,
      Math.max(8, header.length, ...rows.map((row) => width(row[c] ?? { type: 'empty' }))) + 2,
    ),
  )
  const header = `<row r="1">${headers
    .map(
      (text, c) =>
        `<c r="${columnName(c)}1" s="${STYLE.header}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`,
    )
    .join('')}</row>`
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 2}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 2}`)).join('')}</row>`,
    )
    .join('')
  const last = `${columnName(Math.max(0, headers.length - 1))}${rows.length + 1}`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${header}${body}</sheetData>` +
    (headers.length > 0 ? `<autoFilter ref="A1:${last}"/>` : '') +
    '</worksheet>'
  )
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd hh:mm"/><numFmt numFmtId="166" formatCode="0.0#%"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(sheets: Sheet[]): Uint8Array {
  const taken = new Set<string>()
  const names = sheets.map((sheet) => sheetName(sheet.name, taken))
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
        '</workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(STYLES),
  }
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet))
  })
  return zipSync(files, { level: 6 })
}

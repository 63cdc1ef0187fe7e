import { toCsv, type CsvCell } from '@/shared/lib/csv'
import { chartPng, composeChartSvg, type ChartImageText } from './chart-image'
import { saveBlob } from './download'
import { cellText, type ExportCell, type ExportTable } from './export-cells'
import { writeXlsx } from './xlsx'

/**
 * The heavy half of exporting, loaded by `import()` only when an export is asked for:
 * CSV and XLSX writing (with the zip library), chart composition and rasterising.
 */
const csvCell = (cell: ExportCell): CsvCell =>
  cell.type === 'number' ? cell.value : cellText(cell)

/** CSV text of a table (RFC 4180, UTF-8 with BOM, text cells neutralised against formulas). */
export const tableCsv = (table: ExportTable): string =>
  toCsv([table.headers, ...table.rows.map((row) => row.map(csvCell))])

export type ContextSheet = { name: string; headers: [string, string]; rows: [string, ExportCell][] }

/** XLSX bytes: the table, then a second sheet listing the filters, the data date and the source. */
export const tableXlsx = (table: ExportTable, sheetName: string, context: ContextSheet) =>
  writeXlsx([
    { name: sheetName, headers: table.headers, rows: table.rows },
    {
      name: context.name,
      headers: context.headers,
      rows: context.rows.map(([label, value]) => [{ type: 'text', value: label }, value]),
    },
  ])

export function downloadTable(
  format: 'csv' | 'xlsx',
  table: ExportTable,
  fileName: string,
  sheetName: string,
  context: ContextSheet,
): void {
  if (format === 'csv') {
    saveBlob(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName)
    return
  }
  const bytes = tableXlsx(table, sheetName, context)
  saveBlob(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    fileName,
  )
}

export async function downloadChart(
  format: 'png' | 'svg',
  container: Element,
  text: ChartImageText,
  fileName: string,
): Promise<void> {
  const image = composeChartSvg(container, text)
  const blob =
    format === 'svg'
      ? new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${image.svg}`], {
          type: 'image/svg+xml;charset=utf-8',
        })
      : await chartPng(image, 2)
  saveBlob(blob, fileName)
}

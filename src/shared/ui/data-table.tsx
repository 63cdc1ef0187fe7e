import type { ReactNode } from 'react'
import { currentLanguage, intlLocales } from '@/shared/i18n/i18n'
import { buildExportTable, reactText, type ExportValue } from '@/shared/export/export-cells'
import { ExportMenu } from '@/shared/export/export-menu'

export type Column<Row> = {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  numeric?: boolean
  /** The first column names the row: rendered as a row header. */
  rowHeader?: boolean
  /**
   * The raw value exported for this column (a number, a Date or ISO date, text). Without it the
   * export takes the cell's text, reading numbers formatted for the screen back in numeric columns.
   */
  exportValue?: (row: Row) => ExportValue
  /** The column heading in exports, when `header` is not plain text. */
  exportHeader?: string
}

/** A plain, accessible table: the alternative to every chart and the base of every list. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  exportable = true,
  exportName,
  exportRows,
}: {
  caption: ReactNode
  columns: Column<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  /** Offer CSV and XLSX downloads of the table (default: yes). */
  exportable?: boolean
  /** What the table shows, for file names and the export (default: the caption's text). */
  exportName?: string
  /**
   * Loads every row to export when the table shows only some of them (e.g. one page of a long
   * list: pass a loader of all matching rows, see `loadAllPages`). Default: the rows shown.
   */
  exportRows?: () => Promise<Row[]>
}) {
  const table = (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  if (!exportable) return table
  return (
    <div className="data-table-frame">
      <div className="data-table-frame__toolbar">
        <ExportMenu
          view={exportName ?? reactText(caption)}
          table={async () =>
            buildExportTable(
              columns,
              exportRows ? await exportRows() : rows,
              intlLocales[currentLanguage()],
            )
          }
        />
      </div>
      {table}
    </div>
  )
}

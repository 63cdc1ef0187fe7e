import type { ReactNode } from 'react'
import './sortable-table.css'

export type SortDirection = 'asc' | 'desc'
export type SortState = { key: string; direction: SortDirection }

export type SortableColumn<Row> = {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  numeric?: boolean
  /** The first column names the row: rendered as a row header. */
  rowHeader?: boolean
  /** The value the column sorts by; undefined values always sort last. No accessor: not sortable. */
  sortValue?: (row: Row) => number | string | undefined
  /** The direction of the first click (default: 'asc' for text, 'desc' for numbers). */
  firstDirection?: SortDirection
  className?: string
}

const collator = new Intl.Collator('vi', { numeric: true })

/** Sorts a copy of the rows by a column; stable, undefined values last in both directions. */
export function sortRows<Row>(
  rows: Row[],
  columns: SortableColumn<Row>[],
  sort: SortState | undefined,
): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key)
  const value = column?.sortValue
  if (!sort || !value) return rows
  const sign = sort.direction === 'asc' ? 1 : -1
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined)
        return (a.v === undefined ? 1 : 0) - (b.v === undefined ? 1 : 0) || a.i - b.i
      const order =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : collator.compare(String(a.v), String(b.v))
      return sign * order || a.i - b.i
    })
    .map(({ row }) => row)
}

/**
 * An accessible table whose sortable columns have a header button (aria-sort on the header
 * cell). The sort state is controlled, so a page can keep it in the URL.
 */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  rowClassName,
}: {
  caption: ReactNode
  columns: SortableColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  sort: SortState | undefined
  onSortChange: (sort: SortState) => void
  rowClassName?: (row: Row) => string | undefined
}) {
  const sorted = sortRows(rows, columns, sort)
  return (
    <div className="table-scroll">
      <table className="data-table sortable-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key ? sort.direction : undefined
              const className =
                [column.numeric ? 'numeric' : '', column.className ?? ''].join(' ').trim() ||
                undefined
              if (!column.sortValue)
                return (
                  <th key={column.key} scope="col" className={className}>
                    {column.header}
                  </th>
                )
              const first = column.firstDirection ?? (column.numeric ? 'desc' : 'asc')
              const next: SortDirection = active ? (active === 'asc' ? 'desc' : 'asc') : first
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={className}
                  aria-sort={
                    active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : undefined
                  }
                >
                  <button
                    type="button"
                    className="sortable-table__sort"
                    onClick={() => onSortChange({ key: column.key, direction: next })}
                  >
                    {column.header}
                    <span aria-hidden="true" className="sortable-table__arrow">
                      {active === 'asc' ? '▲' : active === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={column.className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={
                      [column.numeric ? 'numeric' : '', column.className ?? ''].join(' ').trim() ||
                      undefined
                    }
                  >
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
}

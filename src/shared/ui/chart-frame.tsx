import {
  cloneElement,
  createContext,
  isValidElement,
  memo,
  startTransition,
  use,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { buildExportTable } from '@/shared/export/export-cells'
import { ExportMenu } from '@/shared/export/export-menu'
import { currentLanguage, intlLocales } from '@/shared/i18n/i18n'
import { whenIdle } from '@/shared/lib/when-idle'
import { DataTable } from './data-table'
import { useNearViewport } from './use-near-viewport'

type DataTableProps = Parameters<typeof DataTable>[0]

/**
 * Draws its children, or keeps the last drawing while `live` is false: a chart far off
 * screen is not redrawn on every filter change or keystroke, only when it comes near.
 */
const HeldWhileAway = memo(
  ({ children }: { children: ReactNode; live: boolean }) => children,
  (previous, next) => !next.live || previous.children === next.children,
)

/**
 * Whether a chart away from the viewport is drawn ahead when the browser is idle (default yes).
 * A deck draws ahead only the slides next to the current one: the others wait until shown
 * (or printed).
 */
export const DrawAheadContext = createContext(true)

/**
 * Every chart sits in this frame: an accessible name, a one-sentence text
 * summary, and a toggle between the drawn chart and its data table.
 * It carries the export actions too: PNG and SVG of the drawn chart (with its
 * title, context and legend) and, when the table is a DataTable, CSV and XLSX of its rows.
 * A chart away from the viewport is drawn when it comes near, or earlier when the browser is
 * idle (one chart at a time; see `DrawAheadContext`), so the page's first paint does not wait for it and scrolling
 * to it does not either. While away it keeps its last drawing (see `HeldWhileAway`); its
 * name, summary and table are always current.
 */
export function ChartFrame({
  label,
  summary,
  chart,
  height,
  table,
  exportable = true,
  exportName,
}: {
  label: string
  summary: ReactNode
  chart: ReactNode
  /** The drawn chart's height in pixels: the space kept for it until it is drawn. */
  height: number
  table: ReactNode
  /** Offer the export actions (default: yes). */
  exportable?: boolean
  /** The chart's title in exported images and file names (default: `label`). */
  exportName?: string
}) {
  const { t } = useTranslation()
  const [asTable, setAsTable] = useState(false)
  const chartRef = useRef<HTMLDivElement>(null)
  const frameRef = useRef<HTMLElement>(null)
  const near = useNearViewport(frameRef)
  const ahead = use(DrawAheadContext)
  const [drawn, setDrawn] = useState(near)
  if (near && !drawn) setDrawn(true)
  useEffect(
    () => (drawn || !ahead ? undefined : whenIdle(() => startTransition(() => setDrawn(true)))),
    [drawn, ahead],
  )
  const dataTable =
    isValidElement<DataTableProps>(table) && table.type === DataTable ? table : undefined
  const view = exportName ?? label
  const exportTable = dataTable
    ? async () =>
        buildExportTable(
          dataTable.props.columns,
          dataTable.props.exportRows ? await dataTable.props.exportRows() : dataTable.props.rows,
          intlLocales[currentLanguage()],
        )
    : undefined
  return (
    <figure className="chart-frame" ref={frameRef}>
      <div className="chart-frame__toolbar">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {t('chart.showAsTable')}
        </button>
        {exportable && (
          <ExportMenu
            view={view}
            {...(exportTable && { table: exportTable })}
            {...(!asTable && { chart: () => chartRef.current })}
          />
        )}
      </div>
      {asTable ? (
        exportable && dataTable ? (
          cloneElement(dataTable, { exportable: false })
        ) : (
          table
        )
      ) : (
        <div role="img" aria-label={label} className="chart-frame__chart" ref={chartRef}>
          {drawn ? <HeldWhileAway live={near}>{chart}</HeldWhileAway> : <div style={{ height }} />}
        </div>
      )}
      <figcaption className="chart-frame__summary">{summary}</figcaption>
    </figure>
  )
}

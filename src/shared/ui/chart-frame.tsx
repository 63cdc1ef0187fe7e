import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Every chart sits in this frame: an accessible name, a one-sentence text
 * summary, and a toggle between the drawn chart and its data table.
 */
export function ChartFrame({
  label,
  summary,
  chart,
  table,
}: {
  label: string
  summary: ReactNode
  chart: ReactNode
  table: ReactNode
}) {
  const { t } = useTranslation()
  const [asTable, setAsTable] = useState(false)
  return (
    <figure className="chart-frame">
      <div className="chart-frame__toolbar">
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
        >
          {t('chart.showAsTable')}
        </button>
      </div>
      {asTable ? (
        table
      ) : (
        <div role="img" aria-label={label} className="chart-frame__chart">
          {chart}
        </div>
      )}
      <figcaption className="chart-frame__summary">{summary}</figcaption>
    </figure>
  )
}

import './export-menu.css'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '@/shared/i18n/use-format'
import { today } from '@/shared/lib/today'
import type { ExportCell, ExportTable } from './export-cells'
import { resolveExportContext, useExportContext } from './export-context'
import { exportFileName, type ExportExtension } from './file-name'

export type ExportFormat = ExportExtension

type Props = {
  /** What is exported (a table caption, a chart's title): in the file name and the image title. */
  view: string
  /** The rows to export; may load them (e.g. every page of a paged list). */
  table?: () => ExportTable | Promise<ExportTable>
  /** The element the chart is drawn in (for PNG and SVG). */
  chart?: () => Element | null
}

/**
 * The export actions of one table or chart, in a disclosure: CSV and XLSX for a table, PNG and
 * SVG for a chart. The writing code is loaded only when an export is asked for.
 */
export function ExportMenu({ view, table, chart }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const scope = useExportContext()
  const details = useRef<HTMLDetailsElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const formats: ExportFormat[] = [
    ...(table ? (['csv', 'xlsx'] as const) : []),
    ...(chart ? (['png', 'svg'] as const) : []),
  ]
  if (formats.length === 0) return null

  const run = async (kind: ExportFormat) => {
    setBusy(true)
    setError(undefined)
    try {
      const date = today()
      const context = await resolveExportContext(scope)
      const fileName = exportFileName({
        programme: context.programme,
        view,
        area: context.area,
        year: context.year,
        date,
        extension: kind,
      })
      const run = await import('./export-run')
      const { dataDate } = context
      if ((kind === 'csv' || kind === 'xlsx') && table) {
        const rows: [string, ExportCell][] = [
          [t('export.context.view'), { type: 'text', value: view }],
        ]
        const text = (value: string | undefined): ExportCell =>
          value ? { type: 'text', value } : { type: 'empty' }
        rows.push([t('export.context.programme'), text(context.programme)])
        rows.push([t('export.context.area'), text(context.area)])
        rows.push([
          t('export.context.year'),
          context.year === undefined ? { type: 'empty' } : { type: 'number', value: context.year },
        ])
        for (const filter of context.filters ?? [])
          rows.push([filter.label, { type: 'text', value: filter.value }])
        rows.push([
          t('export.context.dataDate'),
          dataDate ? { type: 'date', value: dataDate.slice(0, 10) } : text(''),
        ])
        rows.push([t('export.context.source'), text(context.source)])
        rows.push([t('export.context.exportedOn'), { type: 'date', value: date }])
        run.downloadTable(kind, await table(), fileName, view, {
          name: t('export.context.sheet'),
          headers: [t('export.context.item'), t('export.context.value')],
          rows,
        })
      } else if ((kind === 'png' || kind === 'svg') && chart) {
        const element = chart()
        if (!element) throw new Error(t('export.noChart'))
        const where = [context.programme, context.area].filter(Boolean).join(' · ')
        const when = [
          context.year === undefined ? '' : t('export.asOf', { year: context.year }),
          dataDate ? t('export.dataDate', { date: format.date(dataDate) }) : '',
        ]
          .filter(Boolean)
          .join(' · ')
        await run.downloadChart(
          kind,
          element,
          {
            title: view,
            lines: [where, when].filter(Boolean),
            footer: [
              context.source ? t('export.sourceLine', { source: context.source }) : '',
              t('export.exportedLine', { date: format.date(date) }),
            ]
              .filter(Boolean)
              .join(' · '),
          },
          fileName,
        )
      }
      if (details.current) details.current.open = false
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="export-menu" ref={details}>
      <summary className="button button--quiet export-menu__summary">
        {t('export.menu')}
        <span className="visually-hidden">: {view}</span>
      </summary>
      <div className="export-menu__items">
        {formats.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button--quiet"
            disabled={busy}
            onClick={() => void run(kind)}
          >
            {t(`export.format.${kind}`)}
          </button>
        ))}
        <p role="status" className="export-menu__status">
          {busy ? t('export.busy') : ''}
        </p>
        {error && (
          <p role="alert" className="export-menu__error">
            {t('export.failed', { message: error })}
          </p>
        )}
      </div>
    </details>
  )
}

import './reporting.css'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSuspenseQueries } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { HistoryEntry, Measurement } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import { MeasurementStatusBadge } from './measurement-status-badge'
import { entryLink } from './measurement-links'

const isStatus = (value: unknown): value is Measurement['status'] =>
  value === 'draft' || value === 'submitted' || value === 'verified'

/** Every change of one figure, oldest first: who, when, what from which value to which. */
export function HistoryView({ measurementId }: { measurementId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: m }, { data: history }, { data: areas }, { data: units }, { data: programmes }] =
    useSuspenseQueries({
      queries: [
        measurementQueries.detail(measurementId),
        measurementQueries.history(measurementId),
        referenceQueries.areas(),
        referenceQueries.units(),
        referenceQueries.programmes(),
      ],
    })
  const details = useSuspenseQueries({
    queries: programmes.map((p) => referenceQueries.programme(p.id)),
  })
  const indicator = details
    .flatMap((result) => result.data.indicators)
    .find((i) => i.id === m.indicatorId)
  const unit = indicator?.unit ?? 'count'
  const area = areas.find((a) => a.id === m.areaId)
  const unitName = (id: unknown) => units.find((u) => u.id === id)?.name ?? String(id)

  const shownValue = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—'
    if (field === 'status' && isStatus(value)) return t(`reporting.status.${value}`)
    if (field === 'reportedBy') return unitName(value)
    if (typeof value === 'number')
      return field === 'value' ? format.value(unit, value) : format.number(value, 6)
    return String(value)
  }
  const fieldName = (field: string) =>
    t(`reporting.history.fields.${field}`, { defaultValue: field })

  return (
    <div className="history-view">
      <dl className="history-view__summary">
        <div>
          <dt>{t('reporting.fields.indicator')}</dt>
          <dd>
            <span className="indicator-code">{indicator?.code}</span> {indicator?.name}
          </dd>
        </div>
        <div>
          <dt>{t('reporting.fields.area')}</dt>
          <dd>{area?.name ?? m.areaId}</dd>
        </div>
        <div>
          <dt>{t('reporting.fields.year')}</dt>
          <dd>{m.year}</dd>
        </div>
        <div>
          <dt>{t('reporting.fields.result')}</dt>
          <dd>
            {format.value(unit, m.value)}
            {m.numerator !== undefined &&
              m.denominator !== undefined &&
              ` (${format.integer(m.numerator)}/${format.integer(m.denominator)})`}
          </dd>
        </div>
        <div>
          <dt>{t('reporting.fields.status')}</dt>
          <dd>
            <MeasurementStatusBadge status={m.status} />
          </dd>
        </div>
        <div>
          <dt>{t('reporting.fields.unit')}</dt>
          <dd>{unitName(m.reportedBy)}</dd>
        </div>
      </dl>
      <p>
        <Link to={entryLink(m)}>{t('reporting.history.openInForm')}</Link>
      </p>
      <DataTable<HistoryEntry & { n: number }>
        caption={t('reporting.history.caption', { count: history.length })}
        rows={history.map((entry, n) => ({ ...entry, n }))}
        rowKey={(entry) => String(entry.n)}
        columns={[
          {
            key: 'at',
            header: t('reporting.history.at'),
            rowHeader: true,
            cell: (entry) => <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>,
          },
          {
            key: 'by',
            header: t('reporting.history.by'),
            cell: (entry) => entry.byName ?? entry.by,
          },
          {
            key: 'action',
            header: t('reporting.history.action'),
            cell: (entry) => t(`reporting.history.actions.${entry.action}`),
          },
          {
            key: 'changes',
            header: t('reporting.history.changes'),
            cell: (entry) =>
              entry.changes.length === 0 ? (
                '—'
              ) : (
                <ul className="history-view__changes">
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      {t('reporting.history.change', {
                        field: fieldName(change.field),
                        old: shownValue(change.field, change.old),
                        new: shownValue(change.field, change.new),
                      })}
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'comment',
            header: t('reporting.history.comment'),
            cell: (entry) => entry.comment ?? '—',
          },
        ]}
      />
    </div>
  )
}

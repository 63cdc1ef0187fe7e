import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { statuses, summarizeStatuses } from '@/domain/status'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge } from '@/shared/ui/status-badge'

/** The status summary of an area: counts per status and the scorecard of every indicator. */
export function StatusSlide({
  area,
  assessments,
}: {
  area: Area
  assessments: IndicatorAssessment[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const counts = summarizeStatuses(assessments)
  return (
    <div className="status-slide">
      <ul className="slide-status-tiles">
        {statuses.map((status) => (
          <li key={status} className={`status-tile status-tile--${status}`}>
            <span className="status-tile__count">{counts[status]}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <DataTable
        caption={t('present.status.scorecard', { area: area.name })}
        rows={assessments}
        rowKey={(a) => a.indicator.id}
        columns={[
          {
            key: 'code',
            header: t('present.status.code'),
            cell: (a) => a.indicator.code,
          },
          {
            key: 'indicator',
            header: t('present.status.indicator'),
            rowHeader: true,
            cell: (a) => a.indicator.name,
          },
          {
            key: 'actual',
            header: t('present.status.actual'),
            numeric: true,
            cell: (a) => (a.actual ? format.value(a.indicator.unit, a.actual.value) : '—'),
          },
          {
            key: 'target',
            header: t('present.status.target'),
            numeric: true,
            cell: (a) => (a.target ? format.value(a.indicator.unit, a.target.value) : '—'),
          },
          {
            key: 'attainment',
            header: t('present.status.attainment'),
            numeric: true,
            cell: (a) => (a.attainment === undefined ? '—' : format.ratio(a.attainment)),
          },
          {
            key: 'status',
            header: t('present.status.status'),
            cell: (a) => <StatusBadge status={a.status} />,
            exportValue: (a) => t(`status.${a.status}`),
          },
        ]}
      />
    </div>
  )
}

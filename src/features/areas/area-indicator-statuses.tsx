import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { statuses, summarizeStatuses } from '@/domain/status'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge } from '@/shared/ui/status-badge'
import { useAreaAssessments } from './use-area-data'
import { useAreaText } from './use-area-text'
import './areas.css'

/** Every indicator's status for the area, with a count per status. */
export function AreaIndicatorStatuses({
  programme,
  area,
  year,
  indicatorHref,
}: {
  programme: Programme
  area: Area
  year: number
  indicatorHref: (indicatorId: string) => string
}) {
  const { t } = useTranslation()
  const text = useAreaText()
  const { assessments } = useAreaAssessments(programme, [area.id], year)
  const rows = assessments[0] ?? []
  const counts = summarizeStatuses(rows)
  return (
    <div className="area-statuses">
      <ul className="area-status-counts" aria-label={t('areas.statuses.countsLabel')}>
        {statuses.map((status) => (
          <li key={status}>
            <span className="area-status-counts__n">{counts[status]}</span>{' '}
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <DataTable
        caption={t('areas.statuses.caption', { area: area.name, year })}
        rows={rows}
        rowKey={(a) => a.indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('areas.indicator'),
            rowHeader: true,
            cell: (a) => (
              <Link to={indicatorHref(a.indicator.id)}>
                <span className="indicator-code">{a.indicator.code}</span> {a.indicator.name}
              </Link>
            ),
          },
          {
            key: 'actual',
            header: t('areas.actual'),
            numeric: true,
            cell: (a) => (
              <>
                {text.actual(a)}
                {a.actual && a.actual.year !== year && (
                  <span className="area-note">{t('areas.inYear', { year: a.actual.year })}</span>
                )}
              </>
            ),
          },
          {
            key: 'attainment',
            header: t('areas.attainment'),
            numeric: true,
            cell: (a) => text.attainment(a),
          },
          {
            key: 'status',
            header: t('areas.status'),
            cell: (a) => <StatusBadge status={a.status} />,
          },
        ]}
      />
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { statuses, summarizeStatuses } from '@/domain/status'
import { StatusBadge } from '@/shared/ui/status-badge'
import { useAssessments } from './use-assessments'

/** How many of the programme's indicators are achieved, on track, at risk, off track or without data. */
export function StatusSummary({
  programme,
  area,
  year,
}: {
  programme: Programme
  area: Area
  year: number
}) {
  const { t } = useTranslation()
  const counts = summarizeStatuses(useAssessments(programme, area, year).assessments)
  return (
    <>
      <ul className="status-tiles">
        {statuses.map((status) => (
          <li key={status} className={`status-tile status-tile--${status}`}>
            <span className="status-tile__count">{counts[status]}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <details className="rule-note">
        <summary>{t('status.howDecided')}</summary>
        <p>{t('status.rule')}</p>
      </details>
    </>
  )
}

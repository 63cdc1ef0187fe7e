import { useTranslation } from 'react-i18next'
import type { Measurement } from '@/api/schemas'

const icons: Record<Measurement['status'], string> = { draft: '✎', submitted: '➜', verified: '✔' }

/** A figure's workflow status: icon and word, never colour alone. */
export function MeasurementStatusBadge({ status }: { status: Measurement['status'] }) {
  const { t } = useTranslation()
  return (
    <span className={`m-status m-status--${status}`}>
      <span aria-hidden="true">{icons[status]} </span>
      {t(`reporting.status.${status}`)}
    </span>
  )
}

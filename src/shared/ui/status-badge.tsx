import { useTranslation } from 'react-i18next'

export type StatusKey = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data'

/** Never colour alone: each status has an icon and a text label too. */
export const statusIcons: Record<StatusKey, string> = {
  achieved: '★',
  'on-track': '✓',
  'at-risk': '!',
  'off-track': '✕',
  'no-data': '?',
}

export function StatusBadge({ status }: { status: StatusKey }) {
  const { t } = useTranslation()
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span aria-hidden="true" className="status-badge__icon">
        {statusIcons[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  )
}

import { useTranslation } from 'react-i18next'

/** A placeholder of a fixed height, so that content arriving does not shift the page. */
export function Skeleton({ height = 160 }: { height?: number }) {
  const { t } = useTranslation()
  return (
    <div className="skeleton" style={{ minHeight: height }} role="status">
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  )
}

import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

const isOnline = () => navigator.onLine
const serverIsOnline = () => true

/**
 * A banner while the browser is offline: what is on screen stays, what needs
 * the server fails with a retry until the connection is back.
 */
export function OfflineBanner() {
  const { t } = useTranslation()
  const online = useSyncExternalStore(subscribe, isOnline, serverIsOnline)
  return (
    <div role="status" className="offline-banner-region">
      {!online && (
        <p className="offline-banner">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('resilience.offline.title')}</strong> {t('resilience.offline.text')}
        </p>
      )}
    </div>
  )
}

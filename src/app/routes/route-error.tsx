import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/shared/ui/error-message'

/** What a route shows when it fails outside any panel (e.g. its code failed to load). */
export function RouteError() {
  const error = useRouteError()
  const { t } = useTranslation()
  return (
    <main id="main" className="page">
      <h1 className="page-heading">{t('errors.pageTitle')}</h1>
      {isRouteErrorResponse(error) ? (
        <p>
          {error.status} {error.statusText}
        </p>
      ) : (
        <ErrorMessage error={error} onRetry={() => window.location.reload()} />
      )}
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  )
}

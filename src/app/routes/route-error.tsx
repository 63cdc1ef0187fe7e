import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/shared/ui/error-message'
import { PageHeading } from '@/shared/ui/page-heading'

/**
 * What a page shows, inside the shell (header and navigation keep working), when it fails
 * outside any panel, e.g. its code could not be loaded while offline. The router keeps a
 * failed code load, so the retry reloads the page.
 */
export function PageError() {
  const error = useRouteError()
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('errors.pageTitle')}</PageHeading>
      {isRouteErrorResponse(error) ? (
        <p>
          {error.status} {error.statusText}
        </p>
      ) : (
        <ErrorMessage error={error} onRetry={() => window.location.reload()} />
      )}
    </>
  )
}

/** What the app shows when even the shell fails. */
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

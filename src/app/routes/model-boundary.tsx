import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from '@/shared/ui/error-message'
import { PageHeading } from '@/shared/ui/page-heading'

/**
 * The frame of a page about one model (`/models/:id`, `/models/:id/edit`): when the model
 * cannot be loaded (unknown id, server error) the page says so, offers a retry and the way
 * back to the registry. Keyed by the id, so moving to another model starts afresh.
 */
export function ModelBoundary({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <ErrorBoundary
      resetKeys={[id]}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <>
          <PageHeading>{t('models.detail.unavailable')}</PageHeading>
          <ErrorMessage error={error} onRetry={resetErrorBoundary} />
          <p>
            <Link to="/models">{t('models.detail.backToRegistry')}</Link>
          </p>
        </>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}

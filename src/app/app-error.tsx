import type { FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/shared/ui/error-message'

/** What the app shows when even its frame fails: the error, a reload and a way home. */
export function AppError({ error }: FallbackProps) {
  const { t } = useTranslation()
  return (
    <main id="main" className="page">
      <h1 className="page-heading">{t('errors.pageTitle')}</h1>
      <ErrorMessage error={error} onRetry={() => window.location.reload()} />
      <p>
        {/* A plain link: the router itself may be what failed. */}
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  )
}

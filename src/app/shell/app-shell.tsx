import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Skeleton } from '@/shared/ui/skeleton'
import { SiteHeader } from './site-header'
import { ExportScope } from './export-scope'
import { FilterBar } from './filter-bar'

/** The frame of every page: header, filters with breadcrumb, and the page itself. */
export function AppShell() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <SiteHeader />
      <ErrorBoundary
        fallbackRender={({ error, resetErrorBoundary }) => (
          <ErrorMessage error={error} onRetry={resetErrorBoundary} />
        )}
      >
        <Suspense fallback={<Skeleton height={72} />}>
          <FilterBar />
        </Suspense>
      </ErrorBoundary>
      <main id="main" className="page">
        <ExportScope>
          <Suspense fallback={<Skeleton height={480} />}>
            <Outlet />
          </Suspense>
        </ExportScope>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  )
}

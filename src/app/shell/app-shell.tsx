import { Suspense } from 'react'
import { Outlet, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Skeleton } from '@/shared/ui/skeleton'
import { SiteHeader } from './site-header'
import { ExportScope } from './export-scope'
import { FilterBar } from './filter-bar'
import { OfflineBanner } from './offline-banner'

/**
 * What the first paint shows while the first page's code and strings load: the header
 * (the app's title and navigation, at once) above skeletons of the filter bar and the page,
 * each in its final place.
 */
export function ShellFallback() {
  // The deck replaces the app's frame: a pasted deck link does not flash the header first.
  if (useLocation().pathname === '/present') return <main id="main" className="page" />
  return (
    <>
      <SiteHeader />
      <div className="filter-bar">
        <Skeleton height={98} />
      </div>
      <main id="main" className="page">
        <Skeleton height={480} />
      </main>
    </>
  )
}

/**
 * The frame of every page: header, offline banner, filters with breadcrumb, and
 * the page itself. A page whose shared data (areas, programme) fails shows the
 * error with a retry inside the frame, so the header and navigation keep working.
 */
export function AppShell() {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <SiteHeader />
      <OfflineBanner />
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <ErrorMessage error={error} onRetry={resetErrorBoundary} />
            )}
          >
            <Suspense
              fallback={
                // The filter bar's own frame and height (controls and breadcrumb): no shift when it arrives.
                <div className="filter-bar">
                  <Skeleton height={98} />
                </div>
              }
            >
              <FilterBar />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
      <main id="main" className="page">
        <ExportScope>
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ErrorBoundary
                onReset={reset}
                resetKeys={[pathname]}
                fallbackRender={({ error, resetErrorBoundary }) => (
                  <ErrorMessage error={error} onRetry={resetErrorBoundary} />
                )}
              >
                <Suspense fallback={<Skeleton height={480} />}>
                  <Outlet />
                </Suspense>
              </ErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        </ExportScope>
      </main>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  )
}

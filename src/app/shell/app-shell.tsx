import { use, type ReactNode } from 'react'
import { Outlet } from 'react-router'
import { useTranslation } from 'react-i18next'
import { Skeleton } from '@/shared/ui/skeleton'
import { SiteHeader } from './site-header'
import { ExportScope } from './export-scope'
import { FilterBar } from './filter-bar'
import { OfflineBanner } from './offline-banner'
import { LoadBoundary } from './load-boundary'
import { PageChangeContext } from '../routes/lazy-page'

/**
 * The frame of every page: header, offline banner, filters with breadcrumb, and
 * the page itself. A page whose shared data (areas, programme) fails shows the
 * error with a retry inside the frame, so the header and navigation keep working.
 */
export function AppShell() {
  const { t } = useTranslation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <SiteHeader />
      <OfflineBanner />
      <LoadBoundary
        fallback={
          // The filter bar's own frame and height (controls and breadcrumb): no shift when it arrives.
          <div className="filter-bar">
            <Skeleton height={98} />
          </div>
        }
      >
        <FilterBar />
      </LoadBoundary>
      <PageMain>
        <ExportScope>
          <LoadBoundary>
            <Outlet />
          </LoadBoundary>
        </ExportScope>
      </PageMain>
      <footer className="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </>
  )
}

/** The page's landmark: busy, and dimmed after a moment, while another page is on its way. */
function PageMain({ children }: { children: ReactNode }) {
  const changing = use(PageChangeContext) !== null
  return (
    <main id="main" className="page" aria-busy={changing} data-pending={changing}>
      {children}
    </main>
  )
}

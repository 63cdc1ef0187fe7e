import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'
import { lazyPage } from './lazy-page'

/** The pages of this section, each lazily loaded with its translations. */
export const reportRoutes: RouteObject[] = [
  {
    path: 'report',
    ...lazyPage(
      async () => (await withTranslations(import('./report-route'), 'reporting')).ReportRoute,
    ),
  },
  {
    path: 'report/review',
    ...lazyPage(
      async () =>
        (await withTranslations(import('./report-review-route'), 'reporting')).ReportReviewRoute,
    ),
  },
  {
    path: 'report/history/:measurementId',
    ...lazyPage(
      async () =>
        (await withTranslations(import('./report-history-route'), 'reporting')).ReportHistoryRoute,
    ),
  },
  {
    path: 'report/import',
    ...lazyPage(
      async () =>
        (await withTranslations(import('./report-import-route'), 'reporting')).ReportImportRoute,
    ),
  },
]

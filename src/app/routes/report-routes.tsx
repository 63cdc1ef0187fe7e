import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'

/** The pages of this section, each lazily loaded with its translations. */
export const reportRoutes: RouteObject[] = [
  {
    path: 'report',
    lazy: async () => ({
      Component: (await withTranslations(import('./report-route'), 'reporting')).ReportRoute,
    }),
  },
  {
    path: 'report/review',
    lazy: async () => ({
      Component: (await withTranslations(import('./report-review-route'), 'reporting'))
        .ReportReviewRoute,
    }),
  },
  {
    path: 'report/history/:measurementId',
    lazy: async () => ({
      Component: (await withTranslations(import('./report-history-route'), 'reporting'))
        .ReportHistoryRoute,
    }),
  },
  {
    path: 'report/import',
    lazy: async () => ({
      Component: (await withTranslations(import('./report-import-route'), 'reporting'))
        .ReportImportRoute,
    }),
  },
]

import type { RouteObject } from 'react-router'

/** The pages of this section, each lazily loaded. */
export const reportRoutes: RouteObject[] = [
  {
    path: 'report',
    lazy: async () => ({ Component: (await import('./report-route')).ReportRoute }),
  },
  {
    path: 'report/review',
    lazy: async () => ({ Component: (await import('./report-review-route')).ReportReviewRoute }),
  },
  {
    path: 'report/history/:measurementId',
    lazy: async () => ({
      Component: (await import('./report-history-route')).ReportHistoryRoute,
    }),
  },
  {
    path: 'report/import',
    lazy: async () => ({ Component: (await import('./report-import-route')).ReportImportRoute }),
  },
]

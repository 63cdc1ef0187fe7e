import type { RouteObject } from 'react-router'
import { prefetchOverview } from '@/features/overview/overview-queries'
import { withTranslations } from '@/shared/i18n/i18n'
import { AppShell } from './shell/app-shell'
import { lazyPage } from './routes/lazy-page'
import { modelRoutes } from './routes/model-routes'
import { presentRoutes } from './routes/present-routes'
import { reportRoutes } from './routes/report-routes'
import { targetRoutes } from './routes/target-routes'

/**
 * The route table: every page is its own lazily loaded module, loaded with its feature's
 * translations; each section lists its own pages. The deck has its own frame; every other
 * page shows inside the shell.
 */
export const routes: RouteObject[] = [
  ...presentRoutes,
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        index: true,
        ...lazyPage(
          async () =>
            (await withTranslations(import('./routes/overview-route'), 'overview', 'provenance'))
              .OverviewRoute,
          prefetchOverview,
        ),
      },
      ...targetRoutes,
      ...modelRoutes,
      ...reportRoutes,
      {
        path: '*',
        ...lazyPage(async () => (await import('./routes/not-found-route')).NotFoundRoute),
      },
    ],
  },
]

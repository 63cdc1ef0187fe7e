import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'
import { AppShell, ShellFallback } from './shell/app-shell'
import { modelRoutes } from './routes/model-routes'
import { presentRoutes } from './routes/present-routes'
import { reportRoutes } from './routes/report-routes'
import { PageError, RouteError } from './routes/route-error'
import { targetRoutes } from './routes/target-routes'

/**
 * The route table: every page is its own lazily loaded module, loaded with its feature's
 * translations; each section lists its own pages.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: ShellFallback,
    children: [
      {
        // A page that fails to load (e.g. its code, offline) fails inside the shell.
        ErrorBoundary: PageError,
        children: [
          {
            index: true,
            // `present`: the page links to the deck.
            lazy: async () => ({
              Component: (
                await withTranslations(
                  import('./routes/overview-route'),
                  'overview',
                  'provenance',
                  'present',
                )
              ).OverviewRoute,
            }),
          },
          ...targetRoutes,
          ...modelRoutes,
          ...reportRoutes,
          ...presentRoutes,
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('./routes/not-found-route')).NotFoundRoute,
            }),
          },
        ],
      },
    ],
  },
]

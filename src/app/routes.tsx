import type { RouteObject } from 'react-router'
import { Skeleton } from '@/shared/ui/skeleton'
import { AppShell } from './shell/app-shell'
import { modelRoutes } from './routes/model-routes'
import { presentRoutes } from './routes/present-routes'
import { reportRoutes } from './routes/report-routes'
import { PageError, RouteError } from './routes/route-error'
import { targetRoutes } from './routes/target-routes'

/** The route table: every page is its own lazily loaded module; each section lists its own pages. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Skeleton height={480} />,
    children: [
      {
        // A page that fails to load (e.g. its code, offline) fails inside the shell.
        ErrorBoundary: PageError,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('./routes/overview-route')).OverviewRoute,
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

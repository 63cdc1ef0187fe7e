import type { RouteObject } from 'react-router'
import { AppShell } from './shell/app-shell'
import { RouteError } from './routes/route-error'
import { Skeleton } from '@/shared/ui/skeleton'

const comingSoon = (section: 'targets' | 'areas' | 'models' | 'present') => async () => {
  const { ComingSoonRoute } = await import('./routes/coming-soon-route')
  return { Component: () => <ComingSoonRoute section={section} /> }
}

/** The route table: every page is its own lazily loaded module. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: AppShell,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <Skeleton height={480} />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./routes/overview-route')).OverviewRoute }),
      },
      { path: 'targets', lazy: comingSoon('targets') },
      { path: 'areas', lazy: comingSoon('areas') },
      { path: 'models', lazy: comingSoon('models') },
      { path: 'present', lazy: comingSoon('present') },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./routes/not-found-route')).NotFoundRoute }),
      },
    ],
  },
]

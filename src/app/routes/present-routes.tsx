import type { RouteObject } from 'react-router'

/** The presenter deck (`/present?programme=&area=&year=&indicator=&slide=&tour=`), lazily loaded. */
export const presentRoutes: RouteObject[] = [
  {
    path: 'present',
    lazy: async () => ({ Component: (await import('./present-route')).PresentRoute }),
  },
]

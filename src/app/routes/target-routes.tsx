import type { RouteObject } from 'react-router'
import { comingSoon } from './coming-soon-route'

/** The pages of this section, each lazily loaded. */
export const targetRoutes: RouteObject[] = [
  { path: 'targets', lazy: comingSoon('targets') },
  { path: 'areas', lazy: comingSoon('areas') },
]

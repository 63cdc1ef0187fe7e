import type { RouteObject } from 'react-router'
import { comingSoon } from './coming-soon-route'

/** The pages of this section, each lazily loaded. */
export const modelRoutes: RouteObject[] = [{ path: 'models', lazy: comingSoon('models') }]

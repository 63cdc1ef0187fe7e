import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'

/**
 * The pages of this section, each lazily loaded with its translations:
 * - /targets — scorecard, data coverage and the status rule;
 * - /targets/:indicatorId — one indicator: figure, trajectory, children's breakdown, definition;
 * - /areas — the profile of the filter bar's area (?area=);
 * - /areas/:areaId — redirects to /areas?area=:areaId (one source of truth for the area);
 * - /areas/compare?ids= — 2–4 areas side by side.
 */
export const targetRoutes: RouteObject[] = [
  {
    path: 'targets',
    lazy: async () => ({
      Component: (await withTranslations(import('./targets-route'), 'targets', 'provenance'))
        .TargetsRoute,
    }),
  },
  {
    path: 'targets/:indicatorId',
    lazy: async () => ({
      Component: (await withTranslations(import('./indicator-route'), 'targets', 'provenance'))
        .IndicatorRoute,
    }),
  },
  {
    path: 'areas',
    lazy: async () => ({
      Component: (await withTranslations(import('./area-route'), 'areas')).AreaRoute,
    }),
  },
  {
    path: 'areas/compare',
    lazy: async () => ({
      Component: (await withTranslations(import('./compare-route'), 'areas')).CompareRoute,
    }),
  },
  {
    path: 'areas/:areaId',
    lazy: async () => ({ Component: (await import('./area-redirect-route')).AreaRedirectRoute }),
  },
]

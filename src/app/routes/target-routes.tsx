import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'
import { prefetchAssessmentData, prefetchIndicatorData } from '../page-data'
import { lazyPage } from './lazy-page'

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
    ...lazyPage(
      async () =>
        (await withTranslations(import('./targets-route'), 'targets', 'provenance')).TargetsRoute,
      prefetchAssessmentData,
    ),
  },
  {
    path: 'targets/:indicatorId',
    ...lazyPage(
      async () =>
        (await withTranslations(import('./indicator-route'), 'targets', 'provenance'))
          .IndicatorRoute,
      prefetchIndicatorData,
    ),
  },
  {
    path: 'areas',
    ...lazyPage(
      async () => (await withTranslations(import('./area-route'), 'areas')).AreaRoute,
      prefetchAssessmentData,
    ),
  },
  {
    path: 'areas/compare',
    ...lazyPage(
      async () => (await withTranslations(import('./compare-route'), 'areas')).CompareRoute,
    ),
  },
  {
    path: 'areas/:areaId',
    ...lazyPage(async () => (await import('./area-redirect-route')).AreaRedirectRoute),
  },
]

import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'

/**
 * The presenter deck (`/present?programme=&area=&year=&indicator=&slide=&tour=`), lazily
 * loaded with its translations.
 */
export const presentRoutes: RouteObject[] = [
  {
    path: 'present',
    lazy: async () => ({
      Component: (await withTranslations(import('./present-route'), 'present')).PresentRoute,
    }),
  },
]

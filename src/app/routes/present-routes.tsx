import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'
import { ExportScope } from '../shell/export-scope'
import { LoadBoundary } from '../shell/load-boundary'
import { prefetchAssessmentData } from '../page-data'
import { lazyPage } from './lazy-page'

const deck = lazyPage(
  async () => (await withTranslations(import('./present-route'), 'present')).PresentRoute,
  prefetchAssessmentData,
)

/**
 * The presenter deck (`/present?programme=&area=&year=&indicator=&slide=&tour=`), lazily
 * loaded with its translations. It fills the screen in its own frame, without the app's
 * header: a pasted deck link never flashes the header first.
 */
export const presentRoutes: RouteObject[] = [
  {
    path: '/present',
    handle: deck.handle,
    element: (
      <main id="main" className="page">
        <ExportScope>
          <LoadBoundary fallback={null}>{deck.element}</LoadBoundary>
        </ExportScope>
      </main>
    ),
  },
]

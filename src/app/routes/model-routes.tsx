import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'
import { prefetchModel, prefetchRegistry } from '../page-data'
import { lazyPage } from './lazy-page'

/**
 * The pages of the models section, each lazily loaded with its translations; static paths
 * before `:id`.
 */
export const modelRoutes: RouteObject[] = [
  {
    path: 'models',
    children: [
      {
        index: true,
        ...lazyPage(
          async () => (await withTranslations(import('./models-route'), 'models')).ModelsRoute,
          prefetchRegistry,
        ),
      },
      {
        path: 'new',
        ...lazyPage(
          async () => (await withTranslations(import('./model-new-route'), 'models')).ModelNewRoute,
        ),
      },
      {
        path: 'replication',
        ...lazyPage(
          async () =>
            (await withTranslations(import('./model-replication-route'), 'models'))
              .ModelReplicationRoute,
        ),
      },
      {
        path: 'recognition',
        ...lazyPage(
          async () =>
            (await withTranslations(import('./model-recognition-route'), 'models'))
              .ModelRecognitionRoute,
        ),
      },
      {
        path: ':id',
        ...lazyPage(
          async () =>
            (await withTranslations(import('./model-detail-route'), 'models')).ModelDetailRoute,
          prefetchModel,
        ),
      },
      {
        path: ':id/edit',
        ...lazyPage(
          async () =>
            (await withTranslations(import('./model-edit-route'), 'models')).ModelEditRoute,
        ),
      },
    ],
  },
]

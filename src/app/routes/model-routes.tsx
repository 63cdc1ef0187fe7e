import type { RouteObject } from 'react-router'
import { withTranslations } from '@/shared/i18n/i18n'

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
        lazy: async () => ({
          Component: (await withTranslations(import('./models-route'), 'models')).ModelsRoute,
        }),
      },
      {
        path: 'new',
        lazy: async () => ({
          Component: (await withTranslations(import('./model-new-route'), 'models')).ModelNewRoute,
        }),
      },
      {
        path: 'replication',
        lazy: async () => ({
          Component: (await withTranslations(import('./model-replication-route'), 'models'))
            .ModelReplicationRoute,
        }),
      },
      {
        path: 'recognition',
        lazy: async () => ({
          Component: (await withTranslations(import('./model-recognition-route'), 'models'))
            .ModelRecognitionRoute,
        }),
      },
      {
        path: ':id',
        lazy: async () => ({
          Component: (await withTranslations(import('./model-detail-route'), 'models'))
            .ModelDetailRoute,
        }),
      },
      {
        path: ':id/edit',
        lazy: async () => ({
          Component: (await withTranslations(import('./model-edit-route'), 'models'))
            .ModelEditRoute,
        }),
      },
    ],
  },
]

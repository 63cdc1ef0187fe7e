import type { RouteObject } from 'react-router'

/** The pages of the models section, each lazily loaded; static paths before `:id`. */
export const modelRoutes: RouteObject[] = [
  {
    path: 'models',
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./models-route')).ModelsRoute }),
      },
      {
        path: 'new',
        lazy: async () => ({ Component: (await import('./model-new-route')).ModelNewRoute }),
      },
      {
        path: 'replication',
        lazy: async () => ({
          Component: (await import('./model-replication-route')).ModelReplicationRoute,
        }),
      },
      {
        path: 'recognition',
        lazy: async () => ({
          Component: (await import('./model-recognition-route')).ModelRecognitionRoute,
        }),
      },
      {
        path: ':id',
        lazy: async () => ({ Component: (await import('./model-detail-route')).ModelDetailRoute }),
      },
      {
        path: ':id/edit',
        lazy: async () => ({ Component: (await import('./model-edit-route')).ModelEditRoute }),
      },
    ],
  },
]

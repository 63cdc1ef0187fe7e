import { useState } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import { createBrowserRouter, RouterProvider, type DataRouter } from 'react-router'
import { createQueryClient } from './create-query-client'
import { routes } from './routes'

/** The composition root: one query client and the data router. */
export function App({ queryClient, router }: { queryClient?: QueryClient; router?: DataRouter }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [appRouter] = useState(() => router ?? createBrowserRouter(routes))
  return (
    <QueryClientProvider client={client}>
      <RouterProvider
        router={appRouter}
        flushSync={(update) => {
          flushSync(update)
        }}
      />
    </QueryClientProvider>
  )
}

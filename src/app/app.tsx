import { useState, type ReactNode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { BrowserRouter, MemoryRouter, useRoutes } from 'react-router'
import { AppError } from './app-error'
import { createQueryClient } from './create-query-client'
import { routes } from './routes'
import { PreloadContext, preloadPages } from './routes/lazy-page'

/**
 * The composition root: one query client, the router and the route table. The router
 * follows the browser's history, or (in tests) a memory history starting at `initialUrl`;
 * `children` render inside it. A URL change renders at once, not as a transition: the
 * controls always show what was chosen, and pages defer their heavy parts themselves
 * (`useDeferredFilters`), keeping the previous figures until the new ones are loaded.
 */
export function App({
  queryClient,
  initialUrl,
  children,
}: {
  queryClient?: QueryClient
  initialUrl?: string
  children?: ReactNode
}) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const pages = (
    <ErrorBoundary FallbackComponent={AppError}>
      <PreloadContext value={preloadUrl}>
        <Pages />
        {children}
      </PreloadContext>
    </ErrorBoundary>
  )
  return (
    <QueryClientProvider client={client}>
      {initialUrl === undefined ? (
        <BrowserRouter useTransitions={false}>{pages}</BrowserRouter>
      ) : (
        <MemoryRouter initialEntries={[initialUrl]} useTransitions={false}>
          {pages}
        </MemoryRouter>
      )}
    </QueryClientProvider>
  )
}

const preloadUrl = (url: string) => void preloadPages(routes, url)

function Pages() {
  return useRoutes(routes)
}

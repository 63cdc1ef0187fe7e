import { memo, useDeferredValue, useEffect, useState, type ReactNode } from 'react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import {
  BrowserRouter,
  MemoryRouter,
  useLocation,
  useNavigationType,
  useRoutes,
  type Location,
} from 'react-router'
import { AppError } from './app-error'
import { createQueryClient } from './create-query-client'
import { routes } from './routes'
import { prefetchPageData } from './prefetch'
import { PageChangeContext, preloadPages } from './routes/lazy-page'
import { usePreloadOnIntent } from './use-preload-on-intent'

/**
 * The composition root: one query client, the router and the route table. The router
 * follows the browser's history, or (in tests) a memory history starting at `initialUrl`;
 * `children` render inside it. A change of the filters (the query) renders at once, not as a
 * transition: the controls always show what was chosen, and pages defer their heavy parts
 * themselves (`useDeferredFilters`), keeping the previous figures until the new ones are
 * loaded. A change of page keeps the current one on screen until the next is ready (`Pages`).
 * The page a link leads to loads while the pointer or the focus rests on it (`usePreloadOnIntent`).
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
  const [preload] = useState(() => (url: string) => {
    void preloadPages(routes, url)
    const { pathname, search } = new URL(url, window.location.origin)
    void prefetchPageData(client, routes, { pathname, search })
  })
  usePreloadOnIntent(preload)
  const pages = (
    <ErrorBoundary FallbackComponent={AppError}>
      <Pages />
      {children}
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

/**
 * The page for the URL. Another page renders in the background while the current one stays on
 * screen (dimmed after a moment, see `PageChangeContext`) and shows whole once its code and
 * data are in: a page that suspended at once would show its skeleton for at least 300 ms
 * (React holds content back that long after a fallback), however fast its data came. A change
 * of the query alone (the filters) renders at once. A page followed to by a link opens at its
 * top; one gone back to is left where the browser puts it.
 */
function Pages() {
  const location = useLocation()
  const navigationType = useNavigationType()
  const previous = useDeferredValue(location)
  const shown = previous.pathname === location.pathname ? location : previous
  useEffect(() => {
    if (navigationType === 'PUSH') window.scrollTo(0, 0)
    // Once per page shown, when it is on screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown.pathname])
  return (
    <PageChangeContext value={shown === location ? null : location.pathname}>
      <PagesAt location={shown} />
    </PageChangeContext>
  )
}

/** The route table at a location; the page on screen does not re-render while the next one loads. */
const PagesAt = memo(({ location }: { location: Location }) => useRoutes(routes, location))

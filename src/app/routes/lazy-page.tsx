import { createContext, lazy, type ComponentType } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'
import type { PagePrefetch } from '../page-data'

export type PageHandle = { preload: () => Promise<ComponentType>; prefetch?: PagePrefetch }

/**
 * A route's page, its code (and, through `withTranslations`, its strings) loaded when it first
 * renders — or earlier, with `preloadPages` at start-up. Spread into a route object: it sets
 * the route's `element` and a `handle` that starts the load. A page already loaded renders at
 * once, without suspending: a start-up that waited for it paints it in the first frame.
 * `prefetch` starts the page's requests (see `prefetchPageData`) before it renders.
 */
export function lazyPage(load: () => Promise<ComponentType>, prefetch?: PagePrefetch) {
  let loading: Promise<ComponentType> | undefined
  let loaded: { default: ComponentType } | undefined
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = { default: component }
      return component
    }))
  // React.lazy suspends on a promise even once it has settled; a page already loaded is handed
  // over as a thenable that resolves at once, which React.lazy takes without suspending.
  const Page = lazy(() =>
    loaded ? resolvedThenable(loaded) : preload().then((component) => ({ default: component })),
  )
  const handle: PageHandle = { preload, ...(prefetch && { prefetch }) }
  return { element: <Page />, handle }
}

const resolvedThenable = <T,>(value: T) =>
  ({ then: (resolve: (value: T) => void) => resolve(value) }) as unknown as Promise<T>

/** The path of the page on its way while the current one stays on screen; null when none. */
export const PageChangeContext = createContext<string | null>(null)

/**
 * Starts loading the pages a URL shows, in parallel with whatever else start-up does; resolves
 * once they are loaded or have failed (the page shows the failure when it renders).
 */
export async function preloadPages(routes: RouteObject[], url: string): Promise<void> {
  await Promise.allSettled(
    (matchRoutes(routes, url) ?? []).map(({ route }) =>
      (route.handle as PageHandle | undefined)?.preload(),
    ),
  )
}

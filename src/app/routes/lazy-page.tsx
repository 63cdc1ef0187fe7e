import { createContext, lazy, use, type ComponentType } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'

type PageHandle = { preload: () => Promise<ComponentType> }

/**
 * A route's page, its code (and, through `withTranslations`, its strings) loaded when it first
 * renders — or earlier, with `preloadPages` at start-up. Spread into a route object: it sets
 * the route's `element` and a `handle` that starts the load.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  let loading: Promise<ComponentType> | undefined
  const preload = () => (loading ??= load())
  const Page = lazy(async () => ({ default: await preload() }))
  const handle: PageHandle = { preload }
  return { element: <Page />, handle }
}

/**
 * Starts loading a URL's pages (code and strings): the page a link leads to, while the pointer
 * rests on the link or it has the focus, so that following it waits for less.
 */
export const PreloadContext = createContext<(url: string) => void>(() => {})
export const usePreloadPages = () => use(PreloadContext)

/** Starts loading the pages a URL shows, in parallel with whatever else start-up does. */
export function preloadPages(routes: RouteObject[], url: string) {
  for (const { route } of matchRoutes(routes, url) ?? []) {
    void (route.handle as PageHandle | undefined)?.preload().catch(() => {
      // The page shows the failure when it renders.
    })
  }
}

import type { QueryClient } from '@tanstack/react-query'
import { matchRoutes, type RouteObject } from 'react-router'
import { referenceQueries } from '@/api/reference-queries'
import { areaTreeOf } from '@/domain/area-tree'
import type { PageHandle } from './routes/lazy-page'
import { resolveAreaAndYear, resolveProgrammeId } from './use-filters'

/**
 * Starts the requests of the page at a URL before it renders: at start-up, in parallel with
 * loading its code and translations, and while a link to it has the pointer or the focus. First
 * the reference data every page needs (areas, programmes, the chosen programme), then the page's
 * own requests for the filters in the URL (its route's `prefetch`), together with the programme
 * (they need only its summary). Resolves once all of it is in (or has failed): the first
 * render waits for it, up to a limit. Failures are left to the panels, which ask again and show
 * them.
 */
export async function prefetchPageData(
  queryClient: QueryClient,
  routes: RouteObject[],
  { pathname, search }: { pathname: string; search: string },
) {
  try {
    const params = new URLSearchParams(search)
    const [areas, programmes] = await Promise.all([
      queryClient.fetchQuery(referenceQueries.areas()),
      queryClient.fetchQuery(referenceQueries.programmes()),
    ])
    const { programmeId } = resolveProgrammeId(params, programmes)
    const programme = queryClient.prefetchQuery(referenceQueries.programme(programmeId))
    const summary = programmes.find((p) => p.id === programmeId)
    const pages: Promise<unknown>[] = []
    if (summary) {
      const { area, year } = resolveAreaAndYear(params, summary, areaTreeOf(areas))
      for (const { route, params: pathParams } of matchRoutes(routes, pathname) ?? []) {
        const prefetch = (route.handle as PageHandle | undefined)?.prefetch
        const page = { programme: summary, area, year, params, pathParams }
        if (prefetch) pages.push(prefetch(queryClient, page).catch(() => {}))
      }
    }
    await Promise.all([programme, ...pages])
  } catch {
    // The pages ask again and show the error.
  }
}

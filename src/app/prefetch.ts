import type { QueryClient } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import { buildAreaTree } from '@/domain/area-tree'
import { prefetchOverview } from '@/features/overview/overview-queries'
import { resolveAreaAndYear, resolveProgrammeId } from './use-filters'

/**
 * Starts the requests of the first page at start-up, in parallel with loading
 * its code and translations, instead of after the first render asks for them:
 * the reference data every page needs (areas, programmes, the chosen
 * programme) and, on the Overview (the landing page), its own data for the
 * filters in the URL, together with the programme (they need only its
 * summary). Resolves once the reference data is in (or has failed): the
 * first render waits for it. Failures are left to the panels, which ask
 * again and show them.
 */
export async function prefetchStartData(
  queryClient: QueryClient,
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
    if (pathname === '/' && summary) {
      const { area, year } = resolveAreaAndYear(params, summary, buildAreaTree(areas))
      prefetchOverview(queryClient, { programme: summary, area, year })
    }
    await programme
  } catch {
    // The pages ask again and show the error.
  }
}

import type { QueryClient } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'

/**
 * Starts the requests every page needs (areas, programmes, the chosen
 * programme) at start-up, in parallel with loading the page's code and
 * translations, instead of after the first render asked for them.
 * Failures are left to the panels, which ask again and show them.
 */
export function prefetchReferenceData(queryClient: QueryClient, search: string) {
  void queryClient.prefetchQuery(referenceQueries.areas())
  void queryClient
    .fetchQuery(referenceQueries.programmes())
    .then((programmes) => {
      const wanted = new URLSearchParams(search).get('programme')
      const programme = programmes.find((p) => p.id === wanted) ?? programmes[0]
      if (programme) return queryClient.prefetchQuery(referenceQueries.programme(programme.id))
    })
    .catch(() => undefined)
}

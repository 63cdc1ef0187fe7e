import type { QueryClient } from '@tanstack/react-query'
import { modelQueries } from '@/api/model-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Area } from '@/api/schemas'
import { filtersOf, parseRegistryParams, toListParams, toModelFilters } from './registry-params'
import { startYears } from './use-registry-params'

/**
 * Starts the registry's requests for a URL, as `ModelsRoute` asks for them: the unit names, the
 * page of rows and the summary of the URL's filters (parsed against the movements, as the page
 * parses them).
 */
export async function prefetchRegistry(
  queryClient: QueryClient,
  { area, params }: { area: Area; params: URLSearchParams },
) {
  const units = queryClient.prefetchQuery(referenceQueries.units())
  const movements = await queryClient.fetchQuery(referenceQueries.movements())
  const parsed = parseRegistryParams(params, new Set(movements.map((m) => m.id)), startYears())
  await Promise.all([
    units,
    queryClient.prefetchQuery(modelQueries.list(toListParams(parsed.params, area.id))),
    queryClient.prefetchQuery(
      modelQueries.summary(toModelFilters(filtersOf(parsed.params), area.id)),
    ),
  ])
}

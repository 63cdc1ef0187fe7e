import { useQuery } from '@tanstack/react-query'
import { modelQueries, type ModelFilters } from '@/api/model-queries'

/**
 * The registry's summary (facet counts and chart series) for the filters, from one request.
 * It never holds up the table, which loads its rows apart: while the summary of new filters
 * loads, the previous one stays, flagged `stale` — unless the area changed, whose charts
 * have other bars (then `summary` is undefined until the new one arrives). With
 * `throwOnError` a failure goes to the enclosing Panel's error boundary.
 */
export function useModelSummary(filters: ModelFilters, { throwOnError = false } = {}) {
  const { data, isPlaceholderData } = useQuery({
    ...modelQueries.summary(filters),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].areaId === filters.areaId ? previous : undefined,
    throwOnError,
  })
  return { summary: data, stale: isPlaceholderData }
}

import type { QueryClient } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { modelQueries } from '@/api/model-queries'
import { targetQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'

/** The page data of the Overview for its filters: what its panels ask for, and nothing else. */
export const overviewQueries = {
  targets: (programme: Programme) => targetQueries.list(programme.id),
  figures: (programme: Programme, area: Area) =>
    measurementQueries.figures({ programmeId: programme.id, areaId: area.id }),
  modelTotals: (area: Area, year: number) =>
    modelQueries.stats('status', { areaId: area.id, to: year }),
  modelsByArea: (area: Area, year: number) =>
    modelQueries.stats('area', { areaId: area.id, to: year }),
}

/** Starts every request of the Overview (at start-up, while its code is still loading). */
export function prefetchOverview(
  queryClient: QueryClient,
  { programme, area, year }: { programme: Programme; area: Area; year: number },
) {
  void queryClient.prefetchQuery(overviewQueries.targets(programme))
  void queryClient.prefetchQuery(overviewQueries.figures(programme, area))
  void queryClient.prefetchQuery(overviewQueries.modelTotals(area, year))
  void queryClient.prefetchQuery(overviewQueries.modelsByArea(area, year))
}

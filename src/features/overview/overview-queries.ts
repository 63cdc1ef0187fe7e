import type { QueryClient } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { modelQueries } from '@/api/model-queries'
import { targetQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'

/** The Overview's requests need the programme's id only. */
type ProgrammeRef = Pick<Programme, 'id'>

/** The page data of the Overview for its filters: what its panels ask for, and nothing else. */
export const overviewQueries = {
  targets: (programme: ProgrammeRef) => targetQueries.list(programme.id),
  figures: (programme: ProgrammeRef, area: Area) =>
    measurementQueries.figures({ programmeId: programme.id, areaId: area.id }),
  modelTotals: (area: Area, year: number) =>
    modelQueries.stats('status', { areaId: area.id, to: year }),
  modelsByArea: (area: Area, year: number) =>
    modelQueries.stats('area', { areaId: area.id, to: year }),
}

/**
 * Starts every request of the Overview: at start-up, while its code and the programme's
 * indicators are still loading, and at once on a filter change. Resolves once they are in.
 */
export const prefetchOverview = (
  queryClient: QueryClient,
  { programme, area, year }: { programme: ProgrammeRef; area: Area; year: number },
) =>
  Promise.all([
    queryClient.prefetchQuery(overviewQueries.targets(programme)),
    queryClient.prefetchQuery(overviewQueries.figures(programme, area)),
    queryClient.prefetchQuery(overviewQueries.modelTotals(area, year)),
    queryClient.prefetchQuery(overviewQueries.modelsByArea(area, year)),
  ])

import type { QueryClient } from '@tanstack/react-query'
import type { Params } from 'react-router'
import { indicatorQueries } from '@/api/indicator-queries'
import { measurementQueries } from '@/api/measurement-queries'
import { modelQueries } from '@/api/model-queries'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Area, ProgrammeSummary } from '@/api/schemas'

/** What a page's requests depend on: the filters of its URL, resolved as the page resolves them. */
export type PageContext = {
  programme: ProgrammeSummary
  area: Area
  year: number
  /** The URL's query. */
  params: URLSearchParams
  /** The route's path parameters (`:id`). */
  pathParams: Params
}

/**
 * Starts a page's requests before it renders (at start-up, and while a link to it has the
 * pointer or the focus): the same queries its panels ask for, so that they find them in the
 * cache or on their way. Resolves once they are in (or have failed: the panels ask again and
 * show the error); at start-up the first render waits for that, up to a limit.
 */
export type PagePrefetch = (queryClient: QueryClient, page: PageContext) => Promise<unknown>

/**
 * The target, area and deck pages assess the area from the programme's targets and the
 * measurements of the area and everything below it (the area tree is in already).
 */
export const prefetchAssessmentData: PagePrefetch = (queryClient, { programme, area }) =>
  Promise.all([
    queryClient.prefetchQuery(targetQueries.list(programme.id)),
    queryClient.prefetchQuery(
      measurementQueries.list({ programmeId: programme.id, ancestorId: area.id }),
    ),
  ])

/** An indicator's page: the figures of the area and of its children (see `indicatorQueries`). */
export const prefetchIndicatorData: PagePrefetch = (queryClient, { programme, area }) => {
  const [areas, targets, own, children] = indicatorQueries(programme.id, area.id)
  return Promise.all([
    queryClient.prefetchQuery(areas),
    queryClient.prefetchQuery(targets),
    queryClient.prefetchQuery(own),
    queryClient.prefetchQuery(children),
  ])
}

/** A model's page: the model, its lineage, the signed-in user (may they edit it?) and unit names. */
export const prefetchModel: PagePrefetch = async (queryClient, { pathParams: { id } }) =>
  id &&
  Promise.all([
    queryClient.prefetchQuery(modelQueries.detail(id)),
    queryClient.prefetchQuery(modelQueries.lineage(id)),
    queryClient.prefetchQuery(referenceQueries.me()),
    queryClient.prefetchQuery(referenceQueries.units()),
  ])

/** The registry: its rows and summary depend on its own URL parameters, parsed with its code. */
export const prefetchRegistry: PagePrefetch = async (queryClient, page) =>
  (await import('@/features/models/registry-prefetch')).prefetchRegistry(queryClient, page)

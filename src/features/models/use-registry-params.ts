import { useCallback, useDeferredValue, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import { today } from '@/shared/lib/today'
import { useSearchChange } from '@/shared/lib/use-search-update'
import {
  applyRegistryPatch,
  filtersOf,
  parseRegistryParams,
  withoutSortAndPage,
  type RegistryPatch,
} from './registry-params'

/** The earliest start year the filters offer (models maintained from long before the programme). */
export const FIRST_START_YEAR = 1990

/** The start years the filters offer: from `FIRST_START_YEAR` to this year. */
export const startYears = () => ({ min: FIRST_START_YEAR, max: Number(today().slice(0, 4)) })

/**
 * The registry's URL state. `params` is what the controls show (applied at once), `filters`
 * the same without sort and page: the same object while only those change, so that what
 * depends on the filters alone (facets, charts) is not drawn again for a new page;
 * `deferred` is what the replication and recognition views show: the previous figures stay
 * on screen, marked busy (`pending`), until the new ones are loaded. (The registry itself
 * keeps each part's previous data per query instead, so its rows never wait for its charts.)
 */
export function useRegistryParams() {
  const [search] = useSearchParams()
  const { data: movements } = useSuspenseQuery(referenceQueries.movements())
  const movementIds = useMemo(() => new Set(movements.map((m) => m.id)), [movements])
  const years = useMemo(() => startYears(), [])
  const current = search.toString()
  const deferredSearch = useDeferredValue(current)
  const parsed = useMemo(
    () => parseRegistryParams(new URLSearchParams(current), movementIds, years),
    [current, movementIds, years],
  )
  const filterSearch = withoutSortAndPage(search)
  const filters = useMemo(
    () =>
      filtersOf(parseRegistryParams(new URLSearchParams(filterSearch), movementIds, years).params),
    [filterSearch, movementIds, years],
  )
  const deferred = useMemo(
    () => parseRegistryParams(new URLSearchParams(deferredSearch), movementIds, years).params,
    [deferredSearch, movementIds, years],
  )
  // `update` keeps its identity from one URL to the next: the memoised controls are not drawn
  // again for a new page.
  const change = useSearchChange()
  const update = useCallback(
    (patch: RegistryPatch, options?: { replace?: boolean }) =>
      change((previous) => applyRegistryPatch(previous, patch), options),
    [change],
  )
  return {
    params: parsed.params,
    filters,
    notices: parsed.notices,
    deferred,
    pending: deferredSearch !== current,
    update,
    movements,
    years,
  }
}

import { useDeferredValue } from 'react'
import { useSearchParams } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import type { Area, Programme, ProgrammeSummary } from '@/api/schemas'
import { areaTreeOf, type AreaTree } from '@/domain/area-tree'
import { useSearchUpdate } from '@/shared/lib/use-search-update'

export type FilterNotice = {
  key: 'unknownArea' | 'invalidYear' | 'unknownProgramme' | 'unknownIndicator'
  value: string
}

export type Filters = {
  programme: Programme
  area: Area
  year: number
  indicatorId: string
}

export type FilterPatch = Partial<{
  area: string
  year: number
  programme: string
  indicator: string
}>

/** A bad value is echoed back in a notice: keep it short and printable. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/** The programme the URL asks for (else the first), before its indicators are loaded. */
export function resolveProgrammeId(params: URLSearchParams, programmes: { id: string }[]) {
  const notices: FilterNotice[] = []
  const rawProgramme = params.get('programme')
  let programmeId = programmes.find((p) => p.id === rawProgramme)?.id
  if (rawProgramme !== null && !programmeId)
    notices.push({ key: 'unknownProgramme', value: shown(rawProgramme) })
  programmeId ??= programmes[0]?.id
  if (!programmeId) throw new Error('The dataset has no programme.')
  return { programmeId, notices }
}

/**
 * Area and year from the URL; unknown or malformed values fall back, with a notice. The
 * programme's summary is enough: the requests of a page can start before its indicators load.
 */
export function resolveAreaAndYear(
  params: URLSearchParams,
  programme: Pick<ProgrammeSummary, 'startYear' | 'endYear'>,
  tree: AreaTree,
) {
  const notices: FilterNotice[] = []
  const rawArea = params.get('area')
  let area = rawArea === null ? undefined : tree.byId.get(rawArea)
  if (rawArea !== null && !area) notices.push({ key: 'unknownArea', value: shown(rawArea) })
  area ??= tree.roots[0]
  if (!area) throw new Error('The dataset has no areas.')

  const rawYear = params.get('year')
  const parsedYear = rawYear !== null && /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN
  const yearValid = parsedYear >= programme.startYear && parsedYear <= programme.endYear
  if (rawYear !== null && !yearValid) notices.push({ key: 'invalidYear', value: shown(rawYear) })
  const year = yearValid ? parsedYear : programme.endYear
  return { area, year, notices }
}

/** Area, year and indicator from the URL; unknown or malformed values fall back, with a notice. */
export function resolveFilters(params: URLSearchParams, programme: Programme, tree: AreaTree) {
  const { area, year, notices } = resolveAreaAndYear(params, programme, tree)

  const rawIndicator = params.get('indicator')
  let indicatorId = programme.indicators.find((i) => i.id === rawIndicator)?.id
  if (rawIndicator !== null && !indicatorId)
    notices.push({ key: 'unknownIndicator', value: shown(rawIndicator) })
  indicatorId ??= programme.indicators[0]?.id ?? ''

  const filters: Filters = { programme, area, year, indicatorId }
  return { filters, notices }
}

/**
 * A filter change is applied to the URL at once (an urgent update, not a
 * transition), so the controls always show what was chosen; pages defer
 * the new values (`useDeferredFilters`) and keep showing the previous
 * figures until the new ones are loaded.
 *
 * The page filters live in the URL (?programme=&area=&year=&indicator=).
 * Unknown or malformed values fall back to defaults and produce a notice;
 * the URL itself is left as the user gave it.
 */
export function useFilters() {
  const [params] = useSearchParams()
  const { data: areas } = useSuspenseQuery(referenceQueries.areas())
  const { data: programmes } = useSuspenseQuery(referenceQueries.programmes())
  const chosen = resolveProgrammeId(params, programmes)
  const { data: programme } = useSuspenseQuery(referenceQueries.programme(chosen.programmeId))
  const tree = areaTreeOf(areas)
  const resolved = resolveFilters(params, programme, tree)
  const notices = [...chosen.notices, ...resolved.notices]

  const setFilters: (patch: FilterPatch) => void = useSearchUpdate()

  return { filters: resolved.filters, notices, tree, setFilters, programmes }
}

export type { AreaTree }

/**
 * The filters for the page's content: the previous values stay on screen while new data loads.
 * `current` is what the controls show (the URL), for a page to start its requests at once.
 */
export function useDeferredFilters() {
  const { filters } = useFilters()
  const programme = useDeferredValue(filters.programme)
  const area = useDeferredValue(filters.area)
  const year = useDeferredValue(filters.year)
  const indicatorId = useDeferredValue(filters.indicatorId)
  const deferred: Filters = { programme, area, year, indicatorId }
  const pending =
    programme !== filters.programme ||
    area !== filters.area ||
    year !== filters.year ||
    indicatorId !== filters.indicatorId
  return { filters: deferred, pending, current: filters }
}

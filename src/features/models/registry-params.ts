import {
  modelFields,
  modelStatuses,
  recognitionLevels,
  unitTypes,
  type ModelField,
  type ModelStatus,
  type UnitType,
} from '@/api/schemas'
import {
  modelSorts,
  type ModelFilters,
  type ModelListParams,
  type ModelSort,
  type RecognitionLevel,
} from '@/api/model-queries'

/** Rows per page; long pages are virtualized (only rows near the viewport are rendered). */
export const pageSizes = [50, 200, 1000] as const
export const novelty = ['new', 'maintained'] as const
export type Novelty = (typeof novelty)[number]

/** The registry's own URL parameters (the area is the app-wide `?area=`). */
export type RegistryParams = {
  q: string
  movement: string | undefined
  field: ModelField[]
  status: ModelStatus[]
  unitType: UnitType[]
  level: RecognitionLevel[]
  isNew: Novelty | undefined
  from: number | undefined
  to: number | undefined
  sort: ModelSort
  order: 'asc' | 'desc'
  page: number
  pageSize: number
}

/** The filters alone: what the facets and charts depend on (paging and sorting leave them). */
export type RegistryFilters = Omit<RegistryParams, 'sort' | 'order' | 'page' | 'pageSize'>

export type RegistryNotice = { param: string; value: string }

/** Every registry parameter name, so that a reset removes exactly these. */
export const registryParamNames = [
  'q',
  'movement',
  'field',
  'status',
  'unitType',
  'level',
  'isNew',
  'from',
  'to',
  'sort',
  'order',
  'page',
  'pageSize',
] as const

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * Reads the registry's parameters. Unknown or malformed values fall back to the default
 * (no filter, first page, sorted by name) and are reported as notices; lists may be
 * comma-separated or repeated.
 */
export function parseRegistryParams(
  search: URLSearchParams,
  movementIds: ReadonlySet<string>,
  years: { min: number; max: number },
): { params: RegistryParams; notices: RegistryNotice[] } {
  const notices: RegistryNotice[] = []
  const bad = (param: string, value: string) => notices.push({ param, value: shown(value) })
  const list = <T extends string>(param: string, allowed: readonly T[]): T[] => {
    const values = search
      .getAll(param)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '')
    const good = values.filter((v): v is T => (allowed as readonly string[]).includes(v))
    for (const v of values) if (!good.includes(v as T)) bad(param, v)
    return [...new Set(good)]
  }
  const one = <T extends string>(param: string, allowed: readonly T[]): T | undefined => {
    const raw = search.get(param)
    if (raw === null || raw === '') return undefined
    if ((allowed as readonly string[]).includes(raw)) return raw as T
    bad(param, raw)
    return undefined
  }
  const int = (param: string, min: number, max: number): number | undefined => {
    const raw = search.get(param)
    if (raw === null || raw === '') return undefined
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN
    if (n >= min && n <= max) return n
    bad(param, raw)
    return undefined
  }

  const rawMovement = search.get('movement')
  let movement: string | undefined
  if (rawMovement !== null && rawMovement !== '') {
    if (movementIds.has(rawMovement)) movement = rawMovement
    else bad('movement', rawMovement)
  }
  let from = int('from', years.min, years.max)
  let to = int('to', years.min, years.max)
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from]
  const pageSize = int('pageSize', 1, 1_000_000)
  const params: RegistryParams = {
    q: (search.get('q') ?? '').slice(0, 200),
    movement,
    field: list('field', modelFields),
    status: list('status', modelStatuses),
    unitType: list('unitType', unitTypes),
    level: list('level', recognitionLevels),
    isNew: one('isNew', novelty),
    from,
    to,
    sort: one('sort', modelSorts) ?? 'name',
    order: one('order', ['asc', 'desc'] as const) ?? 'asc',
    page: int('page', 1, 1_000_000) ?? 1,
    pageSize: pageSizes.find((s) => s === pageSize) ?? pageSizes[0],
  }
  if (pageSize !== undefined && params.pageSize !== pageSize) bad('pageSize', String(pageSize))
  return { params, notices }
}

/** The URL's parameters without those that only sort or page: the same while the filters are. */
export function withoutSortAndPage(search: URLSearchParams): string {
  const filters = new URLSearchParams(search)
  for (const name of ['sort', 'order', 'page', 'pageSize']) filters.delete(name)
  return filters.toString()
}

/** The filters of `params`: all but sort and page. */
export function filtersOf(params: RegistryParams): RegistryFilters {
  const { sort: _sort, order: _order, page: _page, pageSize: _pageSize, ...filters } = params
  return filters
}

/** The API filters of the registry view for an area. */
export function toModelFilters(params: RegistryFilters, areaId: string): ModelFilters {
  const q = params.q.trim()
  return {
    areaId,
    ...(q ? { q } : {}),
    ...(params.movement ? { movementId: params.movement } : {}),
    ...(params.field.length ? { field: params.field } : {}),
    ...(params.status.length ? { status: params.status } : {}),
    ...(params.unitType.length ? { unitType: params.unitType } : {}),
    ...(params.level.length ? { recognitionLevel: params.level } : {}),
    ...(params.isNew ? { isNew: params.isNew === 'new' } : {}),
    ...(params.from !== undefined ? { from: params.from } : {}),
    ...(params.to !== undefined ? { to: params.to } : {}),
  }
}

export function toListParams(params: RegistryParams, areaId: string): ModelListParams {
  return {
    ...toModelFilters(params, areaId),
    sort: params.sort,
    order: params.order,
    page: params.page,
    pageSize: params.pageSize,
  }
}

/** Whether any registry filter (not sort or page) is set. */
export const hasFilters = (p: RegistryFilters) =>
  p.q.trim() !== '' ||
  p.movement !== undefined ||
  p.field.length + p.status.length + p.unitType.length + p.level.length > 0 ||
  p.isNew !== undefined ||
  p.from !== undefined ||
  p.to !== undefined

export type RegistryPatch = Partial<{
  [K in keyof RegistryParams]: RegistryParams[K] | undefined
}>

/**
 * Applies a change to the URL's parameters: empty values are removed, defaults are not
 * written, and any filter change goes back to page 1.
 */
export function applyRegistryPatch(previous: URLSearchParams, patch: RegistryPatch) {
  const next = new URLSearchParams(previous)
  for (const [key, value] of Object.entries(patch)) {
    next.delete(key)
    if (value === undefined || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) next.set(key, value.join(','))
    } else next.set(key, String(value))
  }
  if (next.get('sort') === 'name') next.delete('sort')
  if (next.get('order') === 'asc') next.delete('order')
  if (next.get('pageSize') === String(pageSizes[0])) next.delete('pageSize')
  if (!('page' in patch) || next.get('page') === '1') next.delete('page')
  return next
}

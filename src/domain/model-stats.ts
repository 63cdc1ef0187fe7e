import type { Area, ModelStat } from '@/api/schemas'

export type AreaModelCount = {
  area: Area
  count: number
  newCount: number
  maintained: number
  /** The row of the models placed on the area itself, not on one of its children. */
  own: boolean
}

const countOf = (area: Area, stat: ModelStat | undefined, own = false): AreaModelCount => {
  const count = stat?.count ?? 0
  const newCount = stat?.newCount ?? 0
  return { area, count, newCount, maintained: count - newCount, own }
}

/**
 * Model counts per child area from `GET /models/stats?groupBy=area&areaId=…`, which already
 * rolls each model up to the child containing it. Every child gets a row (0 when the server
 * lists none), in the given order; models placed on the area itself (district-wide models)
 * get a last row for the area (`own`), only when there are any. Keys of other areas are ignored.
 */
export const modelsByChildArea = (
  stats: ModelStat[],
  area: Area,
  children: Area[],
): AreaModelCount[] => {
  const byKey = new Map(stats.map((stat) => [stat.key, stat]))
  const rows = children.map((child) => countOf(child, byKey.get(child.id)))
  const own = byKey.get(area.id)
  return own && own.count > 0 ? [...rows, countOf(area, own, true)] : rows
}

export type ModelTotals = { total: number; newCount: number; recognized: number }

/** Totals from `GET /models/stats?groupBy=status`: all models, new ones, recognised ones. */
export const modelTotals = (statsByStatus: ModelStat[]): ModelTotals => {
  let total = 0
  let newCount = 0
  let recognized = 0
  for (const stat of statsByStatus) {
    total += stat.count
    newCount += stat.newCount
    if (stat.key === 'recognized') recognized += stat.count
  }
  return { total, newCount, recognized }
}

import { z } from 'zod/mini'
import {
  modelFields,
  modelStatsGroups,
  modelStatuses,
  recognitionLevels,
  unitTypes,
  type Model,
  type ModelPage,
  type ModelStat,
} from '@/api/schemas'
import type { Db } from './db'
import {
  checkYearRange,
  enumListParam,
  enumParam,
  idParam,
  intParam,
  yearParam,
} from './handler-context'
import {
  fieldCodes,
  modelSorts,
  NO_UNIT_TYPE,
  recognitionLevelCodes,
  sortOrders,
  statusCodes,
  unitTypeCodes,
  type ModelIndex,
} from './model-index'
import { matchesAllWords, searchWords } from './search-text'

/** Query parameters that may repeat or be comma-separated. */
export const multiModelParams = ['field', 'status', 'unitType', 'recognitionLevel'] as const

export const DEFAULT_PAGE_SIZE = 25
export const MAX_PAGE_SIZE = 1000

const booleanParam = z.pipe(
  enumParam(['true', 'false']),
  z.transform((v) => v === 'true'),
)

/** The filters shared by `GET /models` and `GET /models/stats`. */
function filterShape(db: Db) {
  return {
    q: z.optional(z.string()),
    areaId: z.optional(idParam((id) => db.areas.has(id), 'area')),
    movementId: z.optional(idParam((id) => db.movements.has(id), 'movement')),
    field: z.optional(enumListParam(modelFields)),
    status: z.optional(enumListParam(modelStatuses)),
    unitType: z.optional(enumListParam(unitTypes)),
    isNew: z.optional(booleanParam),
    from: z.optional(yearParam),
    to: z.optional(yearParam),
    // Extensions of the DOMAIN.md contract, for the replication and recognition views:
    /** Recognised at one of these levels. */
    recognitionLevel: z.optional(enumListParam(recognitionLevels)),
    /** Recognised in this year or earlier. */
    recognizedTo: z.optional(yearParam),
    /** Has (true) or has not (false) a direct replica in another area. */
    replicated: z.optional(booleanParam),
    /** Is (true) or is not (false) a replica of another model. */
    isReplica: z.optional(booleanParam),
  }
}

export function modelListQuerySchema(db: Db) {
  return z
    .object({
      ...filterShape(db),
      sort: z._default(enumParam(modelSorts), 'name'),
      order: z._default(enumParam(sortOrders), 'asc'),
      page: z._default(intParam(1), 1),
      pageSize: z._default(intParam(1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE),
    })
    .check(z.superRefine(checkYearRange))
}
export type ModelListQuery = z.output<ReturnType<typeof modelListQuerySchema>>

export function modelStatsQuerySchema(db: Db) {
  return z
    .object({ ...filterShape(db), groupBy: enumParam(modelStatsGroups) })
    .check(z.superRefine(checkYearRange))
}
export type ModelStatsQuery = z.output<ReturnType<typeof modelStatsQuerySchema>>

export type ModelFilters = Omit<ModelListQuery, 'sort' | 'order' | 'page' | 'pageSize'>

export function modelFilterQuerySchema(db: Db) {
  return z.object(filterShape(db)).check(z.superRefine(checkYearRange))
}

export function mostReplicatedQuerySchema(db: Db) {
  return z
    .object({ ...filterShape(db), limit: z._default(intParam(1, 100), 10) })
    .check(z.superRefine(checkYearRange))
}
export type MostReplicatedQuery = z.output<ReturnType<typeof mostReplicatedQuerySchema>>

export interface ReplicatedModel {
  model: Model
  /** Direct replicas. */
  replicas: number
  /** Every model below it in its replication tree. */
  descendants: number
  /** Distinct areas covered by the model and its descendants. */
  reach: number
}

/**
 * The filtered models with the largest replication trees, largest first (ties: more
 * direct replicas, then name order); models never replicated are left out.
 */
export function mostReplicated(db: Db, query: MostReplicatedQuery): ReplicatedModel[] {
  const index = db.modelIndex()
  const matches = rowPredicate(db, index, query)
  const rows: number[] = []
  for (const i of index.order('name', 'asc'))
    if ((index.descendantCount[i] ?? 0) > 0 && matches(i)) rows.push(i)
  const replicas = (i: number) => index.replicaRows(i).length
  rows.sort(
    (a, b) =>
      (index.descendantCount[b] ?? 0) - (index.descendantCount[a] ?? 0) ||
      replicas(b) - replicas(a),
  )
  return rows.slice(0, query.limit).flatMap((i) => {
    const model = index.models[i]
    if (!model) return []
    const areas = new Set([model.areaId])
    const seen = new Set([i])
    const queue = [i]
    for (let k = 0; k < queue.length; k++)
      for (const child of index.replicaRows(queue[k] ?? 0)) {
        if (seen.has(child)) continue
        seen.add(child)
        queue.push(child)
        const replica = index.models[child]
        if (replica) areas.add(replica.areaId)
      }
    return [
      {
        model,
        replicas: replicas(i),
        descendants: index.descendantCount[i] ?? 0,
        reach: areas.size,
      },
    ]
  })
}

export interface RecognitionStat {
  /** The child area of the filter area (as in `/models/stats?groupBy=area`). */
  key: string
  level: (typeof recognitionLevels)[number]
  /** Recognised models. */
  models: number
  /** Distinct units owning them (commended units). */
  units: number
}

/** Recognised models and distinct commended units per child area and recognition level. */
export function recognitionStats(
  db: Db,
  query: z.output<ReturnType<typeof modelFilterQuerySchema>>,
): RecognitionStat[] {
  const index = db.modelIndex()
  const matches = rowPredicate(db, index, query)
  const { codeOf, keyOf } = grouping(db, index, { ...query, groupBy: 'area' })
  const cells = new Map<
    string,
    { key: string; level: number; models: number; units: Set<string> }
  >()
  for (let i = 0; i < index.models.length; i++) {
    const level = index.recognitionLevel[i] ?? 0
    if (level === 0 || !matches(i)) continue
    const key = keyOf(codeOf(i))
    if (key === undefined) continue
    const id = `${key}|${level}`
    let cell = cells.get(id)
    if (!cell) {
      cell = { key, level, models: 0, units: new Set() }
      cells.set(id, cell)
    }
    cell.models++
    cell.units.add(index.models[i]?.unitId ?? '')
  }
  return [...cells.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.level - b.level))
    .flatMap((c) => {
      const level = recognitionLevels[c.level - 1]
      return level ? [{ key: c.key, level, models: c.models, units: c.units.size }] : []
    })
}

const mask = (codes: Map<string, number>, values: readonly string[] | undefined) =>
  values?.reduce((bits, v) => bits | (1 << (codes.get(v) ?? 0)), 0)

/** Whether row i of the index passes the filters (only the given filters are checked). */
export function rowPredicate(db: Db, index: ModelIndex, f: ModelFilters): (i: number) => boolean {
  const words = f.q === undefined ? [] : searchWords(f.q)
  const [enter, exit] = f.areaId === undefined ? [0, 0] : db.areas.rangeOf(f.areaId)
  const movement = f.movementId === undefined ? undefined : index.movementIds.indexOf(f.movementId)
  const fieldMask = mask(fieldCodes, f.field)
  const statusMask = mask(statusCodes, f.status)
  const unitTypeMask = mask(unitTypeCodes, f.unitType)
  const isNew = f.isNew === undefined ? undefined : f.isNew ? 1 : 0
  const levelMask = f.recognitionLevel?.reduce(
    (bits, v) => bits | (1 << (1 + (recognitionLevelCodes.get(v) ?? 0))),
    0,
  )
  const replicated = f.replicated === undefined ? undefined : f.replicated ? 1 : 0
  const isReplica = f.isReplica === undefined ? undefined : f.isReplica ? 1 : 0
  const { areaPos, field, status, unitType, year, textId, recognitionLevel } = index
  // Search each distinct text once, not once per model.
  const textMatches =
    words.length > 0
      ? Uint8Array.from(index.texts, (t) => (matchesAllWords(t, words) ? 1 : 0))
      : undefined
  return (i) => {
    if (f.areaId !== undefined && ((areaPos[i] ?? -1) < enter || (areaPos[i] ?? -1) >= exit))
      return false
    if (movement !== undefined && index.movement[i] !== movement) return false
    if (fieldMask !== undefined && !(fieldMask & (1 << (field[i] ?? 0)))) return false
    if (statusMask !== undefined && !(statusMask & (1 << (status[i] ?? 0)))) return false
    if (unitTypeMask !== undefined && !(unitTypeMask & (1 << (unitType[i] ?? 0)))) return false
    if (isNew !== undefined && index.isNew[i] !== isNew) return false
    if (f.from !== undefined && (year[i] ?? 0) < f.from) return false
    if (f.to !== undefined && (year[i] ?? 0) > f.to) return false
    if (levelMask !== undefined && !(levelMask & (1 << (recognitionLevel[i] ?? 0)))) return false
    if (
      f.recognizedTo !== undefined &&
      (!recognitionLevel[i] || (index.recognitionYear[i] ?? 0) > f.recognizedTo)
    )
      return false
    if (replicated !== undefined && index.replicated[i] !== replicated) return false
    if (isReplica !== undefined && index.isReplica[i] !== isReplica) return false
    if (textMatches !== undefined && !textMatches[textId[i] ?? 0]) return false
    return true
  }
}

/** One page of the filtered, sorted models: a single pass over a cached order. */
export function listModels(db: Db, query: ModelListQuery): ModelPage {
  const index = db.modelIndex()
  const order = index.order(query.sort, query.order)
  const matches = rowPredicate(db, index, query)
  const start = (query.page - 1) * query.pageSize
  const end = start + query.pageSize
  const items: Model[] = []
  let total = 0
  for (const i of order) {
    if (!matches(i)) continue
    if (total >= start && total < end) {
      const model = index.models[i]
      if (model) items.push(model)
    }
    total++
  }
  return { items, total, page: query.page, pageSize: query.pageSize }
}

/**
 * Counts of the filtered models per group, sorted by key. Only groups with at
 * least one model are listed. `area` groups by the child of the filter area
 * (`areaId`, else the single root) that contains the model's area; a model on
 * the filter area itself counts under that area's own id. With several roots
 * and no `areaId`, the groups are the roots.
 */
export function modelStats(db: Db, query: ModelStatsQuery): ModelStat[] {
  const index = db.modelIndex()
  const matches = rowPredicate(db, index, query)
  const { codeOf, size, keyOf } = grouping(db, index, query)
  const counts = new Int32Array(size)
  const newCounts = new Int32Array(size)
  for (let i = 0; i < index.models.length; i++) {
    if (!matches(i)) continue
    const code = codeOf(i)
    counts[code] = (counts[code] ?? 0) + 1
    if (index.isNew[i]) newCounts[code] = (newCounts[code] ?? 0) + 1
  }
  const stats: ModelStat[] = []
  counts.forEach((count, code) => {
    const key = keyOf(code)
    if (count > 0 && key !== undefined) stats.push({ key, count, newCount: newCounts[code] ?? 0 })
  })
  return stats.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

export interface Grouping {
  /** The group code of row i, in [0, size). */
  codeOf(i: number): number
  size: number
  keyOf(code: number): string | undefined
}

export function grouping(db: Db, index: ModelIndex, query: ModelStatsQuery): Grouping {
  const byList = (
    codes: ArrayLike<number>,
    keys: readonly string[],
    size = keys.length,
  ): Grouping => ({
    codeOf: (i) => codes[i] ?? 0,
    size,
    keyOf: (code) => keys[code],
  })
  switch (query.groupBy) {
    case 'area': {
      const { areas } = db
      const root = query.areaId ?? (areas.roots.length === 1 ? areas.roots[0]?.id : undefined)
      const depth = root === undefined ? -1 : areas.depthOf(root)
      // The group of every area position: its ancestor one level below the filter area.
      const groupOf = Int32Array.from({ length: areas.size }, (_, position) => {
        const path = areas.pathOf(areas.atPosition(position)?.id ?? '')
        const key = path[depth + 1] ?? path[depth] ?? ''
        return areas.positionOf(key)
      })
      return {
        codeOf: (i) => groupOf[index.areaPos[i] ?? 0] ?? 0,
        size: areas.size,
        keyOf: (code) => areas.atPosition(code)?.id,
      }
    }
    case 'field':
      return byList(index.field, modelFields)
    case 'status':
      return byList(index.status, modelStatuses)
    case 'unitType':
      return byList(index.unitType, unitTypes, NO_UNIT_TYPE + 1)
    case 'movement':
      return byList(index.movement, index.movementIds)
    case 'year':
      return {
        codeOf: (i) => index.year[i] ?? 0,
        size: 10_000,
        keyOf: (code) => String(code),
      }
  }
}

/** Ancestors nearest first; descendants breadth-first over the replication tree. */
export function modelLineage(db: Db, model: Model): { ancestors: Model[]; descendants: Model[] } {
  const ancestors: Model[] = []
  const seen = new Set([model.id])
  let parentId = model.replicatedFromId
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = db.models.get(parentId)
    if (!parent) break
    ancestors.push(parent)
    seen.add(parent.id)
    parentId = parent.replicatedFromId
  }
  const descendants: Model[] = []
  const visited = new Set([model.id])
  const queue: Model[] = [model]
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]
    if (!current) break
    for (const replica of db.replicasOf(current.id)) {
      if (visited.has(replica.id)) continue
      visited.add(replica.id)
      descendants.push(replica)
      queue.push(replica)
    }
  }
  return { ancestors, descendants }
}

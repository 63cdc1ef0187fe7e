import { modelFields, modelStatuses, recognitionLevels, unitTypes, type Model } from '@/api/schemas'
import type { AreaTree } from './area-tree'
import { foldVietnamese } from './search-text'

export const modelSorts = [
  'name',
  'startedOn',
  'status',
  'area',
  'beneficiaries',
  'fundsMobilizedVnd',
] as const
export type ModelSort = (typeof modelSorts)[number]
export const sortOrders = ['asc', 'desc'] as const
export type SortOrder = (typeof sortOrders)[number]

/** The code of a unit type no known unit has (the model's unit is missing). */
export const NO_UNIT_TYPE = 31

/**
 * The models in columns: row i of every array describes `models[i]`. Enum
 * fields are codes (positions in the schema's list: `modelFields`,
 * `modelStatuses`, `unitTypes`; movements by `movementIds`), so a filter pass
 * reads typed arrays instead of chasing 200,000 objects.
 */
export interface ModelIndex {
  models: readonly Model[]
  /** The distinct folded "name description" texts (see foldVietnamese)… */
  texts: readonly string[]
  /** …and which one is row i's. */
  textId: Int32Array
  year: Int16Array
  /** Pre-order position of the model's area in the area tree. */
  areaPos: Int32Array
  field: Uint8Array
  status: Uint8Array
  unitType: Uint8Array
  movement: Int32Array
  isNew: Uint8Array
  /** 0: not recognised; else 1 + the level's position in `recognitionLevels`. */
  recognitionLevel: Uint8Array
  /** The recognition year (0: not recognised). */
  recognitionYear: Int16Array
  /** 1 when the model is a replica of another (replicatedFromId names a known model). */
  isReplica: Uint8Array
  /** 1 when at least one direct replica lies in another area ("replicated elsewhere"). */
  replicated: Uint8Array
  /** The number of models in the model's replication tree below it (replicas of replicas too). */
  descendantCount: Int32Array
  /** The direct replicas of row i, as row numbers. */
  replicaRows(i: number): readonly number[]
  movementIds: readonly string[]
  /** Row numbers in the given order; built on first use, then cached. */
  order(sort: ModelSort, order: SortOrder): Int32Array
}

const collator = new Intl.Collator('vi')
const codes = <T extends string>(list: readonly T[]) =>
  new Map<string, number>(list.map((x, i) => [x, i]))
export const fieldCodes = codes(modelFields)
export const statusCodes = codes(modelStatuses)
export const unitTypeCodes = codes(unitTypes)
export const recognitionLevelCodes = codes(recognitionLevels)

/**
 * Indexes models for the list and stats endpoints. Built once per change of the
 * model collection: folded search text per model, Vietnamese collation ranks
 * (so a request never calls localeCompare) and one cached permutation per
 * sort/order, so a request is a single linear pass with no sorting.
 * Ties (and `sort=name`) go by name in collation order, then insertion order;
 * models without the sorted value (beneficiaries, funds) come last in both orders.
 */
export function createModelIndex(
  input: Iterable<Model>,
  areas: AreaTree,
  unitTypeOf: (unitId: string) => string | undefined,
): ModelIndex {
  const models = [...input]
  const n = models.length
  // Generated data repeats names and descriptions a lot: fold each distinct text once.
  const folds = new Map<string, string>()
  const fold = (text: string) => {
    let folded = folds.get(text)
    if (folded === undefined) {
      folded = foldVietnamese(text)
      folds.set(text, folded)
    }
    return folded
  }
  const movementIds: string[] = []
  const movementCodes = new Map<string, number>()
  const index = {
    models,
    texts: [] as string[],
    textId: new Int32Array(n),
    year: new Int16Array(n),
    areaPos: new Int32Array(n),
    field: new Uint8Array(n),
    status: new Uint8Array(n),
    unitType: new Uint8Array(n),
    movement: new Int32Array(n),
    isNew: new Uint8Array(n),
    recognitionLevel: new Uint8Array(n),
    recognitionYear: new Int16Array(n),
    isReplica: new Uint8Array(n),
    replicated: new Uint8Array(n),
    descendantCount: new Int32Array(n),
    movementIds,
  }
  const textIds = new Map<string, number>()
  models.forEach((m, i) => {
    const text = `${fold(m.name)} ${fold(m.description)}`
    let textId = textIds.get(text)
    if (textId === undefined) {
      textId = index.texts.length
      index.texts.push(text)
      textIds.set(text, textId)
    }
    index.textId[i] = textId
    index.year[i] = Number(m.startedOn.slice(0, 4))
    index.areaPos[i] = areas.positionOf(m.areaId)
    index.field[i] = fieldCodes.get(m.field) ?? 0
    index.status[i] = statusCodes.get(m.status) ?? 0
    const unitType = unitTypeOf(m.unitId)
    index.unitType[i] =
      (unitType === undefined ? undefined : unitTypeCodes.get(unitType)) ?? NO_UNIT_TYPE
    let movement = movementCodes.get(m.movementId)
    if (movement === undefined) {
      movement = movementIds.length
      movementIds.push(m.movementId)
      movementCodes.set(m.movementId, movement)
    }
    index.movement[i] = movement
    index.isNew[i] = m.isNew ? 1 : 0
    if (m.recognition) {
      index.recognitionLevel[i] = 1 + (recognitionLevelCodes.get(m.recognition.level) ?? 0)
      index.recognitionYear[i] = m.recognition.year
    }
  })
  folds.clear()
  const replicaRows = indexReplication(models, index)

  let nameRanks: Int32Array | undefined
  /** Each model's name's position in Vietnamese collation order (equal names, equal rank). */
  const names = (): Int32Array => {
    if (nameRanks) return nameRanks
    const unique = [...new Set(models.map((m) => m.name))].sort(collator.compare)
    const rankOf = new Map(unique.map((name, i) => [name, i]))
    nameRanks = Int32Array.from(models, (m) => rankOf.get(m.name) ?? 0)
    return nameRanks
  }

  const orders = new Map<string, Int32Array>()
  const order = (sort: ModelSort, direction: SortOrder): Int32Array => {
    const cacheKey = `${sort}:${direction}`
    const cached = orders.get(cacheKey)
    if (cached) return cached
    const sign = direction === 'asc' ? 1 : -1
    const ranks = names()
    const value = sortValue(sort, areas, ranks)
    // A missing value becomes +/-Infinity so that sign * key puts it last in both orders;
    // Infinity - Infinity is NaN, which falls through to the tie-break like 0.
    const keys = Float64Array.from(models, (m, i) => value(m, i) ?? sign * Infinity)
    const permutation = Int32Array.from(models, (_, i) => i)
    permutation.sort(
      (a, b) =>
        sign * ((keys[a] ?? 0) - (keys[b] ?? 0)) || (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b,
    )
    orders.set(cacheKey, permutation)
    return permutation
  }

  return { ...index, order, replicaRows }
}

/** The numeric sort key of model i (undefined: no value, sorts last). */
function sortValue(
  sort: ModelSort,
  areas: AreaTree,
  nameRanks: Int32Array,
): (m: Model, i: number) => number | undefined {
  switch (sort) {
    case 'name':
      return (_, i) => nameRanks[i]
    case 'startedOn':
      return (m) => Number(m.startedOn.replace(/-/g, ''))
    case 'status':
      return (m) => statusCodes.get(m.status)
    case 'area': {
      const sorted = areas
        .all()
        .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
      const rank = new Map(sorted.map((a, i) => [a.id, i]))
      return (m) => rank.get(m.areaId)
    }
    case 'beneficiaries':
      return (m) => m.beneficiaries
    case 'fundsMobilizedVnd':
      return (m) => m.fundsMobilizedVnd
  }
}

/**
 * Fills isReplica, replicated and descendantCount, and returns each row's direct replicas.
 * Descendants are counted by a walk over the replication tree that visits each model once per
 * root, so a cycle in bad data ends instead of looping.
 */
function indexReplication(
  models: readonly Model[],
  index: {
    isReplica: Uint8Array
    replicated: Uint8Array
    descendantCount: Int32Array
  },
): (i: number) => readonly number[] {
  const rowOf = new Map(models.map((m, i) => [m.id, i]))
  const children: number[][] = []
  const none: readonly number[] = []
  models.forEach((m, i) => {
    const parent = m.replicatedFromId === undefined ? undefined : rowOf.get(m.replicatedFromId)
    if (parent === undefined || parent === i) return
    index.isReplica[i] = 1
    ;(children[parent] ??= []).push(i)
    if (models[parent]?.areaId !== m.areaId) index.replicated[parent] = 1
  })
  // Post-order over each tree: a model's count is the sum of (1 + count) over its replicas.
  const state = new Uint8Array(models.length) // 0 new, 1 on the stack, 2 done
  const cursor = new Int32Array(models.length)
  for (let root = 0; root < models.length; root++) {
    if (state[root] !== 0) continue
    const stack = [root]
    state[root] = 1
    while (stack.length > 0) {
      const top = stack[stack.length - 1] ?? 0
      const kids = children[top] ?? none
      const next = kids[cursor[top] ?? 0]
      if (next !== undefined) {
        cursor[top] = (cursor[top] ?? 0) + 1
        if (state[next] === 0) {
          state[next] = 1
          stack.push(next)
        }
        continue
      }
      stack.pop()
      state[top] = 2
      let count = 0
      for (const c of kids) if (state[c] === 2) count += 1 + (index.descendantCount[c] ?? 0)
      index.descendantCount[top] = count
    }
  }
  return (i) => children[i] ?? none
}

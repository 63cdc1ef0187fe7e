import type {
  Bundle,
  HistoryEntry,
  Measurement,
  Me,
  Model,
  Movement,
  Programme,
  Target,
  Unit,
} from '@/api/schemas'
import { createAreaTree, type AreaTree } from './area-tree'
import { createModelIndex, type ModelIndex } from './model-index'
import { DEFAULT_USER_ID, mockUsers } from './mock-users'

export type Db = ReturnType<typeof createDb>

/**
 * The mock backend's in-memory store over one dataset bundle. Areas, units,
 * movements, programmes and targets are static; measurements and models live
 * in Maps that the write endpoints update through `putMeasurement` /
 * `putModel` (which keep the indexes right). Records are never mutated in
 * place: a write stores a new object with `version + 1`.
 *
 * `currentUserId` is who `GET /me` answers with; it starts as the admin
 * (scope: province 74) so every page shows its write actions.
 */
export function createDb(bundle: Bundle) {
  const areas: AreaTree = createAreaTree(bundle.areas)
  const units = new Map<string, Unit>(bundle.units.map((u) => [u.id, u]))
  const movements = new Map<string, Movement>(bundle.movements.map((m) => [m.id, m]))
  const programmes = new Map<string, Programme>(bundle.programmes.map((p) => [p.id, p]))
  const indicatorProgramme = new Map<string, string>()
  for (const p of bundle.programmes)
    for (const i of p.indicators) indicatorProgramme.set(i.id, p.id)
  const targets: readonly Target[] = bundle.targets

  const measurements = new Map<string, Measurement>(bundle.measurements.map((m) => [m.id, m]))
  const history = new Map<string, HistoryEntry[]>()

  const models = new Map<string, Model>(bundle.models.map((m) => [m.id, m]))
  const replicas = new Map<string, string[]>()
  const addReplica = (model: Model) => {
    if (!model.replicatedFromId) return
    const list = replicas.get(model.replicatedFromId)
    if (list) list.push(model.id)
    else replicas.set(model.replicatedFromId, [model.id])
  }
  for (const model of models.values()) addReplica(model)

  let modelIndex: ModelIndex | undefined

  const db = {
    areas,
    units,
    movements,
    programmes,
    targets,
    measurements,
    models,
    users: mockUsers,
    currentUserId: DEFAULT_USER_ID as string,
    /** Counts measurement writes: answers computed from measurements may be cached against it. */
    measurementRevision: 0,

    currentUser(): Me | undefined {
      return mockUsers.find((u) => u.id === db.currentUserId)
    },

    /** The programme an indicator belongs to. */
    programmeOfIndicator(indicatorId: string): string | undefined {
      return indicatorProgramme.get(indicatorId)
    },

    /** The models copied directly from `sourceId`, in insertion order. */
    replicasOf(sourceId: string): Model[] {
      return (replicas.get(sourceId) ?? []).flatMap((id) => models.get(id) ?? [])
    },

    /** The precomputed query index over all models (rebuilt after a model write). */
    modelIndex(): ModelIndex {
      modelIndex ??= createModelIndex(models.values(), areas, (unitId) => units.get(unitId)?.type)
      return modelIndex
    },

    /** Every recorded change of a measurement, oldest first. */
    historyOf(measurementId: string): HistoryEntry[] {
      const recorded = history.get(measurementId)
      if (recorded) return recorded
      const m = measurements.get(measurementId)
      return m ? [createdEntry(m)] : []
    },

    /** Stores a new or changed measurement and appends its history entry. */
    putMeasurement(next: Measurement, entry: HistoryEntry): void {
      const past = db.historyOf(next.id)
      measurements.set(next.id, next)
      history.set(next.id, [...past, entry])
      db.measurementRevision++
    },

    /** Stores a new or changed model; the query index is rebuilt on next use. */
    putModel(next: Model): void {
      const previous = models.get(next.id)
      if (previous?.replicatedFromId && previous.replicatedFromId !== next.replicatedFromId) {
        const list = replicas.get(previous.replicatedFromId)
        if (list)
          replicas.set(
            previous.replicatedFromId,
            list.filter((id) => id !== next.id),
          )
      }
      models.set(next.id, next)
      if (next.replicatedFromId !== previous?.replicatedFromId) addReplica(next)
      modelIndex = undefined
    },
  }
  return db
}

function createdEntry(m: Measurement): HistoryEntry {
  const changes: HistoryEntry['changes'] = [{ field: 'value', old: null, new: m.value }]
  if (m.numerator !== undefined) changes.push({ field: 'numerator', old: null, new: m.numerator })
  if (m.denominator !== undefined)
    changes.push({ field: 'denominator', old: null, new: m.denominator })
  changes.push({ field: 'status', old: null, new: m.status })
  return { at: m.reportedAt, by: m.reportedBy, action: 'created', changes }
}

import type { Model } from '@/api/schemas'

export type Lineage = { ancestors: Model[]; descendants: Model[] }

/**
 * A model's replication lineage through `replicatedFromId`: ancestors nearest first,
 * descendants breadth first (siblings in list order). Each model appears at most once and never
 * the model itself, so a cycle in the data ends the walk instead of looping. Unknown id: empty.
 */
export const lineage = (models: Model[], id: string): Lineage => {
  const byId = new Map(models.map((model) => [model.id, model]))
  if (!byId.has(id)) return { ancestors: [], descendants: [] }

  const ancestors: Model[] = []
  const seenUp = new Set([id])
  let parentId = byId.get(id)?.replicatedFromId
  while (parentId !== undefined && !seenUp.has(parentId)) {
    const parent = byId.get(parentId)
    if (!parent) break
    ancestors.push(parent)
    seenUp.add(parentId)
    parentId = parent.replicatedFromId
  }

  const copiesOf = new Map<string, Model[]>()
  for (const model of models) {
    if (model.replicatedFromId === undefined) continue
    const copies = copiesOf.get(model.replicatedFromId)
    if (copies) copies.push(model)
    else copiesOf.set(model.replicatedFromId, [model])
  }
  const descendants: Model[] = []
  const seenDown = new Set([id])
  const queue = [id]
  for (let i = 0; i < queue.length; i++) {
    for (const copy of copiesOf.get(queue[i] as string) ?? []) {
      if (seenDown.has(copy.id)) continue
      seenDown.add(copy.id)
      descendants.push(copy)
      queue.push(copy.id)
    }
  }
  return { ancestors, descendants }
}

/** The number of distinct areas a set of models covers (a model's reach: itself + descendants). */
export const reach = (models: Pick<Model, 'areaId'>[]): number =>
  new Set(models.map((model) => model.areaId)).size

/** The reach of a model's replication tree: distinct areas of the model and its descendants. */
export const reachOf = (models: Model[], id: string): number => {
  const self = models.find((model) => model.id === id)
  return self ? reach([self, ...lineage(models, id).descendants]) : 0
}

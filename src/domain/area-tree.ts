import type { Area } from '@/api/schemas'

/**
 * The administrative hierarchy (province → district → commune) of a dataset.
 * `childrenOf(null)` are the roots. The arrays handed out are shared: do not mutate them.
 */
export type AreaTree = {
  byId: Map<string, Area>
  childrenOf: (id: string | null) => Area[]
  roots: Area[]
}

const collator = new Intl.Collator('vi')
const byName = (a: Area, b: Area) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)

/**
 * Builds the tree; children are sorted by their Vietnamese name.
 * An area whose parent is not in the list (a partial dataset) becomes a root, and so does an
 * area on a `parentId` cycle (invalid data must not make the roll-up recurse for ever).
 */
export const buildAreaTree = (areas: Area[]): AreaTree => {
  const byId = new Map(areas.map((area) => [area.id, area]))

  const onCycle = (area: Area) => {
    const seen = new Set<string>()
    let parentId = area.parentId
    while (parentId !== null && !seen.has(parentId)) {
      if (parentId === area.id) return true
      seen.add(parentId)
      parentId = byId.get(parentId)?.parentId ?? null
    }
    return false
  }

  const children = new Map<string | null, Area[]>()
  for (const area of byId.values()) {
    const parentId =
      area.parentId !== null && byId.has(area.parentId) && !onCycle(area) ? area.parentId : null
    const siblings = children.get(parentId)
    if (siblings) siblings.push(area)
    else children.set(parentId, [area])
  }
  for (const siblings of children.values()) siblings.sort(byName)

  const none: Area[] = []
  return {
    byId,
    childrenOf: (id) => children.get(id) ?? none,
    roots: children.get(null) ?? none,
  }
}

const trees = new WeakMap<Area[], AreaTree>()

/**
 * The tree of a list of areas, built once per list however many parts of the page ask: a
 * loaded list stays the same array until it is loaded again. A country has ~10,000 areas.
 */
export const areaTreeOf = (areas: Area[]): AreaTree => {
  let tree = trees.get(areas)
  if (!tree) trees.set(areas, (tree = buildAreaTree(areas)))
  return tree
}

/** The area and its ancestors, root first (a breadcrumb); [] for an unknown id. */
export const ancestorsOf = (tree: AreaTree, areaId: string): Area[] => {
  const path: Area[] = []
  const seen = new Set<string>()
  let area = tree.byId.get(areaId)
  while (area && !seen.has(area.id)) {
    path.push(area)
    seen.add(area.id)
    if (tree.roots.includes(area)) break
    area = area.parentId === null ? undefined : tree.byId.get(area.parentId)
  }
  return path.reverse()
}

/** The area itself and every area below it (depth first, in name order); [] for an unknown id. */
export const descendantIds = (tree: AreaTree, areaId: string): string[] => {
  if (!tree.byId.has(areaId)) return []
  const ids: string[] = []
  const seen = new Set<string>()
  const stack = [areaId]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    ids.push(id)
    const children = tree.childrenOf(id)
    for (let i = children.length - 1; i >= 0; i--) stack.push((children[i] as Area).id)
  }
  return ids
}

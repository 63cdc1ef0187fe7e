import type { Area } from '@/api/schemas'

interface AreaNode {
  area: Area
  /** Pre-order position: an area's subtree is the positions [enter, exit). */
  enter: number
  exit: number
  /** The ids from the root down to this area, itself included. */
  path: string[]
  children: Area[]
}

export interface AreaTree {
  roots: Area[]
  get(id: string): Area | undefined
  has(id: string): boolean
  all(): Area[]
  childrenOf(id: string): Area[]
  /** The area itself and every area below it, in pre-order. */
  subtreeOf(id: string): Area[]
  /** The area at a pre-order position. */
  atPosition(position: number): Area | undefined
  /** The number of areas. */
  size: number
  /** Pre-order position of an area (-1 when unknown). */
  positionOf(id: string): number
  /** The [enter, exit) pre-order range of an area's subtree ([0, 0) when unknown). */
  rangeOf(id: string): readonly [number, number]
  /** Whether `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): boolean
  /** The ids from the root down to the area, itself included. */
  pathOf(id: string): readonly string[]
  depthOf(id: string): number
}

/** Indexes a static list of areas as a tree (areas never change at run time). */
export function createAreaTree(areas: readonly Area[]): AreaTree {
  const nodes = new Map<string, AreaNode>()
  for (const area of areas)
    nodes.set(area.id, { area, enter: -1, exit: -1, path: [], children: [] })
  const roots: Area[] = []
  for (const area of areas) {
    const parent = area.parentId === null ? undefined : nodes.get(area.parentId)
    if (parent) parent.children.push(area)
    else roots.push(area)
  }
  const order: Area[] = []
  const visit = (node: AreaNode, parentPath: string[]) => {
    if (node.enter !== -1) return // a cycle: parseBundle does not rule one out
    node.enter = order.length
    node.path = [...parentPath, node.area.id]
    order.push(node.area)
    for (const child of node.children) {
      const childNode = nodes.get(child.id)
      if (childNode) visit(childNode, node.path)
    }
    node.exit = order.length
  }
  for (const root of roots) {
    const node = nodes.get(root.id)
    if (node) visit(node, [])
  }
  // Areas caught in a parent cycle are unreachable from any root: give them a place anyway.
  for (const node of nodes.values()) {
    if (node.enter === -1) {
      roots.push(node.area)
      visit(node, [])
    }
  }

  const empty = [0, 0] as const
  return {
    roots,
    get: (id) => nodes.get(id)?.area,
    has: (id) => nodes.has(id),
    all: () => areas.slice(),
    childrenOf: (id) => nodes.get(id)?.children.slice() ?? [],
    subtreeOf: (id) => {
      const node = nodes.get(id)
      return node ? order.slice(node.enter, node.exit) : []
    },
    atPosition: (position) => order[position],
    size: order.length,
    positionOf: (id) => nodes.get(id)?.enter ?? -1,
    rangeOf: (id) => {
      const node = nodes.get(id)
      return node ? [node.enter, node.exit] : empty
    },
    isWithin: (id, ancestorId) => {
      const node = nodes.get(id)
      const ancestor = nodes.get(ancestorId)
      return !!node && !!ancestor && node.enter >= ancestor.enter && node.enter < ancestor.exit
    },
    pathOf: (id) => nodes.get(id)?.path ?? [],
    depthOf: (id) => (nodes.get(id)?.path.length ?? 0) - 1,
  }
}

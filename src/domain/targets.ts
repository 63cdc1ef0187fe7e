import type { Area, Indicator, Programme, Target } from '@/api/schemas'
import { ancestorsOf, type AreaTree } from './area-tree'

/** The target that applies to an area for a year, and the area it was set for. */
export type ResolvedTarget = {
  value: number
  year: number
  fromAreaId: string
  inherited: boolean
}

const keyOf = (indicatorId: string, areaId: string, year: number) =>
  `${indicatorId}\u0000${areaId}\u0000${year}`

// One lookup map per targets array (query data are immutable): lookups stay O(1) when a page
// resolves the targets of thousands of areas. If a key repeats, the last target in the list wins.
const indexes = new WeakMap<Target[], Map<string, Target>>()

const ownTarget = (targets: Target[], indicatorId: string, areaId: string, year: number) => {
  let index = indexes.get(targets)
  if (!index) {
    index = new Map(targets.map((t) => [keyOf(t.indicatorId, t.areaId, t.year), t]))
    indexes.set(targets, index)
  }
  return index.get(keyOf(indicatorId, areaId, year))
}

/**
 * The area's own target for the year; failing that, for `ratio` and `mean` indicators, the
 * nearest ancestor's target for that year (98 % of households is 98 % in every district).
 * A `sum` target is never inherited: only a target allocated to the area itself counts.
 */
export const resolveTarget = (
  indicator: Indicator,
  tree: AreaTree,
  targets: Target[],
  areaId: string,
  year: number,
): ResolvedTarget | undefined => {
  const own = ownTarget(targets, indicator.id, areaId, year)
  if (own) return { value: own.value, year, fromAreaId: areaId, inherited: false }
  if (indicator.aggregation === 'sum') return undefined
  const ancestors = ancestorsOf(tree, areaId).slice(0, -1).reverse()
  for (const ancestor of ancestors) {
    const target = ownTarget(targets, indicator.id, ancestor.id, year)
    if (target) return { value: target.value, year, fromAreaId: ancestor.id, inherited: true }
  }
  return undefined
}

/** The target for the programme's end year. */
export const targetOf = (
  programme: Programme,
  indicator: Indicator,
  tree: AreaTree,
  targets: Target[],
  areaId: string,
): ResolvedTarget | undefined => resolveTarget(indicator, tree, targets, areaId, programme.endYear)

/**
 * The milestone target for a year before the programme's end year. A milestone is never taken
 * from further up the tree than the end-year target it leads to: a district with its own 2025
 * target of 50 must not be measured against the province's 2023 milestone of 90.
 */
export const milestoneOf = (
  programme: Programme,
  indicator: Indicator,
  tree: AreaTree,
  targets: Target[],
  areaId: string,
  year: number,
): ResolvedTarget | undefined => {
  if (year >= programme.endYear) return undefined
  const milestone = resolveTarget(indicator, tree, targets, areaId, year)
  if (!milestone?.inherited) return milestone
  const end = targetOf(programme, indicator, tree, targets, areaId)
  if (!end) return milestone
  const path = ancestorsOf(tree, areaId).map((area) => area.id)
  return path.indexOf(milestone.fromAreaId) < path.indexOf(end.fromAreaId) ? undefined : milestone
}

export type AllocationCheck = {
  parentTarget?: number
  childrenTotal: number
  /** childrenTotal − parentTarget (a missing parent target counts as 0). */
  difference: number
  childrenWithoutTarget: Area[]
  consistent: boolean
}

/**
 * Do the children's allocated targets add up to the area's own target? Meaningful for `sum`
 * indicators only (ratio and mean targets do not add up). Consistent when every child has a
 * target and they add up to the parent's (an explicit 0 says "nothing allocated here"), when
 * nothing at all is allocated, or when the area has no children.
 */
export const allocationCheck = (
  indicator: Indicator,
  tree: AreaTree,
  targets: Target[],
  areaId: string,
  year: number,
): AllocationCheck => {
  const parentTarget = ownTarget(targets, indicator.id, areaId, year)?.value
  const children = tree.childrenOf(areaId)
  let childrenTotal = 0
  const childrenWithoutTarget: Area[] = []
  for (const child of children) {
    const target = ownTarget(targets, indicator.id, child.id, year)
    if (target) childrenTotal += target.value
    else childrenWithoutTarget.push(child)
  }
  const difference = childrenTotal - (parentTarget ?? 0)
  const nothingAllocated =
    parentTarget === undefined && childrenWithoutTarget.length === children.length
  const addsUp =
    parentTarget !== undefined &&
    childrenWithoutTarget.length === 0 &&
    Math.abs(difference) <= 1e-9 * Math.max(1, Math.abs(parentTarget))
  return {
    ...(parentTarget !== undefined && { parentTarget }),
    childrenTotal,
    difference,
    childrenWithoutTarget,
    consistent: children.length === 0 || nothingAllocated || addsUp,
  }
}

/**
 * The value expected in `year`: the milestone if there is one, else the straight line from the
 * baseline B (year y0) to the target T (year yT), B + (T − B)(y − y0)/(yT − y0), held at B
 * before y0 and at T from yT on.
 */
export const expectedValue = ({
  baseline,
  baselineYear,
  target,
  targetYear,
  year,
  milestone,
}: {
  baseline: number
  baselineYear: number
  target: number
  targetYear: number
  year: number
  milestone?: number
}): number => {
  if (milestone !== undefined) return milestone
  if (year >= targetYear) return target
  if (year <= baselineYear) return baseline
  return baseline + ((target - baseline) * (year - baselineYear)) / (targetYear - baselineYear)
}

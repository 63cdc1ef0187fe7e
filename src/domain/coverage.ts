import type { Area, Indicator, Measurement } from '@/api/schemas'
import { descendantIds, type AreaTree } from './area-tree'
import type { MeasurementIndex } from './measurement-index'

/**
 * Data coverage, kept apart from progress ("no data" is not "off track"). The areas expected to
 * report are the leaves of the subtree (the communes; the area itself when it has no children).
 * A leaf's report counts when it has its own measurement for the indicator and year.
 */
export type CoverageCell = {
  expected: number
  reported: number
  verified: number
  submitted: number
  draft: number
  /** Leaves without a report, in name order. */
  missingAreaIds: string[]
}

/** The areas that report figures for an area: the leaves below it (or the area itself). */
export const reportingAreas = (tree: AreaTree, areaId: string): Area[] =>
  descendantIds(tree, areaId)
    .filter((id) => tree.childrenOf(id).length === 0)
    .map((id) => tree.byId.get(id) as Area)

const emptyCell = (expected: number): CoverageCell => ({
  expected,
  reported: 0,
  verified: 0,
  submitted: 0,
  draft: 0,
  missingAreaIds: [],
})

const count = (cell: CoverageCell, areaId: string, m: Measurement | undefined) => {
  if (!m) {
    cell.missingAreaIds.push(areaId)
    return
  }
  cell.reported += 1
  cell[m.status] += 1
}

/** indicator id → year → coverage of the area's reporting leaves. */
export const coverageMatrix = (
  indicators: Indicator[],
  tree: AreaTree,
  index: MeasurementIndex,
  areaId: string,
  years: number[],
): Map<string, Map<number, CoverageCell>> => {
  const leaves = reportingAreas(tree, areaId)
  const matrix = new Map<string, Map<number, CoverageCell>>()
  for (const indicator of indicators) {
    const byYear = new Map<number, CoverageCell>()
    for (const year of years) {
      const cell = emptyCell(leaves.length)
      for (const leaf of leaves) count(cell, leaf.id, index.get(indicator.id, leaf.id, year))
      byYear.set(year, cell)
    }
    matrix.set(indicator.id, byYear)
  }
  return matrix
}

export type ChildCoverage = CoverageCell & {
  area: Area
  /** The missing reports: which leaf lacks which indicator. */
  missing: { areaId: string; indicatorId: string }[]
}

/**
 * For one year: each child of the area (or the area itself when it has none) with the reports of
 * its leaves over all indicators — expected = leaves × indicators.
 */
export const coverageByChild = (
  indicators: Indicator[],
  tree: AreaTree,
  index: MeasurementIndex,
  areaId: string,
  year: number,
): ChildCoverage[] => {
  const area = tree.byId.get(areaId)
  if (!area) return []
  const children = tree.childrenOf(areaId)
  return (children.length > 0 ? children : [area]).map((child) => {
    const leaves = reportingAreas(tree, child.id)
    const row: ChildCoverage = {
      ...emptyCell(leaves.length * indicators.length),
      area: child,
      missing: [],
    }
    for (const leaf of leaves) {
      for (const indicator of indicators) {
        const m = index.get(indicator.id, leaf.id, year)
        if (m) {
          row.reported += 1
          row[m.status] += 1
        } else {
          row.missing.push({ areaId: leaf.id, indicatorId: indicator.id })
          if (!row.missingAreaIds.includes(leaf.id)) row.missingAreaIds.push(leaf.id)
        }
      }
    }
    return row
  })
}

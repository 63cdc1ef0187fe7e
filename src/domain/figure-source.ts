import type { Indicator } from '@/api/schemas'
import type { AreaTree } from './area-tree'
import type { MeasurementIndex } from './measurement-index'
import { rollUp, type Figure } from './roll-up'

/** Where an assessment finds the figure of an indicator for an area and a year. */
export type FigureSource = (
  indicator: Indicator,
  areaId: string,
  year: number,
) => Figure | undefined

/** Figures rolled up in the browser from the measurements of the area's subtree. */
export const rolledUp =
  (tree: AreaTree, index: MeasurementIndex): FigureSource =>
  (indicator, areaId, year) =>
    rollUp(indicator, tree, index, areaId, year)

/** A figure the server already rolled up (`GET /measurements/figures`), with its key. */
export type KeyedFigure = Figure & { indicatorId: string; areaId: string; year: number }

/** Figures the server rolled up by the same rule: a lookup, no arithmetic in the browser. */
export const fromFigures = (figures: KeyedFigure[]): FigureSource => {
  const byKey = new Map<string, Figure>()
  for (const { indicatorId, areaId, year, ...figure } of figures)
    byKey.set(`${indicatorId}|${areaId}|${year}`, figure)
  return (indicator, areaId, year) => byKey.get(`${indicator.id}|${areaId}|${year}`)
}

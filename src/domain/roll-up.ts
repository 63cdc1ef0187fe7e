import type { Indicator } from '@/api/schemas'
import type { AreaTree } from './area-tree'
import type { MeasurementIndex } from './measurement-index'

/** A figure for one indicator, area and year, with where it came from. */
export type Figure = {
  value: number
  numerator?: number
  denominator?: number
  source: 'own' | 'roll-up'
  /** Children that had a figure (empty for an own measurement: children are not consulted). */
  contributingAreaIds: string[]
  /** Children without a usable figure. */
  missingAreaIds: string[]
}

/** A figure rolled up in the browser, which also knows every measurement behind it (provenance). */
export type TracedFigure = Figure & { measurementIds: string[] }

/**
 * The figure of an area for a year (DOMAIN.md, "Roll-up"): the area's own measurement if it
 * has one; otherwise its children's figures, recursively:
 * - `sum` adds the values;
 * - `ratio` adds numerators and denominators and divides (× 100), never averaging percentages.
 *   A child figure without numerator and denominator cannot be added and counts as missing;
 * - `mean` weights by denominator when every contributing child has one (the parent then carries
 *   the summed denominator, so the next level up weights correctly), else a plain mean.
 * undefined when there is neither an own measurement nor any child figure.
 *
 * Each call visits every area of the subtree once (no area is reached twice in a tree), so a
 * 10,000-commune country costs one pass; the recursion is only as deep as the tree.
 */
export const rollUp = (
  indicator: Indicator,
  tree: AreaTree,
  index: MeasurementIndex,
  areaId: string,
  year: number,
): TracedFigure | undefined => {
  if (!tree.byId.has(areaId)) return undefined
  const figureOf = (id: string): TracedFigure | undefined => {
    const own = index.get(indicator.id, id, year)
    if (own) {
      return {
        value: own.value,
        ...(own.numerator !== undefined && { numerator: own.numerator }),
        ...(own.denominator !== undefined && { denominator: own.denominator }),
        source: 'own',
        measurementIds: [own.id],
        contributingAreaIds: [],
        missingAreaIds: [],
      }
    }
    const parts: TracedFigure[] = []
    const contributingAreaIds: string[] = []
    const missingAreaIds: string[] = []
    for (const child of tree.childrenOf(id)) {
      const figure = figureOf(child.id)
      if (figure && usable(indicator, figure)) {
        parts.push(figure)
        contributingAreaIds.push(child.id)
      } else {
        missingAreaIds.push(child.id)
      }
    }
    if (parts.length === 0) return undefined
    return {
      ...combine(indicator, parts),
      source: 'roll-up',
      measurementIds: parts.flatMap((part) => part.measurementIds),
      contributingAreaIds,
      missingAreaIds,
    }
  }
  return figureOf(areaId)
}

/** The figures of one area over several years; years without a figure are left out. */
export const rollUpSeries = (
  indicator: Indicator,
  tree: AreaTree,
  index: MeasurementIndex,
  areaId: string,
  years: number[],
): Map<number, TracedFigure> => {
  const series = new Map<number, TracedFigure>()
  for (const year of years) {
    const figure = rollUp(indicator, tree, index, areaId, year)
    if (figure) series.set(year, figure)
  }
  return series
}

const usable = (indicator: Indicator, figure: Figure) =>
  indicator.aggregation !== 'ratio' ||
  (figure.numerator !== undefined && figure.denominator !== undefined && figure.denominator > 0)

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0)

const combine = (
  indicator: Indicator,
  parts: Figure[],
): Pick<Figure, 'value' | 'numerator' | 'denominator'> => {
  switch (indicator.aggregation) {
    case 'sum':
      return { value: total(parts.map((part) => part.value)) }
    case 'ratio': {
      // usable() let in only parts with a numerator and a positive denominator
      const numerator = total(parts.map((part) => part.numerator ?? 0))
      const denominator = total(parts.map((part) => part.denominator ?? 0))
      // × 100 first keeps whole counts exact: 290 × 100 / 500 is 58, 290 / 500 × 100 is 57.99…
      return { value: (numerator * 100) / denominator, numerator, denominator }
    }
    case 'mean': {
      const weights = parts.map((part) => part.denominator)
      if (weights.every((weight): weight is number => weight !== undefined && weight > 0)) {
        const denominator = total(weights)
        const weighted = total(parts.map((part, i) => part.value * (weights[i] as number)))
        return { value: weighted / denominator, denominator }
      }
      return { value: total(parts.map((part) => part.value)) / parts.length }
    }
  }
}

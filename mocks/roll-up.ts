import type { Indicator, Measurement } from '@/api/schemas'
import type { AreaTree } from './area-tree'

/** What the server answers for one indicator, area and year (`GET /measurements/figures`). */
export type ServerFigure = {
  indicatorId: string
  areaId: string
  year: number
  value: number
  numerator?: number
  denominator?: number
  source: 'own' | 'roll-up'
  contributingAreaIds: string[]
  missingAreaIds: string[]
}

type Part = Pick<ServerFigure, 'value' | 'numerator' | 'denominator'>

/**
 * The server's own roll-up (DOMAIN.md, "Roll-up"), written apart from the browser's
 * src/domain/roll-up.ts as a real backend would be; a test holds the two to the same answers.
 * `own(areaId)` is the area's measurement for the indicator and year, if any.
 */
export function rollUpOnServer(
  indicator: Indicator,
  tree: AreaTree,
  own: (areaId: string) => Measurement | undefined,
  areaId: string,
  year: number,
): ServerFigure | undefined {
  const key = { indicatorId: indicator.id, areaId, year }
  const m = own(areaId)
  if (m) {
    const { value, numerator, denominator } = m
    return {
      ...key,
      value,
      ...(numerator !== undefined && { numerator }),
      ...(denominator !== undefined && { denominator }),
      source: 'own',
      contributingAreaIds: [],
      missingAreaIds: [],
    }
  }
  const parts: Part[] = []
  const contributingAreaIds: string[] = []
  const missingAreaIds: string[] = []
  for (const child of tree.childrenOf(areaId)) {
    const figure = rollUpOnServer(indicator, tree, own, child.id, year)
    const usable =
      figure &&
      (indicator.aggregation !== 'ratio' ||
        (figure.numerator !== undefined && (figure.denominator ?? 0) > 0))
    if (figure && usable) {
      parts.push(figure)
      contributingAreaIds.push(child.id)
    } else missingAreaIds.push(child.id)
  }
  if (parts.length === 0) return undefined
  return {
    ...key,
    ...combine(indicator, parts),
    source: 'roll-up',
    contributingAreaIds,
    missingAreaIds,
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

function combine(indicator: Indicator, parts: Part[]): Part {
  if (indicator.aggregation === 'sum') return { value: sum(parts.map((p) => p.value)) }
  if (indicator.aggregation === 'ratio') {
    const numerator = sum(parts.map((p) => p.numerator ?? 0))
    const denominator = sum(parts.map((p) => p.denominator ?? 0))
    return { value: (numerator * 100) / denominator, numerator, denominator }
  }
  const weights = parts.map((p) => p.denominator ?? 0)
  if (weights.every((w) => w > 0)) {
    const denominator = sum(weights)
    return {
      value: sum(parts.map((p, i) => p.value * (weights[i] ?? 0))) / denominator,
      denominator,
    }
  }
  return { value: sum(parts.map((p) => p.value)) / parts.length }
}

import type { Indicator } from '@/api/schemas'
import { areaById, bundle, subtreeIds } from './bundle'

/**
 * Figures computed straight from the bundle, independently of src/domain, for integration tests
 * of the target pages. Only communes report in the default dataset, so a figure is the
 * aggregation of the commune measurements in the area's subtree.
 */
export const programme = bundle.programmes[0]!
export const indicatorById = (id: string): Indicator => {
  const indicator = programme.indicators.find((i) => i.id === id)
  if (!indicator) throw new Error(`No indicator ${id}`)
  return indicator
}

export function figureOf(indicator: Indicator, areaId: string, year: number) {
  const ids = subtreeIds(areaId)
  const rows = bundle.measurements.filter(
    (m) => m.indicatorId === indicator.id && m.year === year && ids.has(m.areaId),
  )
  if (rows.length === 0) return undefined
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  if (indicator.aggregation === 'sum') return { value: sum(rows.map((m) => m.value)) }
  const numerator = sum(rows.map((m) => m.numerator ?? 0))
  const denominator = sum(rows.map((m) => m.denominator ?? 0))
  if (indicator.aggregation === 'ratio')
    return { value: (numerator * 100) / denominator, numerator, denominator }
  // mean, weighted by respondents (every commune of the default data has a denominator)
  return { value: sum(rows.map((m) => m.value * (m.denominator ?? 0))) / denominator }
}

/** The latest figure from the programme's start year up to `asOf`. */
export function latestOf(indicator: Indicator, areaId: string, asOf: number) {
  for (let year = asOf; year >= programme.startYear; year--) {
    const figure = figureOf(indicator, areaId, year)
    if (figure) return { ...figure, year }
  }
  return undefined
}

/** The end-year target: the area's own, else (ratio and mean only) the nearest ancestor's. */
export function targetOf(indicator: Indicator, areaId: string) {
  let id: string | null = areaId
  while (id !== null) {
    const own = bundle.targets.find(
      (t) => t.indicatorId === indicator.id && t.areaId === id && t.year === programme.endYear,
    )
    if (own) return own.value
    if (indicator.aggregation === 'sum') return undefined
    id = areaById(id).parentId
  }
  return undefined
}

export function attainmentOf(indicator: Indicator, areaId: string, asOf: number) {
  const actual = latestOf(indicator, areaId, asOf)
  const target = targetOf(indicator, areaId)
  if (!actual || target === undefined) return undefined
  return indicator.direction === 'increase' ? actual.value / target : target / actual.value
}

const locales = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' } as const
export const formatters = (lng: keyof typeof locales = 'vi') => {
  const locale = locales[lng]
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return {
    ratio: (v: number) => ratio.format(v),
    integer: (v: number) => integer.format(v),
    value: (indicator: Indicator, v: number) =>
      indicator.unit === 'percent'
        ? percent.format(v / 100)
        : indicator.unit === 'count'
          ? integer.format(v)
          : one.format(v),
  }
}

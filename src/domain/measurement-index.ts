import type { Measurement } from '@/api/schemas'

/** Constant-time lookup of the measurement of one indicator, area and year. */
export type MeasurementIndex = {
  get: (indicatorId: string, areaId: string, year: number) => Measurement | undefined
  /** The years with a measurement, ascending. */
  yearsOf: (indicatorId: string, areaId: string) => number[]
}

/** Does `a` supersede `b`? Higher version, then later report, then later in the list. */
const supersedes = (a: Measurement, b: Measurement) =>
  a.version !== b.version
    ? a.version > b.version
    : Date.parse(a.reportedAt) >= Date.parse(b.reportedAt)

/**
 * Indexes measurements by indicator, area and year. When several records share a key the latest
 * wins (highest `version`, then latest `reportedAt`, then the last in the list). Which statuses
 * count (draft / submitted / verified) is the caller's choice: filter before indexing.
 */
export const indexMeasurements = (measurements: Measurement[]): MeasurementIndex => {
  const byIndicator = new Map<string, Map<string, Map<number, Measurement>>>()
  for (const m of measurements) {
    let byArea = byIndicator.get(m.indicatorId)
    if (!byArea) byIndicator.set(m.indicatorId, (byArea = new Map()))
    let byYear = byArea.get(m.areaId)
    if (!byYear) byArea.set(m.areaId, (byYear = new Map()))
    const current = byYear.get(m.year)
    if (!current || supersedes(m, current)) byYear.set(m.year, m)
  }
  const yearsOf = (indicatorId: string, areaId: string) => {
    const byYear = byIndicator.get(indicatorId)?.get(areaId)
    return byYear ? [...byYear.keys()].sort((a, b) => a - b) : []
  }
  return {
    get: (indicatorId, areaId, year) => byIndicator.get(indicatorId)?.get(areaId)?.get(year),
    yearsOf,
  }
}

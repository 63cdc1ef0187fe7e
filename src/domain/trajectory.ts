import type { Programme, Target } from '@/api/schemas'
import type { AreaTree } from './area-tree'
import type { IndicatorAssessment } from './assess-indicator'
import { expectedValue, milestoneOf, type ResolvedTarget } from './targets'

export type TrajectoryRow = {
  year: number
  /** The figure of the year (left out after the as-of year). */
  actual?: number
  /** The straight line from the baseline to the end-year target. */
  line?: number
  /** A milestone target set for this year. */
  milestone?: number
  /** The least-squares forecast, from the last actual year to the end year. */
  forecast?: number
}

/** The milestone targets (years before the end year) that apply to the area, by year. */
export const milestonesOf = (
  programme: Programme,
  assessment: IndicatorAssessment,
  tree: AreaTree,
  targets: Target[],
): ResolvedTarget[] => {
  const result: ResolvedTarget[] = []
  for (let year = programme.baselineYear + 1; year < programme.endYear; year++) {
    const m = milestoneOf(programme, assessment.indicator, tree, targets, assessment.areaId, year)
    if (m) result.push(m)
  }
  return result
}

/**
 * The rows of an indicator chart: actuals per year against the target trajectory (the straight
 * line from the baseline to the target, drawn only when both are known), milestones as points,
 * and the forecast extension.
 */
export const trajectoryRows = (
  programme: Programme,
  assessment: IndicatorAssessment,
  tree: AreaTree,
  targets: Target[],
): TrajectoryRow[] => {
  const { baseline, target, forecast } = assessment
  const milestones = new Map(
    milestonesOf(programme, assessment, tree, targets).map((m) => [m.year, m.value]),
  )
  const forecastAt = new Map((forecast?.line ?? []).map((p) => [p.year, p.value]))
  return assessment.series.map(({ year, value }) => {
    const line =
      baseline && target
        ? expectedValue({
            baseline: baseline.value,
            baselineYear: programme.baselineYear,
            target: target.value,
            targetYear: programme.endYear,
            year,
          })
        : undefined
    const milestone = milestones.get(year)
    const projected = forecastAt.get(year)
    return {
      year,
      ...(value !== undefined && { actual: value }),
      ...(line !== undefined && { line }),
      ...(milestone !== undefined && { milestone }),
      ...(projected !== undefined && { forecast: projected }),
    }
  })
}

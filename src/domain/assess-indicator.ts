import type { Indicator, Programme, Target } from '@/api/schemas'
import { attainment } from './attainment'
import type { AreaTree } from './area-tree'
import { forecast, type Forecast } from './forecast'
import { rolledUp, type FigureSource } from './figure-source'
import type { MeasurementIndex } from './measurement-index'
import { pace, type Pace } from './pace'
import type { Figure } from './roll-up'
import { assessStatus, type Status } from './status'
import { expectedValue, milestoneOf, targetOf, type ResolvedTarget } from './targets'

export type SeriesPoint = { year: number; value?: number; expected?: number; figure?: Figure }

export type IndicatorAssessment = {
  indicator: Indicator
  areaId: string
  asOfYear: number
  /** The figure at the programme's baseline year. */
  baseline?: Figure
  /** The latest figure at or before asOfYear within the programme's years. */
  actual?: Figure & { year: number }
  /** The target for the programme's end year. */
  target?: ResolvedTarget
  /** The milestone target for asOfYear, when asOfYear is before the end year. */
  milestone?: ResolvedTarget
  expected?: number
  /** actual against the end-year target (see attainment()). */
  attainment?: number
  status: Status
  ratio?: number
  forecast?: Forecast
  pace?: Pace
  /** baselineYear … endYear; figures after asOfYear are left out (an "as of" view). */
  series: SeriesPoint[]
}

export type AssessIndicatorInput = {
  programme: Programme
  indicator: Indicator
  /** For the targets (inherited down the tree) and, with `index`, the roll-up. */
  tree: AreaTree
  targets: Target[]
  areaId: string
  asOfYear: number
} & (
  | { /** Measurements of the area's subtree, rolled up here. */ index: MeasurementIndex }
  | { /** Figures the server rolled up. */ figures: FigureSource }
)

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/**
 * Everything a page shows about one indicator for one area as of a year: figures (rolled up),
 * targets (inherited where the rules allow), expected value, attainment, status, forecast, pace
 * and the yearly series. The status is `no-data` without an actual figure or without a target.
 */
export const assessIndicator = (input: AssessIndicatorInput): IndicatorAssessment => {
  const { programme, indicator, tree, targets, areaId, asOfYear } = input
  const { baselineYear, startYear, endYear } = programme
  const { direction } = indicator
  const source = 'figures' in input ? input.figures : rolledUp(tree, input.index)
  const figures = new Map<number, Figure | undefined>()
  const figureAt = (year: number) => {
    if (!figures.has(year)) figures.set(year, source(indicator, areaId, year))
    return figures.get(year)
  }

  const baseline = figureAt(baselineYear)
  const actualYear = range(startYear, Math.min(asOfYear, endYear))
    .reverse()
    .find((year) => figureAt(year) !== undefined)
  const actualFigure = actualYear === undefined ? undefined : figureAt(actualYear)
  const actual =
    actualYear !== undefined && actualFigure ? { ...actualFigure, year: actualYear } : undefined
  const target = targetOf(programme, indicator, tree, targets, areaId)
  const milestone = milestoneOf(programme, indicator, tree, targets, areaId, asOfYear)

  const expectedIn = (year: number) => {
    const yearMilestone = milestoneOf(programme, indicator, tree, targets, areaId, year)?.value
    if (!target || !baseline) return yearMilestone
    return expectedValue({
      baseline: baseline.value,
      baselineYear,
      target: target.value,
      targetYear: endYear,
      year,
      milestone: yearMilestone,
    })
  }
  const series = range(baselineYear, endYear).map((year): SeriesPoint => {
    const figure = year <= asOfYear ? figureAt(year) : undefined
    const expected = expectedIn(year)
    return {
      year,
      ...(figure && { value: figure.value, figure }),
      ...(expected !== undefined && { expected }),
    }
  })

  const points = series.flatMap(({ year, value }) => (value === undefined ? [] : [{ year, value }]))
  const trend = forecast(points, endYear, target?.value, direction)
  const assessment: IndicatorAssessment = {
    indicator,
    areaId,
    asOfYear,
    ...(baseline && { baseline }),
    ...(actual && { actual }),
    ...(target && { target }),
    ...(milestone && { milestone }),
    status: 'no-data',
    ...(trend && { forecast: trend }),
    series,
  }
  if (!target) return assessment

  const { status, expected, ratio } = assessStatus({
    direction,
    ...(baseline && { baseline: baseline.value }),
    baselineYear,
    target: target.value,
    targetYear: endYear,
    ...(actual && { actual: actual.value }),
    year: asOfYear,
    ...(milestone && { milestone: milestone.value }),
  })
  const attained = actual && attainment(direction, actual.value, target.value)
  return {
    ...assessment,
    status,
    ...(expected !== undefined && { expected }),
    ...(ratio !== undefined && { ratio }),
    ...(attained !== undefined && { attainment: attained }),
    ...(baseline &&
      actual && {
        pace: pace({
          baseline: baseline.value,
          baselineYear,
          actual: actual.value,
          actualYear: actual.year,
          target: target.value,
          targetYear: endYear,
          direction,
        }),
      }),
  }
}

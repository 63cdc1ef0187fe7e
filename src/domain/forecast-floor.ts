import type { IndicatorAssessment } from './assess-indicator'

/**
 * The figures of every indicator are non-negative (counts, percentages, VND, scores), but a
 * straight-line forecast of a falling count runs below zero ("−6 hotspots in 2025"). This holds
 * the projected value and the dashed extension at `floor` (0); whether the target is reached does
 * not change for a target at or above the floor.
 */
export const floorForecast = (assessment: IndicatorAssessment, floor = 0): IndicatorAssessment => {
  const { forecast } = assessment
  if (!forecast || (forecast.projected >= floor && forecast.line.every((p) => p.value >= floor)))
    return assessment
  return {
    ...assessment,
    forecast: {
      ...forecast,
      projected: Math.max(floor, forecast.projected),
      line: forecast.line.map((p) => ({ year: p.year, value: Math.max(floor, p.value) })),
    },
  }
}

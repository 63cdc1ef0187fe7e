import type { Direction } from '@/api/schemas'
import { hasReached } from './status'

export type Point = { year: number; value: number }

export type Forecast = {
  /** Change per year of the fitted line. */
  slope: number
  /** The fitted value at year 0 (value = intercept + slope × year). */
  intercept: number
  /** The fitted value at the target year. */
  projected: number
  /** Does the projection reach the target (≥ increase, ≤ decrease)? undefined without one. */
  reachesTarget?: boolean
  /**
   * Fitted values from the last actual year to the target year (a dashed chart extension);
   * empty when the target year is not after the last actual.
   */
  line: Point[]
}

/**
 * Least-squares line through the actuals, extended to the target year (DOMAIN.md, "Forecast").
 * undefined with fewer than two distinct years.
 */
export const forecast = (
  points: Point[],
  targetYear: number,
  target: number | undefined,
  direction: Direction,
): Forecast | undefined => {
  if (new Set(points.map((point) => point.year)).size < 2) return undefined
  const n = points.length
  const meanYear = points.reduce((sum, point) => sum + point.year, 0) / n
  const meanValue = points.reduce((sum, point) => sum + point.value, 0) / n
  let covariance = 0
  let variance = 0
  for (const { year, value } of points) {
    covariance += (year - meanYear) * (value - meanValue)
    variance += (year - meanYear) ** 2
  }
  const slope = covariance / variance
  // Evaluated around the mean year: values near 2025 stay exact, unlike intercept + slope × 2025.
  const at = (year: number) => meanValue + slope * (year - meanYear)
  const projected = at(targetYear)
  const lastYear = Math.max(...points.map((point) => point.year))
  const line: Point[] = []
  if (targetYear > lastYear) {
    for (let year = lastYear; year <= targetYear; year++) line.push({ year, value: at(year) })
  }
  return {
    slope,
    intercept: at(0),
    projected,
    ...(target !== undefined && { reachesTarget: hasReached(direction, projected, target) }),
    line,
  }
}

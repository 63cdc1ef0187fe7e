import type { Direction } from '@/api/schemas'
import { expectedValue } from './targets'

export const statuses = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const
export type Status = (typeof statuses)[number]

/** Progress ratio r from which an indicator is on track / at risk (below at-risk: off track). */
export const THRESHOLDS = { onTrack: 0.9, atRisk: 0.6 } as const

// Absorbs floating-point noise (29 / 100 × 100 is 28.999999999999996): far below any shown digit.
const EPSILON = 1e-9
const tolerance = (value: number) => EPSILON * Math.max(1, Math.abs(value))

/** Has `actual` reached `goal` in the indicator's direction? */
export const hasReached = (direction: Direction, actual: number, goal: number) =>
  direction === 'increase' ? actual >= goal - tolerance(goal) : actual <= goal + tolerance(goal)

export type StatusInput = {
  direction: Direction
  baseline?: number
  baselineYear: number
  target: number
  targetYear: number
  /** The latest figure at or before `year`. */
  actual?: number
  year: number
  /** The milestone target for `year`, if one is set. */
  milestone?: number
}

export type StatusAssessment = { status: Status; expected?: number; ratio?: number }

/**
 * DOMAIN.md, "Status": `no-data` without an actual; `achieved` once A has reached T (A ≥ T, or
 * A ≤ T for decrease); otherwise E is the milestone for y, else the straight line from B to T,
 * and r = (A − B)/(E − B): on-track r ≥ 0.9, at-risk 0.6 ≤ r < 0.9, off-track r < 0.6.
 * The formula mirrors itself for decrease (both differences are negative).
 *
 * Edge cases:
 * - A has reached E (but not T): on-track, whatever r says (covers E = B with A = B, and a
 *   milestone set below the baseline);
 * - E = B and A moved the wrong way from B: off-track, r undefined (nothing was expected yet,
 *   and the figure got worse);
 * - no baseline: no straight line can be drawn, so E is the milestone for y, else T itself, and
 *   r = A/E (decrease: E/A), i.e. progress measured from zero.
 */
export const assessStatus = ({
  direction,
  baseline,
  baselineYear,
  target,
  targetYear,
  actual,
  year,
  milestone,
}: StatusInput): StatusAssessment => {
  const expected =
    baseline === undefined
      ? (milestone ?? target)
      : expectedValue({ baseline, baselineYear, target, targetYear, year, milestone })
  if (actual === undefined) return { status: 'no-data', expected }

  const ratio = progressRatio(direction, actual, expected, baseline)
  const withRatio = ratio === undefined ? { expected } : { expected, ratio }
  if (hasReached(direction, actual, target)) return { status: 'achieved', ...withRatio }
  if (hasReached(direction, actual, expected)) return { status: 'on-track', ...withRatio }
  if (ratio === undefined) return { status: 'off-track', ...withRatio }
  if (ratio >= THRESHOLDS.onTrack - EPSILON) return { status: 'on-track', ...withRatio }
  if (ratio >= THRESHOLDS.atRisk - EPSILON) return { status: 'at-risk', ...withRatio }
  return { status: 'off-track', ...withRatio }
}

const progressRatio = (
  direction: Direction,
  actual: number,
  expected: number,
  baseline: number | undefined,
): number | undefined => {
  if (baseline === undefined) {
    const [top, bottom] = direction === 'increase' ? [actual, expected] : [expected, actual]
    return bottom === 0 ? undefined : top / bottom
  }
  return expected === baseline ? undefined : (actual - baseline) / (expected - baseline)
}

/** How many assessments have each status (every status present, 0 when none). */
export const summarizeStatuses = (assessments: { status: Status }[]): Record<Status, number> => {
  const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<Status, number>
  for (const { status } of assessments) counts[status] += 1
  return counts
}

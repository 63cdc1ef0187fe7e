import type { Direction } from '@/api/schemas'
import { hasReached } from './status'

export type PaceInput = {
  baseline: number
  baselineYear: number
  actual: number
  actualYear: number
  target: number
  targetYear: number
  /** Decides when the target is met; if left out, inferred from the target's side of B. */
  direction?: Direction
}

export type Pace = {
  /** Average change per year from the baseline to the latest actual (0 in the baseline year). */
  achievedPerYear: number
  /**
   * Change per year still needed to reach the target on time; undefined once it is met or
   * once the target year has come.
   */
  neededPerYear?: number
}

/** "+X per year needed, +Y per year achieved" (signed: a decrease needs negative change). */
export const pace = ({
  baseline,
  baselineYear,
  actual,
  actualYear,
  target,
  targetYear,
  direction = target >= baseline ? 'increase' : 'decrease',
}: PaceInput): Pace => {
  const achievedPerYear =
    actualYear > baselineYear ? (actual - baseline) / (actualYear - baselineYear) : 0
  if (actualYear >= targetYear || hasReached(direction, actual, target)) return { achievedPerYear }
  return { achievedPerYear, neededPerYear: (target - actual) / (targetYear - actualYear) }
}

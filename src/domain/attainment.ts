import type { Direction } from '@/api/schemas'

/**
 * Attainment = actual / target; for `decrease`, target / actual. Exact and never capped:
 * 50 markets against a plan of 48 is 1.041666… (104.17 %).
 *
 * Division by zero, decided case by case:
 * - increase, target 0: undefined (no meaningful share of a zero target);
 * - decrease, actual 0 and target 0: 1 (the target "down to zero" is met exactly);
 * - decrease, actual 0 and target > 0: Infinity (better than the target, and target / actual
 *   grows without bound as actual falls). A number, not undefined, so "attained" stays true;
 *   a view shows it as "achieved" rather than a percentage (`Number.isFinite` tells them apart).
 * Figures are assumed non-negative (counts, percentages, VND, scores).
 */
export const attainment = (
  direction: Direction,
  actual: number,
  target: number,
): number | undefined => {
  if (direction === 'increase') return target === 0 ? undefined : actual / target
  if (actual === 0) return target === 0 ? 1 : Number.POSITIVE_INFINITY
  return target / actual
}

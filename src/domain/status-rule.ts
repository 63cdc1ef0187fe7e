import type { IndicatorAssessment } from './assess-indicator'

/**
 * Which branch of the status rule (DOMAIN.md, "Status") produced an assessment's status, so the
 * UI can say why: no target, no figure, the target reached, or progress measured against the
 * milestone, the straight line from the baseline, or (without a baseline) from zero.
 */
export type StatusRule =
  | { kind: 'no-target' }
  | { kind: 'no-data' }
  | { kind: 'achieved' }
  | { kind: 'milestone'; expected: number; milestoneYear: number; ratio?: number }
  | { kind: 'straight-line'; expected: number; ratio?: number }
  | { kind: 'from-zero'; expected: number; ratio?: number }

export const statusRule = (assessment: IndicatorAssessment): StatusRule => {
  const { target, actual, status, expected, ratio, milestone, baseline } = assessment
  if (!target) return { kind: 'no-target' }
  if (!actual || status === 'no-data') return { kind: 'no-data' }
  if (status === 'achieved') return { kind: 'achieved' }
  const withRatio = ratio === undefined ? {} : { ratio }
  const value = expected ?? target.value
  if (milestone)
    return { kind: 'milestone', expected: value, milestoneYear: milestone.year, ...withRatio }
  if (!baseline) return { kind: 'from-zero', expected: value, ...withRatio }
  return { kind: 'straight-line', expected: value, ...withRatio }
}

import { describe, expect, test } from 'vitest'
import {
  assessStatus,
  hasReached,
  statuses,
  summarizeStatuses,
  THRESHOLDS,
  type StatusInput,
} from './status'

// Increase: baseline 0 in 2020, target 100 in 2025; in 2023 the straight line expects 60.
const increase: StatusInput = {
  direction: 'increase',
  baseline: 0,
  baselineYear: 2020,
  target: 100,
  targetYear: 2025,
  year: 2023,
}
// Decrease: baseline 100 in 2020, target 0 in 2025; in 2022 the straight line expects 60.
const decrease: StatusInput = {
  ...increase,
  direction: 'decrease',
  baseline: 100,
  target: 0,
  year: 2022,
}

const statusOf = (input: StatusInput, actual?: number) =>
  assessStatus(actual === undefined ? input : { ...input, actual }).status

test('the thresholds are those of DOMAIN.md', () => {
  expect(THRESHOLDS).toEqual({ onTrack: 0.9, atRisk: 0.6 })
  expect(statuses).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'])
})

describe('assessStatus, increase', () => {
  test('without an actual there is no data, but the expected value is known', () => {
    expect(assessStatus(increase)).toEqual({ status: 'no-data', expected: 60 })
  })

  test('achieved once the actual reaches the target, and beyond it', () => {
    expect(statusOf(increase, 100)).toBe('achieved')
    expect(statusOf(increase, 104)).toBe('achieved')
    expect(statusOf(increase, 99.9)).not.toBe('achieved')
  })

  test('r is (A − B)/(E − B) against the straight line', () => {
    expect(assessStatus({ ...increase, actual: 45 })).toEqual({
      status: 'at-risk',
      expected: 60,
      ratio: 0.75,
    })
  })

  test('r exactly 0.9 is on track; just below is at risk', () => {
    expect(assessStatus({ ...increase, actual: 54 })).toMatchObject({
      status: 'on-track',
      ratio: 0.9,
    })
    expect(statusOf(increase, 53.99)).toBe('at-risk')
  })

  test('r exactly 0.6 is at risk; just below is off track', () => {
    expect(assessStatus({ ...increase, actual: 36 })).toMatchObject({
      status: 'at-risk',
      ratio: 0.6,
    })
    expect(statusOf(increase, 35.99)).toBe('off-track')
  })

  test('ahead of the line is on track', () => {
    expect(assessStatus({ ...increase, actual: 70 })).toMatchObject({ status: 'on-track' })
  })

  test('worse than the baseline is off track (negative r)', () => {
    const result = assessStatus({ ...increase, baseline: 10, actual: 5 })
    expect(result.status).toBe('off-track')
    expect(result.ratio).toBeLessThan(0)
  })

  test('a milestone replaces the straight line', () => {
    // the line expects 60, so 55 would be on track; the 2023 milestone of 80 makes it at risk
    expect(assessStatus({ ...increase, actual: 55, milestone: 80 })).toEqual({
      status: 'at-risk',
      expected: 80,
      ratio: 55 / 80,
    })
    expect(statusOf({ ...increase, milestone: 80 }, 40)).toBe('off-track')
    expect(statusOf(increase, 55)).toBe('on-track')
  })

  test('after the target year the target itself is expected', () => {
    expect(assessStatus({ ...increase, year: 2026, actual: 90 })).toMatchObject({
      status: 'on-track',
      expected: 100,
      ratio: 0.9,
    })
  })

  test('absorbs floating-point noise at the threshold and at the target', () => {
    // (0.19 − 0.1)/(0.2 − 0.1) is 0.8999999999999999 in binary floating point
    expect(statusOf({ ...increase, baseline: 0.1, target: 1, milestone: 0.2 }, 0.19)).toBe(
      'on-track',
    )
    // 29 / 100 × 100 is 28.999999999999996
    expect(statusOf({ ...increase, target: 29 }, (29 / 100) * 100)).toBe('achieved')
  })
})

describe('assessStatus, decrease (mirrored)', () => {
  test('r = (A − B)/(E − B) mirrors itself: both differences are negative', () => {
    expect(assessStatus({ ...decrease, actual: 70 })).toEqual({
      status: 'at-risk',
      expected: 60,
      ratio: 0.75,
    })
  })

  test('r exactly 0.9 is on track; a slightly higher actual is at risk', () => {
    expect(assessStatus({ ...decrease, actual: 64 })).toMatchObject({
      status: 'on-track',
      ratio: 0.9,
    })
    expect(statusOf(decrease, 64.01)).toBe('at-risk')
  })

  test('r exactly 0.6 is at risk; a slightly higher actual is off track', () => {
    expect(assessStatus({ ...decrease, actual: 76 })).toMatchObject({
      status: 'at-risk',
      ratio: 0.6,
    })
    expect(statusOf(decrease, 76.01)).toBe('off-track')
  })

  test('achieved once the actual is at or below the target', () => {
    expect(statusOf({ ...decrease, target: 20 }, 20)).toBe('achieved')
    expect(statusOf({ ...decrease, target: 20 }, 15)).toBe('achieved')
    expect(statusOf({ ...decrease, target: 20 }, 21)).not.toBe('achieved')
  })

  test('below the line is on track; above the baseline is off track', () => {
    expect(statusOf(decrease, 50)).toBe('on-track')
    expect(statusOf(decrease, 110)).toBe('off-track')
  })

  test('a milestone replaces the straight line', () => {
    expect(assessStatus({ ...decrease, actual: 55, milestone: 40 })).toMatchObject({
      status: 'at-risk',
      expected: 40,
      ratio: 0.75,
    })
  })
})

describe('assessStatus, edge cases', () => {
  test('E = B (nothing expected yet): holding or improving is on track', () => {
    const start = { ...increase, baseline: 50, year: 2020 }
    expect(assessStatus({ ...start, actual: 50 })).toEqual({ status: 'on-track', expected: 50 })
    expect(statusOf(start, 51)).toBe('on-track')
  })

  test('E = B and the figure moved the wrong way: off track, without a ratio', () => {
    const start = { ...increase, baseline: 50, year: 2020 }
    expect(assessStatus({ ...start, actual: 49 })).toEqual({ status: 'off-track', expected: 50 })
    expect(statusOf({ ...decrease, year: 2020 }, 101)).toBe('off-track')
  })

  test('reaching E is on track even when a milestone sits below the baseline', () => {
    // r would be (45 − 50)/(40 − 50) = 0.5, but 45 already beats the expected 40
    expect(statusOf({ ...increase, baseline: 50, milestone: 40 }, 45)).toBe('on-track')
  })

  test('without a baseline, E is the milestone or the target and r = A/E (decrease: E/A)', () => {
    const { baseline: _omitted, ...noBaseline } = increase
    expect(assessStatus({ ...noBaseline, actual: 95 })).toEqual({
      status: 'on-track',
      expected: 100,
      ratio: 0.95,
    })
    expect(assessStatus({ ...noBaseline, actual: 80 })).toMatchObject({
      status: 'at-risk',
      ratio: 0.8,
    })
    expect(assessStatus({ ...noBaseline, actual: 50, milestone: 60 })).toMatchObject({
      status: 'at-risk',
      expected: 60,
    })
    expect(
      assessStatus({ ...noBaseline, direction: 'decrease', target: 10, actual: 12 }),
    ).toMatchObject({
      status: 'at-risk',
      ratio: 10 / 12,
    })
    expect(statusOf({ ...noBaseline, direction: 'decrease', target: 10 }, 20)).toBe('off-track')
    expect(assessStatus(noBaseline)).toEqual({ status: 'no-data', expected: 100 })
  })
})

describe('hasReached', () => {
  test('compares in the indicator’s direction', () => {
    expect(hasReached('increase', 10, 10)).toBe(true)
    expect(hasReached('increase', 9, 10)).toBe(false)
    expect(hasReached('decrease', 10, 10)).toBe(true)
    expect(hasReached('decrease', 11, 10)).toBe(false)
    expect(hasReached('decrease', 9, 10)).toBe(true)
  })
})

describe('summarizeStatuses', () => {
  test('counts every status, with zeros for the absent ones', () => {
    const counts = summarizeStatuses([
      { status: 'achieved' },
      { status: 'at-risk' },
      { status: 'achieved' },
      { status: 'no-data' },
    ])
    expect(counts).toEqual({
      achieved: 2,
      'on-track': 0,
      'at-risk': 1,
      'off-track': 0,
      'no-data': 1,
    })
  })
})

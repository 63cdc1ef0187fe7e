import { describe, expect, test } from 'vitest'
import { pace } from './pace'

const base = { baseline: 50, baselineYear: 2020, target: 90, targetYear: 2025 }

describe('pace', () => {
  test('compares the yearly change achieved with the change still needed', () => {
    expect(pace({ ...base, actual: 65, actualYear: 2023 })).toEqual({
      achievedPerYear: 5,
      neededPerYear: 12.5,
    })
  })

  test('needs nothing more once the target is met', () => {
    expect(pace({ ...base, actual: 92, actualYear: 2023 })).toEqual({ achievedPerYear: 14 })
  })

  test('needs nothing more once the target year has come, met or not', () => {
    expect(pace({ ...base, actual: 80, actualYear: 2025 })).toEqual({ achievedPerYear: 6 })
  })

  test('achieves 0 per year before a year has passed', () => {
    expect(pace({ ...base, actual: 50, actualYear: 2020 })).toEqual({
      achievedPerYear: 0,
      neededPerYear: 8,
    })
  })

  test('is negative for a decrease, inferring the direction from the target', () => {
    const down = { baseline: 100, baselineYear: 2020, target: 20, targetYear: 2025 }
    expect(pace({ ...down, actual: 70, actualYear: 2022 })).toEqual({
      achievedPerYear: -15,
      neededPerYear: -50 / 3,
    })
    expect(pace({ ...down, actual: 20, actualYear: 2022 })).toEqual({ achievedPerYear: -40 })
  })

  test('an explicit direction decides when the target is met', () => {
    // a decrease indicator whose target sits above the baseline is met at once
    const odd = { baseline: 10, baselineYear: 2020, target: 12, targetYear: 2025, actualYear: 2022 }
    expect(pace({ ...odd, actual: 11, direction: 'decrease' })).toEqual({ achievedPerYear: 0.5 })
    expect(pace({ ...odd, actual: 11 }).neededPerYear).toBeCloseTo(1 / 3, 12)
  })
})

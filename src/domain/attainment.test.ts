import { describe, expect, test } from 'vitest'
import { attainment } from './attainment'

describe('attainment', () => {
  test('is actual / target for an increase indicator', () => {
    expect(attainment('increase', 45, 50)).toBe(0.9)
    expect(attainment('increase', 50, 50)).toBe(1)
  })

  test('is exact and never capped: 50 markets against a plan of 48', () => {
    expect(attainment('increase', 50, 48)).toBeCloseTo(1.0416666667, 10)
    expect(attainment('increase', 50, 48)).toBeGreaterThan(1)
  })

  test('is target / actual for a decrease indicator', () => {
    expect(attainment('decrease', 10, 5)).toBe(0.5) // twice the target: half attained
    expect(attainment('decrease', 4, 5)).toBe(1.25) // below the target: over-attained
  })

  test('is undefined for an increase indicator with a zero target', () => {
    expect(attainment('increase', 5, 0)).toBeUndefined()
    expect(attainment('increase', 0, 0)).toBeUndefined()
  })

  test('a decrease down to zero against a zero target is fully attained', () => {
    expect(attainment('decrease', 0, 0)).toBe(1)
  })

  test('a decrease down to zero against a positive target is unboundedly better: Infinity', () => {
    expect(attainment('decrease', 0, 5)).toBe(Number.POSITIVE_INFINITY)
  })

  test('a decrease against a zero target that is not met is 0', () => {
    expect(attainment('decrease', 4, 0)).toBe(0)
  })
})

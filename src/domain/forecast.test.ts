import { describe, expect, test } from 'vitest'
import { forecast } from './forecast'

const rising = [
  { year: 2021, value: 10 },
  { year: 2022, value: 20 },
  { year: 2023, value: 30 },
]

describe('forecast', () => {
  test('fits a line through points that lie on one exactly', () => {
    expect(forecast(rising, 2025, 50, 'increase')).toEqual({
      slope: 10,
      intercept: -20200,
      projected: 50,
      reachesTarget: true,
      line: [
        { year: 2023, value: 30 },
        { year: 2024, value: 40 },
        { year: 2025, value: 50 },
      ],
    })
  })

  test('does not reach a target above the projection', () => {
    expect(forecast(rising, 2025, 51, 'increase')?.reachesTarget).toBe(false)
  })

  test('fits the least-squares line through scattered points, in any order', () => {
    const result = forecast(
      [
        { year: 2023, value: 2 },
        { year: 2021, value: 1 },
        { year: 2022, value: 3 },
      ],
      2025,
      4,
      'increase',
    )
    expect(result?.slope).toBe(0.5)
    expect(result?.projected).toBe(3.5) // mean 2 at 2022, + 0.5 × 3
    expect(result?.reachesTarget).toBe(false)
    expect(result?.line.map((point) => point.year)).toEqual([2023, 2024, 2025])
  })

  test('a decrease target is reached when the projection is at or below it', () => {
    const falling = rising.map((point) => ({ ...point, value: 40 - point.value })) // 30, 20, 10
    expect(forecast(falling, 2025, -10, 'decrease')).toMatchObject({
      slope: -10,
      projected: -10,
      reachesTarget: true,
    })
    expect(forecast(falling, 2025, -11, 'decrease')?.reachesTarget).toBe(false)
  })

  test('without a target there is a projection but no verdict', () => {
    const result = forecast(rising, 2025, undefined, 'increase')
    expect(result?.projected).toBe(50)
    expect(result).not.toHaveProperty('reachesTarget')
  })

  test('needs at least two distinct years', () => {
    expect(forecast([], 2025, 50, 'increase')).toBeUndefined()
    expect(forecast([{ year: 2023, value: 30 }], 2025, 50, 'increase')).toBeUndefined()
    const sameYear = [
      { year: 2023, value: 30 },
      { year: 2023, value: 40 },
    ]
    expect(forecast(sameYear, 2025, 50, 'increase')).toBeUndefined()
    expect(forecast(rising.slice(0, 2), 2025, 50, 'increase')?.projected).toBe(50)
  })

  test('has no dashed extension when the target year is not after the last actual', () => {
    const result = forecast(rising, 2023, 30, 'increase')
    expect(result?.projected).toBe(30)
    expect(result?.line).toEqual([])
  })
})

import { describe, expect, test } from 'vitest'
import { dataDate } from './data-date'

describe('dataDate', () => {
  const rows = [
    { year: 2023, reportedAt: '2023-12-20T09:00:00+07:00' },
    { year: 2025, reportedAt: '2025-06-20T16:45:00+07:00' },
    { year: 2024, reportedAt: '2024-12-28T10:00:00Z' },
  ]

  test('is the latest report among the measurements in view', () => {
    expect(dataDate(rows)).toBe('2025-06-20T16:45:00+07:00')
  })

  test('leaves out measurements after the "as of" year', () => {
    expect(dataDate(rows, 2024)).toBe('2024-12-28T10:00:00Z')
    expect(dataDate(rows, 2022)).toBeUndefined()
  })

  test('compares instants, not strings', () => {
    expect(
      dataDate([
        { year: 2025, reportedAt: '2025-01-01T06:00:00+07:00' },
        { year: 2025, reportedAt: '2025-01-01T00:30:00Z' },
      ]),
    ).toBe('2025-01-01T00:30:00Z')
  })
})

import { describe, expect, test } from 'vitest'
import type { Area } from '@/api/schemas'
import { rankAreas } from './area-ranking'
import type { Status } from './status'

const area = (id: string, name: string): Area => ({
  id,
  name,
  level: 'district',
  kind: 'city',
  parentId: '74',
})
const a = (status: Status, attainment?: number) =>
  attainment === undefined ? { status } : { status, attainment }

describe('rankAreas', () => {
  test('ranks by the share of assessed indicators achieved or on track, then median attainment', () => {
    const rows = rankAreas([
      { area: area('1', 'B'), assessments: [a('on-track', 0.9), a('off-track', 0.3)] },
      {
        area: area('2', 'A'),
        assessments: [a('achieved', 1.1), a('on-track', 0.95), a('no-data')],
      },
      { area: area('3', 'C'), assessments: [a('at-risk', 0.7), a('achieved', 1.5)] },
    ])
    expect(rows.map((r) => [r.area.name, r.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['B', 3],
    ])
    expect(rows[0]).toMatchObject({ onTrack: 2, assessed: 2, onTrackShare: 1 })
    expect(rows[0]?.medianAttainment).toBeCloseTo(1.025)
    expect(rows[1]?.medianAttainment).toBeCloseTo(1.1)
    expect(rows[0]?.counts['no-data']).toBe(1)
  })

  test('equal scores share a rank, listed by name; nothing assessed comes last', () => {
    const rows = rankAreas([
      { area: area('1', 'Dĩ An'), assessments: [a('no-data')] },
      { area: area('2', 'Bến Cát'), assessments: [a('on-track', 1)] },
      { area: area('3', 'An Phú'), assessments: [a('on-track', 1)] },
      { area: area('4', 'Tân Uyên'), assessments: [a('off-track', 0.2)] },
    ])
    expect(rows.map((r) => [r.area.name, r.rank])).toEqual([
      ['An Phú', 1],
      ['Bến Cát', 1],
      ['Tân Uyên', 3],
      ['Dĩ An', 4],
    ])
    expect(rows[3]?.onTrackShare).toBeUndefined()
  })
})

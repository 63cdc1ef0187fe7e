import { describe, expect, test } from 'vitest'
import { needsAttention } from './needs-attention'
import type { Status } from './status'

const x = (id: string, status: Status, ratio?: number) => ({
  indicator: { id },
  status,
  ...(ratio !== undefined && { ratio }),
})

describe('needsAttention', () => {
  test('lists off-track before at-risk indicators, furthest behind first, and skips the rest', () => {
    const items = needsAttention(
      [
        x('a', 'at-risk', 0.8),
        x('b', 'off-track', 0.5),
        x('c', 'on-track', 1),
        x('d', 'at-risk', 0.65),
        x('e', 'off-track', 0.1),
        x('f', 'no-data'),
        x('g', 'achieved', 2),
      ],
      [],
    )
    expect(items.map((i) => i.assessment.indicator.id)).toEqual(['e', 'b', 'd', 'a'])
  })

  test('names the child areas holding an indicator back, worst first, at most maxAreas', () => {
    const children = [
      { areaId: 'd1', assessments: [x('a', 'at-risk', 0.7)] },
      { areaId: 'd2', assessments: [x('a', 'on-track', 0.95)] },
      { areaId: 'd3', assessments: [x('a', 'off-track', 0.4)] },
      { areaId: 'd4', assessments: [x('a', 'off-track', 0.2)] },
      { areaId: 'd5', assessments: [x('a', 'at-risk', 0.61)] },
      { areaId: 'd6', assessments: [] },
    ]
    const [item] = needsAttention([x('a', 'off-track', 0.5)], children, 3)
    expect(item?.holdingBack.map((l) => l.areaId)).toEqual(['d4', 'd3', 'd5'])
    expect(item?.holdingBack[0]).toEqual({ areaId: 'd4', status: 'off-track', ratio: 0.2 })
    expect(item?.more).toBe(1)
  })

  test('an indicator behind with no child behind has no area named', () => {
    const [item] = needsAttention(
      [x('a', 'at-risk', 0.7)],
      [{ areaId: 'd', assessments: [x('a', 'achieved')] }],
    )
    expect(item?.holdingBack).toEqual([])
    expect(item?.more).toBe(0)
  })
})

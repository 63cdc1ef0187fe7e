import { describe, expect, test } from 'vitest'
import { parseTour, planDeck, slideIndex, slideKey } from './deck-plan'

const base = { areaId: 'p', indicatorIds: ['i1', 'i2', 'i3'], childAreaIds: ['d1', 'd2'] }

describe('planDeck', () => {
  test('full deck: title, KPIs, status, one slide per indicator, ranking, highlights, attention', () => {
    expect(planDeck(base).map(slideKey)).toEqual([
      'title',
      'kpis',
      'status-p',
      'indicator-i1-p',
      'indicator-i2-p',
      'indicator-i3-p',
      'ranking',
      'highlights',
      'attention',
    ])
  })

  test('no ranking without at least two child areas', () => {
    expect(planDeck({ ...base, childAreaIds: ['d1'] }).map((s) => s.kind)).not.toContain('ranking')
    expect(planDeck({ ...base, childAreaIds: [] }).map((s) => s.kind)).not.toContain('ranking')
  })

  test('a targets tour steps the status slide through every child area', () => {
    const children = Array.from({ length: 9 }, (_, i) => `d${i}`)
    const deck = planDeck({ ...base, childAreaIds: children, tour: 'targets' })
    expect(deck).toHaveLength(10)
    expect(deck.slice(1)).toEqual(children.map((areaId) => ({ kind: 'status', areaId })))
  })

  test('an indicator tour shows the chosen indicator for every child, or the area itself', () => {
    expect(planDeck({ ...base, tour: 'indicator', tourIndicatorId: 'i2' }).map(slideKey)).toEqual([
      'title',
      'indicator-i2-d1',
      'indicator-i2-d2',
    ])
    expect(planDeck({ ...base, childAreaIds: [], tour: 'indicator' }).map(slideKey)).toEqual([
      'title',
      'indicator-i1-p',
    ])
  })
})

describe('URL values', () => {
  test('slide numbers are 1-based and clamped; junk is the first slide', () => {
    expect(slideIndex('3', 9)).toBe(2)
    expect(slideIndex('99', 9)).toBe(8)
    expect(slideIndex('0', 9)).toBe(0)
    expect(slideIndex('-2', 9)).toBe(0)
    expect(slideIndex('2.5', 9)).toBe(0)
    expect(slideIndex(null, 9)).toBe(0)
    expect(slideIndex('4', 0)).toBe(0)
  })

  test('only known tours are taken', () => {
    expect(parseTour('targets')).toBe('targets')
    expect(parseTour('indicator')).toBe('indicator')
    expect(parseTour('<x>')).toBeUndefined()
    expect(parseTour(null)).toBeUndefined()
  })
})

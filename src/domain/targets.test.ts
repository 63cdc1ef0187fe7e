import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { allocationCheck, expectedValue, milestoneOf, resolveTarget, targetOf } from './targets'
import { makeIndicator, makeProgramme, makeTarget, smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const ratio = makeIndicator('ratio')
const mean = makeIndicator('mean')
const sum = makeIndicator('sum')
const programme = makeProgramme([ratio, mean, sum])

describe('resolveTarget', () => {
  const targets = [
    makeTarget(ratio.id, '74', 2025, 98),
    makeTarget(ratio.id, '718', 2025, 99),
    makeTarget(mean.id, '74', 2025, 8.5),
    makeTarget(sum.id, '74', 2025, 100),
    makeTarget(sum.id, '718', 2025, 60),
  ]

  test('returns the area’s own target', () => {
    expect(resolveTarget(ratio, tree, targets, '718', 2025)).toEqual({
      value: 99,
      year: 2025,
      fromAreaId: '718',
      inherited: false,
    })
  })

  test('a ratio indicator inherits the nearest ancestor’s target', () => {
    expect(resolveTarget(ratio, tree, targets, '25777', 2025)).toEqual({
      value: 98,
      year: 2025,
      fromAreaId: '74',
      inherited: true,
    })
    // the district's own target is nearer than the province's
    expect(resolveTarget(ratio, tree, targets, '25747', 2025)).toMatchObject({
      value: 99,
      fromAreaId: '718',
      inherited: true,
    })
  })

  test('a mean indicator inherits too', () => {
    expect(resolveTarget(mean, tree, targets, '25780', 2025)).toMatchObject({
      value: 8.5,
      fromAreaId: '74',
      inherited: true,
    })
  })

  test('a sum indicator never inherits: only an allocated target counts', () => {
    expect(resolveTarget(sum, tree, targets, '721', 2025)).toBeUndefined()
    expect(resolveTarget(sum, tree, targets, '25747', 2025)).toBeUndefined()
    expect(resolveTarget(sum, tree, targets, '718', 2025)).toMatchObject({
      value: 60,
      inherited: false,
    })
  })

  test('only a target for the same year and indicator applies', () => {
    expect(resolveTarget(ratio, tree, targets, '718', 2024)).toBeUndefined()
    expect(
      resolveTarget(makeIndicator('ratio', { id: 'x' }), tree, targets, '718', 2025),
    ).toBeUndefined()
  })

  test('if a target is listed twice, the last one wins', () => {
    const twice = [makeTarget(ratio.id, '74', 2025, 90), makeTarget(ratio.id, '74', 2025, 95)]
    expect(resolveTarget(ratio, tree, twice, '74', 2025)?.value).toBe(95)
  })
})

describe('targetOf and milestoneOf', () => {
  test('targetOf resolves the programme end year', () => {
    const targets = [makeTarget(ratio.id, '74', 2023, 90), makeTarget(ratio.id, '74', 2025, 98)]
    expect(targetOf(programme, ratio, tree, targets, '718')).toMatchObject({
      value: 98,
      year: 2025,
    })
  })

  test('milestoneOf resolves a year before the end year, and nothing from the end year on', () => {
    const targets = [makeTarget(ratio.id, '74', 2023, 90), makeTarget(ratio.id, '74', 2025, 98)]
    expect(milestoneOf(programme, ratio, tree, targets, '718', 2023)).toMatchObject({
      value: 90,
      year: 2023,
      inherited: true,
    })
    expect(milestoneOf(programme, ratio, tree, targets, '718', 2024)).toBeUndefined()
    expect(milestoneOf(programme, ratio, tree, targets, '718', 2025)).toBeUndefined()
  })

  test('a milestone is not inherited from above the area that set the end target', () => {
    const targets = [
      makeTarget(ratio.id, '74', 2023, 90),
      makeTarget(ratio.id, '74', 2025, 98),
      makeTarget(ratio.id, '721', 2025, 50), // Dầu Tiếng has its own, lower, end target
    ]
    expect(milestoneOf(programme, ratio, tree, targets, '721', 2023)).toBeUndefined()
    expect(milestoneOf(programme, ratio, tree, targets, '25777', 2023)).toBeUndefined()
    expect(milestoneOf(programme, ratio, tree, targets, '718', 2023)?.value).toBe(90)
  })

  test('an own milestone always applies', () => {
    const targets = [makeTarget(ratio.id, '74', 2025, 98), makeTarget(ratio.id, '721', 2023, 70)]
    expect(milestoneOf(programme, ratio, tree, targets, '721', 2023)).toMatchObject({
      value: 70,
      inherited: false,
    })
  })
})

describe('allocationCheck', () => {
  test('is consistent when the children’s targets add up to the parent’s', () => {
    const targets = [
      makeTarget(sum.id, '74', 2025, 100),
      makeTarget(sum.id, '718', 2025, 60),
      makeTarget(sum.id, '721', 2025, 40),
    ]
    expect(allocationCheck(sum, tree, targets, '74', 2025)).toEqual({
      parentTarget: 100,
      childrenTotal: 100,
      difference: 0,
      childrenWithoutTarget: [],
      consistent: true,
    })
  })

  test('reports a mismatch as the difference children − parent', () => {
    const targets = [
      makeTarget(sum.id, '74', 2025, 100),
      makeTarget(sum.id, '718', 2025, 60),
      makeTarget(sum.id, '721', 2025, 30),
    ]
    expect(allocationCheck(sum, tree, targets, '74', 2025)).toMatchObject({
      childrenTotal: 90,
      difference: -10,
      consistent: false,
    })
  })

  test('a child without a target makes the allocation incomplete, even if the sum matches', () => {
    const targets = [makeTarget(sum.id, '74', 2025, 60), makeTarget(sum.id, '718', 2025, 60)]
    const check = allocationCheck(sum, tree, targets, '74', 2025)
    expect(check.childrenWithoutTarget.map((area) => area.id)).toEqual(['721'])
    expect(check.difference).toBe(0)
    expect(check.consistent).toBe(false)
  })

  test('children with targets but no parent target are not consistent', () => {
    const targets = [makeTarget(sum.id, '25747', 2025, 3), makeTarget(sum.id, '25750', 2025, 4)]
    const check = allocationCheck(sum, tree, targets, '718', 2025)
    expect(check.parentTarget).toBeUndefined()
    expect(check).toMatchObject({ childrenTotal: 7, difference: 7, consistent: false })
  })

  test('nothing allocated at all, or a leaf, is consistent', () => {
    expect(allocationCheck(sum, tree, [], '74', 2025)).toMatchObject({ consistent: true })
    const leaf = allocationCheck(sum, tree, [makeTarget(sum.id, '25747', 2025, 3)], '25747', 2025)
    expect(leaf).toMatchObject({ parentTarget: 3, childrenTotal: 0, consistent: true })
  })

  test('tolerates floating-point noise in the total', () => {
    const targets = [
      makeTarget(sum.id, '74', 2025, 0.3),
      makeTarget(sum.id, '718', 2025, 0.1),
      makeTarget(sum.id, '721', 2025, 0.2),
    ]
    expect(allocationCheck(sum, tree, targets, '74', 2025).consistent).toBe(true)
  })
})

describe('expectedValue', () => {
  const line = { baseline: 50, baselineYear: 2020, target: 100, targetYear: 2025 }

  test('follows the straight line from baseline to target', () => {
    expect(expectedValue({ ...line, year: 2023 })).toBe(80)
    expect(expectedValue({ ...line, year: 2021 })).toBe(60)
  })

  test('is the baseline and the target at the ends, and clamped outside them', () => {
    expect(expectedValue({ ...line, year: 2020 })).toBe(50)
    expect(expectedValue({ ...line, year: 2018 })).toBe(50)
    expect(expectedValue({ ...line, year: 2025 })).toBe(100)
    expect(expectedValue({ ...line, year: 2030 })).toBe(100)
  })

  test('goes down for a decrease target', () => {
    expect(expectedValue({ ...line, target: 0, year: 2022 })).toBe(30)
  })

  test('a milestone replaces the straight line', () => {
    expect(expectedValue({ ...line, year: 2023, milestone: 70 })).toBe(70)
  })
})

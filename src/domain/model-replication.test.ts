import { describe, expect, test } from 'vitest'
import type { Area, Model } from '@/api/schemas'
import {
  lineageTree,
  recognitionCutoffYear,
  recognitionTable,
  replicationRates,
  spreadTimeline,
} from './model-replication'

const area = (id: string, parentId: string | null = null): Area => ({
  id,
  name: `Area ${id}`,
  level: parentId === null ? 'province' : 'district',
  kind: parentId === null ? 'province' : 'city',
  parentId,
})
const model = (id: string, startedOn: string, areaId: string, from?: string): Model => ({
  id,
  name: id,
  movementId: 'mv',
  field: 'economic',
  unitId: 'u',
  areaId,
  startedOn,
  status: 'active',
  isNew: true,
  ...(from ? { replicatedFromId: from } : {}),
  programmeIds: [],
  description: '',
  version: 1,
})

describe('replicationRates', () => {
  const root = area('1')
  const [a, b] = [area('2', '1'), area('3', '1')]
  test('shares per child, zero rows for children without models, own row and totals', () => {
    const { rows, total } = replicationRates(
      [
        { key: '2', count: 8, newCount: 0 },
        { key: '1', count: 2, newCount: 0 },
      ],
      [{ key: '2', count: 2, newCount: 0 }],
      [
        { key: '2', count: 4, newCount: 0 },
        { key: '1', count: 1, newCount: 0 },
      ],
      root,
      [a, b],
    )
    expect(rows.map((r) => [r.area.id, r.count, r.replicatedShare, r.replicaShare])).toEqual([
      ['2', 8, 25, 50],
      ['3', 0, undefined, undefined],
      ['1', 2, 0, 50],
    ])
    expect(total).toMatchObject({ count: 10, replicated: 2, replicas: 5, replicaShare: 50 })
    expect(total.replicatedShare).toBeCloseTo(20)
  })
})

describe('recognitionCutoffYear', () => {
  test.each([
    ['2026-11-29', 2024],
    ['2026-12-31', 2025],
    ['2026-01-01', 2024],
    ['2025-06-30', 2023],
  ])('on %s, recognitions up to %i are 12 months old', (today, year) => {
    expect(recognitionCutoffYear(today)).toBe(year)
  })
})

describe('spreadTimeline and lineageTree', () => {
  const origin = model('o', '2021-03-01', 'x')
  const d1 = model('d1', '2022-05-01', 'y', 'o')
  const d2 = model('d2', '2022-01-01', 'x', 'o')
  const d3 = model('d3', '2024-02-01', 'z', 'd1')
  test('counts replicas per year, the running total and the running reach', () => {
    expect(spreadTimeline(origin, [d1, d2, d3])).toEqual([
      { year: 2021, added: 0, cumulative: 1, reach: 1 },
      { year: 2022, added: 2, cumulative: 3, reach: 2 },
      { year: 2023, added: 0, cumulative: 3, reach: 2 },
      { year: 2024, added: 1, cumulative: 4, reach: 3 },
    ])
  })
  test('a model without replicas has a one-year timeline', () => {
    expect(spreadTimeline(origin, [])).toEqual([{ year: 2021, added: 0, cumulative: 1, reach: 1 }])
  })
  test('builds the tree with replicas in start order and never repeats a model', () => {
    const tree = lineageTree(origin, [d1, d2, d3, { ...d2 }])
    expect(tree.children.map((c) => c.model.id)).toEqual(['d2', 'd1'])
    expect(tree.children[1]?.children.map((c) => c.model.id)).toEqual(['d3'])
  })
})

describe('recognitionTable', () => {
  test('one row per child with every level, plus the area itself when it has its own', () => {
    const root = area('1')
    const rows = recognitionTable(
      [
        { key: '2', level: 'province', models: 3, units: 2 },
        { key: '2', level: 'commune', models: 1, units: 1 },
        { key: '1', level: 'central', models: 1, units: 1 },
      ],
      root,
      [area('2', '1'), area('3', '1')],
      ['commune', 'district', 'province', 'central'],
    )
    expect(rows.map((r) => [r.area.id, r.models, r.levels.province.units])).toEqual([
      ['2', 4, 2],
      ['3', 0, 0],
      ['1', 1, 0],
    ])
  })
})

import { describe, expect, test } from 'vitest'
import { z } from 'zod/mini'
import { keyedFigureSchema } from '@/api/measurement-queries'
import { apiErrorSchema } from '@/api/schemas'
import { buildAreaTree } from '@/domain/area-tree'
import { indexMeasurements } from '@/domain/measurement-index'
import { rollUp } from '@/domain/roll-up'
import { mockUserIds } from '@mocks/mock-users'
import { db } from '@mocks/node'
import { bundle } from '@tests/bundle'

const programme = bundle.programmes[0]!
const figuresOf = async (query: string) => {
  const response = await fetch(`/api/v1/measurements/figures?programmeId=${programme.id}&${query}`)
  return { status: response.status, json: (await response.json()) as unknown }
}
const parse = (json: unknown) => z.array(keyedFigureSchema).parse(json)

/** The browser's roll-up (src/domain) over every measurement of the bundle. */
const tree = buildAreaTree(bundle.areas)
const expected = (areaIds: string[], measurements = bundle.measurements) => {
  const index = indexMeasurements(measurements)
  return programme.indicators.flatMap((indicator) =>
    areaIds.flatMap((areaId) =>
      Array.from({ length: programme.endYear - programme.baselineYear + 1 }, (_, i) => {
        const year = programme.baselineYear + i
        const figure = rollUp(indicator, tree, index, areaId, year)
        if (!figure) return []
        const { measurementIds: _traced, ...rest } = figure
        return [{ indicatorId: indicator.id, areaId, year, ...rest }]
      }).flat(),
    ),
  )
}
const root = bundle.areas.find((a) => a.parentId === null)!

/** Children may come in another order (and so add up in another order): compare as sets, to 1e-9. */
type Row = {
  indicatorId: string
  areaId: string
  year: number
  value: number
  contributingAreaIds: string[]
  missingAreaIds: string[]
}
const keyOf = (row: Row) => `${row.indicatorId}|${row.areaId}|${row.year}`
const normalized = <T extends Row>(rows: T[]) =>
  [...rows]
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
    .map((row) => ({
      ...row,
      value: Number(row.value.toPrecision(12)),
      contributingAreaIds: [...row.contributingAreaIds].sort(),
      missingAreaIds: [...row.missingAreaIds].sort(),
    }))

describe('GET /measurements/figures', () => {
  test("the province's figures equal the browser's roll-up of every measurement below it", async () => {
    const { status, json } = await figuresOf(`areaId=${root.id}`)
    expect(status).toBe(200)
    const figures = parse(json)
    expect(figures.length).toBeGreaterThan(programme.indicators.length)
    expect(normalized(figures)).toEqual(normalized(expected([root.id])))
  })

  test("each district's figures (parentId) equal the browser's roll-up", async () => {
    const districts = tree.childrenOf(root.id).map((a) => a.id)
    const figures = parse((await figuresOf(`parentId=${root.id}`)).json)
    expect(new Set(figures.map((f) => f.areaId))).toEqual(new Set(districts))
    expect(normalized(figures)).toEqual(normalized(expected(districts)))
  })

  test('a new measurement changes the rolled-up figure at once', async () => {
    db.currentUserId = mockUserIds.admin
    const commune = tree.childrenOf(tree.childrenOf(root.id)[0]!.id)[0]!
    const indicator = programme.indicators.find((i) => i.aggregation === 'sum')!
    const year = programme.endYear
    const before = parse((await figuresOf(`areaId=${root.id}`)).json)
    const existing = bundle.measurements.find(
      (m) => m.indicatorId === indicator.id && m.areaId === commune.id && m.year === year,
    )
    const response = await fetch(`/api/v1/measurements${existing ? `/${existing.id}` : ''}`, {
      method: existing ? 'PATCH' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(
        existing
          ? { version: existing.version, value: existing.value + 1000 }
          : { indicatorId: indicator.id, areaId: commune.id, year, value: 1000 },
      ),
    })
    expect(response.ok).toBe(true)
    const after = parse((await figuresOf(`areaId=${root.id}`)).json)
    const at = (list: typeof after) =>
      list.find((f) => f.indicatorId === indicator.id && f.year === year)?.value ?? 0
    expect(at(after) - at(before)).toBe(1000)
  })

  test('asks for exactly one of areaId and parentId, and known ids', async () => {
    for (const query of ['', `areaId=${root.id}&parentId=${root.id}`, 'areaId=nowhere']) {
      const { status, json } = await figuresOf(query)
      expect(status).toBe(400)
      expect(apiErrorSchema.parse(json).error.code).toBe('invalid_query')
    }
  })
})

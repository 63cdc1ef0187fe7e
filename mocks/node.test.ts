import bundleJson from 'virtual:dataset'
import { describe, expect, test } from 'vitest'
import { z } from 'zod/mini'
import { parseBundle } from '@/api/bundle'
import {
  areaSchema,
  measurementSchema,
  meSchema,
  modelLineageSchema,
  modelPageSchema,
  modelStatSchema,
  programmeSchema,
  programmeSummarySchema,
  targetSchema,
} from '@/api/schemas'
import { db, resetDb } from './node'

// The default server (tests/setup.ts) over the real dataset: checks that hold for any bundle.
const bundle = parseBundle(bundleJson)

async function get<S extends z.ZodMiniType>(schema: S, path: string): Promise<z.output<S>> {
  const response = await fetch(`/api/v1${path}`)
  expect(response.status, path).toBe(200)
  return schema.parse(await response.json())
}

describe('the default dataset', () => {
  test('reference data and programmes parse with the contract', async () => {
    expect(await get(z.array(areaSchema), '/areas')).toHaveLength(bundle.areas.length)
    const summaries = await get(z.array(programmeSummarySchema), '/programmes')
    expect(summaries).toHaveLength(bundle.programmes.length)
    for (const { id } of summaries) {
      const programme = await get(programmeSchema, `/programmes/${encodeURIComponent(id)}`)
      const targets = await get(
        z.array(targetSchema),
        `/targets?programmeId=${encodeURIComponent(id)}`,
      )
      const indicators = new Set(programme.indicators.map((i) => i.id))
      expect(targets.every((t) => indicators.has(t.indicatorId))).toBe(true)
    }
    expect(await get(meSchema, '/me')).toMatchObject({ role: 'admin' })
  })

  test('measurements: ancestorId of a root covers its subtree; parentId its children', async () => {
    const root = bundle.areas.find((a) => a.parentId === null)
    if (!root) throw new Error('no root area')
    const all = await get(z.array(measurementSchema), '/measurements')
    expect(all).toHaveLength(bundle.measurements.length)
    const children = new Set(bundle.areas.filter((a) => a.parentId === root.id).map((a) => a.id))
    const drill = await get(z.array(measurementSchema), `/measurements?parentId=${root.id}`)
    expect(drill).toHaveLength(bundle.measurements.filter((m) => children.has(m.areaId)).length)
  })

  test('models: paging, stats and lineage agree with the bundle', async () => {
    const first = await get(modelPageSchema, '/models?pageSize=200')
    expect(first.total).toBe(bundle.models.length)
    const byArea = await get(z.array(modelStatSchema), '/models/stats?groupBy=area')
    expect(byArea.reduce((n, s) => n + s.count, 0)).toBe(bundle.models.length)
    const newCount = bundle.models.filter((m) => m.isNew).length
    const byField = await get(z.array(modelStatSchema), '/models/stats?groupBy=field')
    expect(byField.reduce((n, s) => n + s.newCount, 0)).toBe(newCount)
    const replica = bundle.models.find((m) => m.replicatedFromId !== undefined)
    if (replica) {
      const lineage = await get(
        modelLineageSchema,
        `/models/${encodeURIComponent(replica.id)}/lineage`,
      )
      expect(lineage.ancestors[0]?.id).toBe(replica.replicatedFromId)
    }
  })

  test('resetDb drops writes', async () => {
    const model = bundle.models[0]
    if (!model) return
    db.putModel({ ...model, name: 'Zzz đã sửa', version: model.version + 1 })
    const path = `/models/${encodeURIComponent(model.id)}`
    expect((await get(z.object({ name: z.string() }), path)).name).toBe('Zzz đã sửa')
    resetDb()
    expect((await get(z.object({ name: z.string() }), path)).name).toBe(model.name)
  })
})

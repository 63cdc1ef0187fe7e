import { beforeEach, describe, expect, test } from 'vitest'
import { apiErrorSchema, modelSchema, modelSummarySchema, type Model } from '@/api/schemas'
import { bundle, subtreeIds } from '@tests/bundle'
import { db } from '../node'
import { mockUserIds } from '../mock-users'

const send = (method: string, path: string, body: unknown) =>
  fetch(`/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

const input = (patch: Partial<Model> = {}) => ({
  name: 'Mô hình mới',
  movementId: 'dan-van-kheo',
  field: 'economic',
  unitId: 'u-25747-party',
  areaId: '25747',
  startedOn: '2024-05-01',
  status: 'active',
  isNew: true,
  programmeIds: [],
  description: '',
  ...patch,
})

let existing: Model
beforeEach(() => {
  existing = db.models.get('mh-0027')!
})

describe('POST /models and PATCH /models/:id', () => {
  test('a created model gets an id and version 1, and is listed and counted', async () => {
    const response = await send('POST', '/models', input({ name: 'Zzz mô hình thử' }))
    expect(response.status).toBe(201)
    const created = modelSchema.parse(await response.json())
    expect(created.version).toBe(1)
    expect(db.models.has(created.id)).toBe(true)
    const list = await (await fetch('/api/v1/models?q=zzz mo hinh')).json()
    expect(list.total).toBe(1)
  })

  test('400 lists the invalid fields, including an unknown source model', async () => {
    const bad = await send('POST', '/models', { ...input(), name: '', field: 'x' })
    expect(bad.status).toBe(400)
    const error = apiErrorSchema.parse(await bad.json()).error
    expect((error.details as { field: string }[]).map((d) => d.field).sort()).toEqual([
      'field',
      'name',
    ])
    const source = await send('POST', '/models', input({ replicatedFromId: 'nope' }))
    expect(source.status).toBe(400)
    expect(JSON.stringify(await source.json())).toContain('replicatedFromId')
  })

  test('403 outside the user’s areas, for the old and the new area of a PATCH', async () => {
    db.currentUserId = mockUserIds.communeEditor
    expect((await send('POST', '/models', input({ areaId: '718' }))).status).toBe(403)
    const outside = [...db.models.values()].find((m) => m.areaId === '25741')!
    expect(
      (await send('PATCH', `/models/${outside.id}`, { version: outside.version, areaId: '25747' }))
        .status,
    ).toBe(403)
    expect(
      (
        await send('PATCH', `/models/${existing.id}`, {
          version: existing.version,
          areaId: '25741',
        })
      ).status,
    ).toBe(403)
    db.currentUserId = mockUserIds.viewer
    expect((await send('POST', '/models', input())).status).toBe(403)
  })

  test('a stale version answers 409 with the current record; null clears a field', async () => {
    const ok = await send('PATCH', `/models/${existing.id}`, {
      version: existing.version,
      beneficiaries: null,
      name: 'Đã sửa',
    })
    expect(ok.status).toBe(200)
    const saved = modelSchema.parse(await ok.json())
    expect(saved).toMatchObject({ name: 'Đã sửa', version: existing.version + 1 })
    expect(saved.beneficiaries).toBeUndefined()

    const stale = await send('PATCH', `/models/${existing.id}`, {
      version: existing.version,
      name: 'Cũ',
    })
    expect(stale.status).toBe(409)
    const error = apiErrorSchema.parse(await stale.json()).error
    expect(error.details).toEqual({ current: saved })
  })

  test('a model cannot become a replica of its own replica', async () => {
    const replica = db.replicasOf(existing.id)[0]!
    const response = await send('PATCH', `/models/${existing.id}`, {
      version: existing.version,
      replicatedFromId: replica.id,
    })
    expect(response.status).toBe(400)
  })
})

describe('GET /models/summary', () => {
  const year = (m: Model) => Number(m.startedOn.slice(0, 4))
  const unitTypes = new Map(bundle.units.map((u) => [u.id, u.type]))
  /** Counts by key, sorted by key, computed without the mock's index. */
  const countBy = (models: Model[], keyOf: (m: Model) => string) => {
    const groups = new Map<string, { key: string; count: number; newCount: number }>()
    for (const m of models) {
      const key = keyOf(m)
      const group = groups.get(key) ?? { key, count: 0, newCount: 0 }
      group.count++
      if (m.isNew) group.newCount++
      groups.set(key, group)
    }
    return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  }

  test('facets count under every other filter, groups under all the filters', async () => {
    const query = 'areaId=718&field=economic,cultural-social&status=active&isNew=true&from=2021'
    const response = await fetch(`/api/v1/models/summary?${query}`)
    const summary = modelSummarySchema.parse(await response.json())
    const inArea = subtreeIds('718')
    const facetTests = {
      field: (m: Model) => m.field === 'economic' || m.field === 'cultural-social',
      status: (m: Model) => m.status === 'active',
      isNew: (m: Model) => m.isNew,
    }
    const matching = (except?: keyof typeof facetTests) =>
      bundle.models.filter(
        (m) =>
          inArea.has(m.areaId) &&
          year(m) >= 2021 &&
          Object.entries(facetTests).every(([facet, passes]) => facet === except || passes(m)),
      )
    const all = matching()
    expect(all.length).toBeGreaterThan(0)
    expect(summary.facets.field).toEqual(countBy(matching('field'), (m) => m.field))
    expect(summary.facets.status).toEqual(countBy(matching('status'), (m) => m.status))
    expect(summary.facets.isNew).toEqual(countBy(matching('isNew'), (m) => String(m.isNew)))
    expect(summary.facets.unitType).toEqual(countBy(all, (m) => unitTypes.get(m.unitId) ?? ''))
    expect(summary.facets.movement).toEqual(countBy(all, (m) => m.movementId))
    expect(summary.groups.field).toEqual(countBy(all, (m) => m.field))
    expect(summary.groups.year).toEqual(countBy(all, (m) => String(year(m))))
    const parentOf = new Map(bundle.areas.map((a) => [a.id, a.parentId]))
    const childOf718 = (areaId: string) => {
      let id = areaId
      while (id !== '718' && parentOf.get(id) !== '718') id = parentOf.get(id) ?? '718'
      return id
    }
    expect(summary.groups.area).toEqual(countBy(all, (m) => childOf718(m.areaId)))
  })

  test('takes the filters of /models: an invalid one is a 400 naming it', async () => {
    const response = await fetch('/api/v1/models/summary?areaId=718&field=sports')
    expect(response.status).toBe(400)
    const error = apiErrorSchema.parse(await response.json()).error
    expect(error.details).toEqual([{ field: 'field', message: expect.any(String) }])
  })
})

import { beforeEach, describe, expect, test } from 'vitest'
import { apiErrorSchema, modelSchema, type Model } from '@/api/schemas'
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

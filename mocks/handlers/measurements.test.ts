import { describe, expect, test } from 'vitest'
import { z } from 'zod/mini'
import { apiErrorSchema, historyEntrySchema, measurementSchema, meSchema } from '@/api/schemas'
import { mockUserIds } from '@mocks/mock-users'
import { db } from '@mocks/node'

/** Writes against the real handlers over the default dataset (reset before each test). */
async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as unknown }
}
const errorOf = (json: unknown) => apiErrorSchema.parse(json).error
const ratioId = 'de-an-02.2'
const countId = 'de-an-02.8'
const seeded = (indicatorId: string, areaId: string, year: number) =>
  [...db.measurements.values()].find(
    (m) => m.indicatorId === indicatorId && m.areaId === areaId && m.year === year,
  )

describe('measurement writes', () => {
  test('POST computes a ratio from numerator and denominator and records who created it', async () => {
    db.currentUserId = mockUserIds.districtEditor
    const { status, json } = await call('POST', '/measurements', {
      indicatorId: ratioId,
      areaId: '718',
      year: 2025,
      numerator: 290,
      denominator: 500,
      note: 'Báo cáo năm',
    })
    expect(status).toBe(201)
    const created = measurementSchema.parse(json)
    expect(created).toMatchObject({ value: 58, status: 'draft', version: 1, areaId: '718' })
    const history = z
      .array(historyEntrySchema)
      .parse((await call('GET', `/measurements/${created.id}/history`)).json)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ action: 'created', by: mockUserIds.districtEditor })
    expect(history[0]?.byName).toContain('Trần Thị Thu')
    expect(history[0]?.changes).toContainEqual({ field: 'numerator', old: null, new: 290 })
  })

  test('invalid figures answer 400 naming each field, and nothing is stored', async () => {
    const before = db.measurements.size
    const { status, json } = await call('POST', '/measurements', {
      indicatorId: ratioId,
      areaId: '718',
      year: 2019,
      numerator: 600,
      denominator: 500,
    })
    expect(status).toBe(400)
    const fields = (errorOf(json).details as { field: string }[]).map((d) => d.field)
    expect(fields).toEqual(['year', 'numerator'])
    const negative = await call('POST', '/measurements', {
      indicatorId: countId,
      areaId: '718',
      year: 2025,
      value: -1,
    })
    expect((errorOf(negative.json).details as { field: string }[])[0]?.field).toBe('value')
    expect(db.measurements.size).toBe(before)
  })

  test('a viewer cannot write; an editor only in scope; an admin anywhere', async () => {
    const body = { indicatorId: countId, areaId: '721', year: 2025, value: 3 }
    db.currentUserId = mockUserIds.viewer
    expect((await call('POST', '/measurements', body)).status).toBe(403)
    db.currentUserId = mockUserIds.districtEditor
    const outside = await call('POST', '/measurements', body)
    expect(outside.status).toBe(403)
    expect(errorOf(outside.json).message).toMatch(/may not change data of area 721/)
    expect(
      (await call('POST', '/measurements', { ...body, areaId: '25747', year: 2025, value: 1 }))
        .status,
    ).not.toBe(403)
    db.currentUserId = mockUserIds.admin
    expect((await call('POST', '/measurements', body)).status).toBe(201)
  })

  test('a stale PATCH answers 409 with the current record; a fresh one bumps the version', async () => {
    const m = seeded(countId, '25747', 2024)!
    const first = await call('PATCH', `/measurements/${m.id}`, {
      version: m.version,
      value: m.value + 1,
    })
    expect(first.status).toBe(200)
    const saved = measurementSchema.parse(first.json)
    expect(saved).toMatchObject({ version: m.version + 1, status: 'draft', value: m.value + 1 })
    const stale = await call('PATCH', `/measurements/${m.id}`, {
      version: m.version,
      value: m.value + 2,
    })
    expect(stale.status).toBe(409)
    expect(errorOf(stale.json).details).toMatchObject({
      current: { version: saved.version, value: saved.value },
    })
  })

  test('workflow: submit, then only an admin verifies or returns (with a comment); each step is recorded', async () => {
    const m = seeded(countId, '25747', 2023)!
    db.currentUserId = mockUserIds.communeEditor
    const edited = measurementSchema.parse(
      (await call('PATCH', `/measurements/${m.id}`, { version: m.version, value: m.value + 1 }))
        .json,
    )
    const submitted = measurementSchema.parse(
      (await call('POST', `/measurements/${m.id}/submit`, { version: edited.version })).json,
    )
    expect(submitted.status).toBe('submitted')
    expect(
      (await call('POST', `/measurements/${m.id}/verify`, { version: submitted.version })).status,
    ).toBe(403)

    db.currentUserId = mockUserIds.admin
    const noComment = await call('POST', `/measurements/${m.id}/return`, {
      version: submitted.version,
    })
    expect(noComment.status).toBe(400)
    const returned = measurementSchema.parse(
      (
        await call('POST', `/measurements/${m.id}/return`, {
          version: submitted.version,
          comment: 'Kiểm tra lại số chợ',
        })
      ).json,
    )
    expect(returned.status).toBe('draft')
    const again = await call('POST', `/measurements/${m.id}/verify`, { version: returned.version })
    expect(again.status).toBe(409)
    expect(errorOf(again.json).code).toBe('invalid_transition')

    db.currentUserId = mockUserIds.communeEditor
    const list = (await call('GET', '/measurements/worklist?list=returned')).json as {
      measurement: { id: string }
      latest: { comment?: string }
    }[]
    expect(list.map((i) => i.measurement.id)).toEqual([m.id])
    expect(list[0]?.latest.comment).toBe('Kiểm tra lại số chợ')
    const resubmitted = measurementSchema.parse(
      (await call('POST', `/measurements/${m.id}/submit`, { version: returned.version })).json,
    )
    db.currentUserId = mockUserIds.admin
    const verified = measurementSchema.parse(
      (await call('POST', `/measurements/${m.id}/verify`, { version: resubmitted.version })).json,
    )
    expect(verified.status).toBe('verified')

    const history = z
      .array(historyEntrySchema)
      .parse((await call('GET', `/measurements/${m.id}/history`)).json)
    expect(history.map((h) => h.action)).toEqual([
      'created',
      'updated',
      'submitted',
      'returned',
      'submitted',
      'verified',
    ])
    expect(history[1]?.changes).toContainEqual({ field: 'value', old: m.value, new: m.value + 1 })
    expect(history.at(-1)).toMatchObject({
      by: mockUserIds.admin,
      changes: [{ field: 'status', old: 'submitted', new: 'verified' }],
    })
  })

  test('import is all or nothing, naming the bad row', async () => {
    const m = seeded(countId, '25747', 2025)!
    const rows = [
      { row: 2, indicatorId: countId, areaId: '718', year: 2025, value: 4 },
      { row: 3, indicatorId: countId, areaId: '25747', year: 2025, value: m.value + 5 },
      { row: 4, indicatorId: ratioId, areaId: '718', year: 2025, numerator: 9, denominator: 3 },
    ]
    const bad = await call('POST', '/measurements/import', { rows })
    expect(bad.status).toBe(400)
    expect(errorOf(bad.json).details).toEqual([
      { row: 4, field: 'numerator', message: 'must not exceed the denominator' },
    ])
    expect(seeded(countId, '718', 2025)).toBeUndefined()
    expect(seeded(countId, '25747', 2025)?.value).toBe(m.value)

    const good = await call('POST', '/measurements/import', { rows: rows.slice(0, 2) })
    expect(good.json).toEqual({ added: 1, changed: 1, unchanged: 0 })
    expect(seeded(countId, '25747', 2025)?.value).toBe(m.value + 5)
  })

  test('the mock user switch: PUT /me changes GET /me', async () => {
    expect((await call('PUT', '/me', { userId: 'nobody' })).status).toBe(400)
    await call('PUT', '/me', { userId: mockUserIds.viewer })
    expect(meSchema.parse((await call('GET', '/me')).json).role).toBe('viewer')
    expect(z.array(meSchema).parse((await call('GET', '/me/users')).json)).toHaveLength(4)
  })
})

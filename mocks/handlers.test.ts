import { beforeEach, describe, expect, test } from 'vitest'
import { z } from 'zod/mini'
import {
  apiErrorSchema,
  areaSchema,
  historyEntrySchema,
  measurementSchema,
  meSchema,
  modelLineageSchema,
  modelPageSchema,
  modelSchema,
  modelStatSchema,
  movementSchema,
  programmeSchema,
  programmeSummarySchema,
  targetSchema,
  unitSchema,
  type Model,
} from '@/api/schemas'
import { createDb, type Db } from './db'
import { createHandlers } from './handlers'
import { mockUserIds } from './mock-users'
import { server } from './node'
import { makeBundle } from './test-bundle'

const fixture = makeBundle()
let db: Db

beforeEach(() => {
  // Prepended to the default handlers; tests/setup.ts's resetHandlers() drops them again.
  db = createDb(makeBundle())
  server.use(...createHandlers(db))
})

async function get<S extends z.ZodMiniType>(schema: S, path: string): Promise<z.output<S>> {
  const response = await fetch(`/api/v1${path}`)
  expect(response.status, path).toBe(200)
  return schema.parse(await response.json())
}

async function getError(path: string, status: number) {
  const response = await fetch(`/api/v1${path}`)
  expect(response.status, path).toBe(status)
  return apiErrorSchema.parse(await response.json()).error
}

const ids = (list: { id: string }[]) => list.map((x) => x.id)
const sortedIds = (list: { id: string }[]) => ids(list).sort()
const page = (path: string) => get(modelPageSchema, `/models${path}`)
const stats = (path: string) => get(z.array(modelStatSchema), `/models/stats${path}`)

/** Independent of the implementation: walk parentId upward. */
function isWithin(areaId: string, ancestorId: string): boolean {
  for (let id: string | null | undefined = areaId; id;) {
    if (id === ancestorId) return true
    id = fixture.areas.find((a) => a.id === id)?.parentId
  }
  return false
}

describe('reference data', () => {
  test('GET /areas, /units and /movements answer the bundle', async () => {
    expect(await get(z.array(areaSchema), '/areas')).toEqual(fixture.areas)
    expect(await get(z.array(unitSchema), '/units')).toEqual(fixture.units)
    expect(await get(z.array(movementSchema), '/movements')).toEqual(fixture.movements)
  })

  test('relative and absolute request URLs both reach the handlers', async () => {
    const absolute = await fetch('http://localhost/api/v1/areas')
    expect(absolute.status).toBe(200)
    const other = await fetch('http://127.0.0.1:5173/api/v1/units')
    expect(await other.json()).toHaveLength(fixture.units.length)
  })

  test('GET /programmes lists summaries without indicators', async () => {
    const response = await fetch('/api/v1/programmes')
    const body = (await response.json()) as Record<string, unknown>[]
    expect(body.map((p) => p.id)).toEqual(['p-02', 'p-empty'])
    for (const p of body) expect(p).not.toHaveProperty('indicators')
    expect(z.array(z.strictObject(programmeSummarySchema.shape)).safeParse(body).success).toBe(true)
  })

  test('GET /programmes/:id has the indicators; an unknown id is a 404', async () => {
    const programme = await get(programmeSchema, '/programmes/p-02')
    expect(programme.indicators.map((i) => i.aggregation)).toEqual(['ratio', 'sum', 'mean'])
    const error = await getError('/programmes/nope', 404)
    expect(error.code).toBe('not_found')
    expect(error.message).toContain('nope')
  })

  test('GET /targets answers the targets of one programme', async () => {
    expect(await get(z.array(targetSchema), '/targets?programmeId=p-02')).toEqual(fixture.targets)
    expect(await get(z.array(targetSchema), '/targets?programmeId=p-empty')).toEqual([])
  })

  test('GET /targets without or with an unknown programmeId is a 400 naming it', async () => {
    for (const query of ['', '?programmeId=', '?programmeId=zzz']) {
      const error = await getError(`/targets${query}`, 400)
      expect(error.code).toBe('invalid_query')
      expect(error.details).toEqual([{ field: 'programmeId', message: expect.any(String) }])
    }
  })

  test('GET /me is the admin by default and follows db.currentUserId', async () => {
    const admin = await get(meSchema, '/me')
    expect(admin).toMatchObject({ role: 'admin', areaIds: ['74'] })
    db.currentUserId = mockUserIds.districtEditor
    expect(await get(meSchema, '/me')).toMatchObject({ role: 'editor', areaIds: ['718'] })
  })

  test('an unknown route under the base path is a 404 error body', async () => {
    const error = await getError('/nothing-here', 404)
    expect(error.code).toBe('not_found')
  })

  test('latencyMs delays the answers', async () => {
    server.use(...createHandlers(db, { latencyMs: 40 }))
    const started = performance.now()
    await get(z.array(areaSchema), '/areas')
    expect(performance.now() - started).toBeGreaterThanOrEqual(35)
  })

  test('another base path serves the same API', async () => {
    server.use(...createHandlers(db, { baseUrl: '/backend/' }))
    const response = await fetch('/backend/movements')
    expect(await response.json()).toEqual(fixture.movements)
  })
})

describe('measurements', () => {
  const list = (query: string) => get(z.array(measurementSchema), `/measurements${query}`)

  test('without filters: all of them', async () => {
    expect(await list('')).toEqual(fixture.measurements)
  })

  test('areaId is that area only, parentId its direct children only', async () => {
    expect(sortedIds(await list('?areaId=718'))).toEqual(['ms-6', 'ms-9'])
    expect(sortedIds(await list('?parentId=718'))).toEqual(['ms-1', 'ms-2', 'ms-3'])
    expect(sortedIds(await list('?parentId=74'))).toEqual(['ms-6', 'ms-7', 'ms-9'])
  })

  test('ancestorId is the area and everything below it', async () => {
    const expected = fixture.measurements.filter((m) => isWithin(m.areaId, '718'))
    expect(await list('?ancestorId=718')).toEqual(expected)
    expect(await list('?ancestorId=74')).toHaveLength(fixture.measurements.length)
  })

  test('programme, indicator and an inclusive year range', async () => {
    expect(await list('?programmeId=p-02')).toHaveLength(fixture.measurements.length)
    expect(await list('?programmeId=p-empty')).toEqual([])
    expect(sortedIds(await list('?indicatorId=i-parks'))).toEqual(['ms-6', 'ms-7', 'ms-8'])
    const ranged = await list('?indicatorId=i-households&from=2023&to=2024&ancestorId=718')
    expect(sortedIds(ranged)).toEqual(['ms-1', 'ms-2', 'ms-3'])
    expect(sortedIds(await list('?from=2024&to=2024&parentId=724'))).toEqual(['ms-4'])
  })

  test('invalid filters are a 400 listing each field', async () => {
    const error = await getError(
      '/measurements?from=20x4&to=2023&areaId=nowhere&indicatorId=x',
      400,
    )
    expect(error.code).toBe('invalid_query')
    const fields = (error.details as { field: string }[]).map((d) => d.field).sort()
    expect(fields).toEqual(['areaId', 'from', 'indicatorId'])
    const reversed = await getError('/measurements?from=2025&to=2021', 400)
    expect(reversed.details).toEqual([{ field: 'from', message: 'from must not be after to' }])
  })

  test('GET /measurements/:id and its history; unknown ids are 404', async () => {
    expect(await get(measurementSchema, '/measurements/ms-9')).toEqual(fixture.measurements[8])
    const history = await get(z.array(historyEntrySchema), '/measurements/ms-9/history')
    expect(history).toEqual([
      expect.objectContaining({
        action: 'created',
        at: '2024-12-15T09:00:00+07:00',
        by: 'u-718-bdv',
      }),
    ])
    expect((await getError('/measurements/ms-99', 404)).code).toBe('not_found')
    expect((await getError('/measurements/ms-99/history', 404)).code).toBe('not_found')
  })
})

describe('models list', () => {
  const collator = new Intl.Collator('vi')
  const byName = (a: Model, b: Model) => collator.compare(a.name, b.name)

  test('defaults: sorted by name in Vietnamese order, page 1 of 25', async () => {
    const result = await page('')
    expect(result.total).toBe(fixture.models.length)
    expect(result).toMatchObject({ page: 1, pageSize: 25 })
    expect(ids(result.items)).toEqual(ids([...fixture.models].sort(byName)))
  })

  test('paging: total stays, items are the slice', async () => {
    const all = ids([...fixture.models].sort(byName))
    const second = await page('?pageSize=3&page=2')
    expect(second).toMatchObject({ total: 10, page: 2, pageSize: 3 })
    expect(ids(second.items)).toEqual(all.slice(3, 6))
    const last = await page('?pageSize=3&page=4')
    expect(ids(last.items)).toEqual(all.slice(9))
    expect((await page('?pageSize=3&page=9')).items).toEqual([])
  })

  test('areaId includes every model below the area', async () => {
    const expected = fixture.models.filter((m) => isWithin(m.areaId, '718'))
    expect(sortedIds((await page('?areaId=718')).items)).toEqual(sortedIds(expected))
    expect(sortedIds((await page('?areaId=718')).items)).toEqual(['m01', 'm02', 'm05', 'm08'])
    expect((await page('?areaId=74')).total).toBe(10)
    expect(sortedIds((await page('?areaId=25945')).items)).toEqual(['m07', 'm10'])
  })

  test('q matches name and description without diacritics, every word', async () => {
    expect(sortedIds((await page('?q=ca%20phe%20sang')).items)).toEqual(['m01', 'm02', 'm03'])
    expect(sortedIds((await page('?q=C%C3%80%20PH%C3%8A')).items)).toEqual([
      'm01',
      'm02',
      'm03',
      'm04',
    ])
    expect(sortedIds((await page('?q=ho%20ngheo')).items)).toEqual(['m05'])
    expect(sortedIds((await page('?q=dong%20hoa')).items)).toEqual(['m03'])
    expect((await page('?q=ca%20phe%20zebra')).total).toBe(0)
  })

  test('field, status and unitType are multi-select, repeated or comma-separated', async () => {
    const expected = fixture.models.filter(
      (m) => m.field === 'economic' || m.field === 'defense-security',
    )
    const repeated = await page('?field=economic&field=defense-security')
    const commas = await page('?field=economic,defense-security')
    expect(sortedIds(repeated.items)).toEqual(sortedIds(expected))
    expect(sortedIds(commas.items)).toEqual(sortedIds(expected))
    expect(sortedIds((await page('?status=registered,discontinued')).items)).toEqual([
      'm03',
      'm09',
      'm10',
    ])
    expect(sortedIds((await page('?unitType=enterprise')).items)).toEqual(['m04', 'm10'])
  })

  test('isNew, movement and a start-year range', async () => {
    expect(sortedIds((await page('?isNew=false')).items)).toEqual(['m05', 'm08', 'm10'])
    expect((await page('?isNew=true')).total).toBe(7)
    expect(sortedIds((await page('?movementId=mv-ddk')).items)).toEqual(['m08'])
    const expected = fixture.models.filter((m) => m.startedOn >= '2022' && m.startedOn < '2024')
    expect(sortedIds((await page('?from=2022&to=2023')).items)).toEqual(sortedIds(expected))
    expect(sortedIds((await page('?from=2024')).items)).toEqual(['m09'])
    expect(sortedIds((await page('?to=2019')).items)).toEqual(['m05'])
  })

  test('filters combine', async () => {
    const result = await page('?areaId=724&field=cultural-social&isNew=true&from=2022')
    expect(sortedIds(result.items)).toEqual(['m03', 'm06'])
  })

  test('sorting in both orders; missing values last', async () => {
    const byStart = [...fixture.models].sort((a, b) => a.startedOn.localeCompare(b.startedOn))
    expect(ids((await page('?sort=startedOn')).items)).toEqual(ids(byStart))
    expect(ids((await page('?sort=startedOn&order=desc')).items)).toEqual(ids(byStart).reverse())

    const withValue = fixture.models.filter((m) => m.beneficiaries !== undefined)
    const without = fixture.models.filter((m) => m.beneficiaries === undefined).sort(byName)
    const asc = [...withValue].sort((a, b) => (a.beneficiaries ?? 0) - (b.beneficiaries ?? 0))
    expect(ids((await page('?sort=beneficiaries')).items)).toEqual(ids([...asc, ...without]))
    const desc = [...asc].reverse()
    expect(ids((await page('?sort=beneficiaries&order=desc')).items)).toEqual(
      ids([...desc, ...without]),
    )

    expect(ids((await page('?order=desc')).items)).toEqual(
      ids([...fixture.models].sort(byName).reverse()),
    )
  })

  test('sorting by area name and status, ties by model name', async () => {
    const areaName = (m: Model) => fixture.areas.find((a) => a.id === m.areaId)?.name ?? ''
    const byArea = [...fixture.models].sort(
      (a, b) => collator.compare(areaName(a), areaName(b)) || byName(a, b),
    )
    expect(ids((await page('?sort=area')).items)).toEqual(ids(byArea))
    const statuses = ['registered', 'active', 'recognized', 'discontinued']
    const byStatus = [...fixture.models].sort(
      (a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status) || byName(a, b),
    )
    expect(ids((await page('?sort=status')).items)).toEqual(ids(byStatus))
  })

  test('invalid parameters are a 400 naming each field', async () => {
    const cases: [string, string][] = [
      ['page=0', 'page'],
      ['pageSize=1001', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['sort=size', 'sort'],
      ['order=up', 'order'],
      ['isNew=maybe', 'isNew'],
      ['field=economic,sports', 'field'],
      ['status=dead', 'status'],
      ['unitType=club', 'unitType'],
      ['from=twenty', 'from'],
      ['from=2024&to=2021', 'from'],
      ['areaId=000', 'areaId'],
      ['movementId=none', 'movementId'],
    ]
    for (const [query, field] of cases) {
      const error = await getError(`/models?${query}`, 400)
      expect(error.code, query).toBe('invalid_query')
      expect(error.details, query).toEqual([{ field, message: expect.any(String) }])
    }
    const several = await getError('/models?page=0&sort=size&unknownParam=1', 400)
    expect(several.details).toEqual([
      { field: 'sort', message: expect.stringContaining('name') },
      { field: 'page', message: expect.any(String) },
    ])
  })
})

describe('models stats', () => {
  /** Counts computed straight from the fixture. */
  function expectedStats(models: Model[], key: (m: Model) => string) {
    const map = new Map<string, { key: string; count: number; newCount: number }>()
    for (const m of models) {
      const k = key(m)
      const stat = map.get(k) ?? { key: k, count: 0, newCount: 0 }
      stat.count++
      if (m.isNew) stat.newCount++
      map.set(k, stat)
    }
    return [...map.values()].sort((a, b) => (a.key < b.key ? -1 : 1))
  }
  /** The child of `parentId` that holds the area (or parentId itself). */
  const childOf = (parentId: string) => (m: Model) => {
    const child = fixture.areas.find((a) => a.parentId === parentId && isWithin(m.areaId, a.id))
    return child?.id ?? parentId
  }

  test('groupBy=area: per child of the province by default, models on the province itself under 74', async () => {
    const result = await stats('?groupBy=area')
    expect(result).toEqual(expectedStats(fixture.models, childOf('74')))
    expect(result.map((s) => s.key)).toEqual(['718', '724', '74'])
  })

  test('groupBy=area with areaId: per child of that area', async () => {
    const within = fixture.models.filter((m) => isWithin(m.areaId, '724'))
    expect(await stats('?groupBy=area&areaId=724')).toEqual(expectedStats(within, childOf('724')))
    expect(await stats('?groupBy=area&areaId=25747')).toEqual([
      { key: '25747', count: 2, newCount: 1 },
    ])
  })

  test('groupBy=field with filters', async () => {
    expect(await stats('?groupBy=field')).toEqual(expectedStats(fixture.models, (m) => m.field))
    const recent = fixture.models.filter((m) => m.startedOn >= '2022' && m.field !== 'economic')
    expect(
      await stats(
        '?groupBy=field&from=2022&field=cultural-social,defense-security,political-system',
      ),
    ).toEqual(expectedStats(recent, (m) => m.field))
  })

  test('groupBy unitType, movement, year and status', async () => {
    const unitType = (m: Model) => fixture.units.find((u) => u.id === m.unitId)?.type ?? ''
    expect(await stats('?groupBy=unitType')).toEqual(expectedStats(fixture.models, unitType))
    expect(await stats('?groupBy=movement')).toEqual(
      expectedStats(fixture.models, (m) => m.movementId),
    )
    expect(await stats('?groupBy=year')).toEqual(
      expectedStats(fixture.models, (m) => m.startedOn.slice(0, 4)),
    )
    const onlyNew = fixture.models.filter((m) => m.isNew)
    expect(await stats('?groupBy=status&isNew=true')).toEqual(
      expectedStats(onlyNew, (m) => m.status),
    )
  })

  test('groupBy is required and checked', async () => {
    expect((await getError('/models/stats', 400)).details).toEqual([
      { field: 'groupBy', message: expect.any(String) },
    ])
    expect((await getError('/models/stats?groupBy=colour', 400)).details).toEqual([
      { field: 'groupBy', message: expect.any(String) },
    ])
  })
})

describe('model detail and lineage', () => {
  test('GET /models/:id', async () => {
    expect(await get(modelSchema, '/models/m05')).toEqual(fixture.models[4])
    const error = await getError('/models/m99', 404)
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringContaining('m99') })
  })

  test('lineage: ancestors nearest first, descendants breadth-first', async () => {
    const leaf = await get(modelLineageSchema, '/models/m03/lineage')
    expect(ids(leaf.ancestors)).toEqual(['m02', 'm01'])
    expect(leaf.descendants).toEqual([])
    const root = await get(modelLineageSchema, '/models/m01/lineage')
    expect(root.ancestors).toEqual([])
    expect(ids(root.descendants)).toEqual(['m02', 'm04', 'm03'])
    const alone = await get(modelLineageSchema, '/models/m07/lineage')
    expect(alone).toEqual({ ancestors: [], descendants: [] })
    expect((await getError('/models/m99/lineage', 404)).code).toBe('not_found')
  })
})

describe('the store', () => {
  test('putModel keeps the indexes right', async () => {
    const m03 = fixture.models[2]
    if (!m03) throw new Error('fixture')
    db.putModel({ ...m03, name: 'Ánh sáng đường quê', replicatedFromId: 'm01', version: 2 })
    expect(ids((await get(modelLineageSchema, '/models/m01/lineage')).descendants)).toEqual([
      'm02',
      'm04',
      'm03',
    ])
    expect(ids((await get(modelLineageSchema, '/models/m02/lineage')).descendants)).toEqual([])
    expect(ids((await page('?q=duong%20que')).items)).toEqual(['m03'])
    expect(ids((await page('?pageSize=2')).items)).toEqual(['m09', 'm03'])
  })
})

import { expect, test } from 'vitest'
import type { Model } from '@/api/schemas'
import { createDb } from './db'
import { modelFilterQuerySchema, modelStats, modelStatsQuerySchema } from './model-query'
import { modelSummary } from './model-summary'
import { makeBundle } from './test-bundle'

/** 200,000 models made from the test bundle's, spread over years. */
function nationalSizedDb() {
  const bundle = makeBundle()
  const models: Model[] = []
  for (let i = 0; i < 200_000; i++) {
    const t = bundle.models[i % bundle.models.length]
    if (!t) continue
    const { replicatedFromId: _, ...rest } = t
    models.push({ ...rest, id: `x${i}`, startedOn: `${2015 + (i % 10)}-05-01`, isNew: i % 3 === 0 })
  }
  return createDb({ ...bundle, models })
}

test('the summary agrees with /models/stats and stays fast at 200,000 models', () => {
  const db = nationalSizedDb()
  const filters = modelFilterQuerySchema(db)
  const stats = modelStatsQuerySchema(db)
  const query = filters.parse({ areaId: '74', field: ['economic'], from: '2017' })
  modelSummary(db, query) // builds the index

  const started = performance.now()
  const summary = modelSummary(db, query)
  const elapsed = performance.now() - started

  const statsOf = (groupBy: string, params: Record<string, unknown>) =>
    modelStats(db, stats.parse({ ...params, groupBy }))
  const all = { areaId: '74', field: ['economic'], from: '2017' }
  expect(summary.groups.field).toEqual(statsOf('field', all))
  expect(summary.groups.area).toEqual(statsOf('area', all))
  expect(summary.groups.year).toEqual(statsOf('year', all))
  expect(summary.facets.status).toEqual(statsOf('status', all))
  expect(summary.facets.unitType).toEqual(statsOf('unitType', all))
  // The field facet ignores the field filter.
  expect(summary.facets.field).toEqual(statsOf('field', { areaId: '74', from: '2017' }))
  expect(elapsed).toBeLessThan(1000) // ~35 ms here
})

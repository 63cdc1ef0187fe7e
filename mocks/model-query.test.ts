import { expect, test } from 'vitest'
import type { Model } from '@/api/schemas'
import { createDb } from './db'
import { listModels, modelListQuerySchema, modelStats } from './model-query'
import { makeBundle } from './test-bundle'

test('200,000 models: requests after the first stay fast', () => {
  const bundle = makeBundle()
  const templates = bundle.models
  const models: Model[] = []
  for (let i = 0; i < 200_000; i++) {
    const t = templates[i % templates.length]
    if (!t) continue
    const { replicatedFromId: _, ...rest } = t
    models.push({
      ...rest,
      id: `x${i}`,
      name: `${t.name} ${i % 1000}`,
      startedOn: `${2015 + (i % 10)}-05-0${1 + (i % 9)}`,
    })
  }
  const db = createDb({ ...bundle, models })
  const schema = modelListQuerySchema(db)
  const query = (params: Record<string, string | string[]>) => schema.parse(params)

  listModels(db, query({})) // builds the index and the default order
  const cases = [
    query({}),
    query({ q: 'ca phe sang', sort: 'startedOn', order: 'desc' }),
    query({ areaId: '718', field: ['economic', 'cultural-social'], isNew: 'true', page: '40' }),
    query({ from: '2018', to: '2020', sort: 'beneficiaries', order: 'desc' }),
  ]
  for (const c of cases) listModels(db, c) // warm the orders
  const started = performance.now()
  for (const c of cases) listModels(db, c)
  modelStats(db, { groupBy: 'area' })
  const elapsed = performance.now() - started
  expect(listModels(db, query({ q: 'ca phe sang' })).total).toBe(60_000)
  expect(elapsed).toBeLessThan(1000) // ~30 ms on a quiet machine
})

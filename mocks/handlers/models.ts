import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import { modelSchema, type Model } from '@/api/schemas'
import type { Db } from '../db'
import {
  apiError,
  invalidBody,
  notFound,
  problemsOf,
  readBody,
  readQuery,
  type FieldProblem,
  type HandlerContext,
} from '../handler-context'
import {
  listModels,
  modelFilterQuerySchema,
  modelLineage,
  modelListQuerySchema,
  modelStats,
  modelStatsQuerySchema,
  mostReplicated,
  mostReplicatedQuerySchema,
  multiModelParams,
  recognitionStats,
} from '../model-query'
import { modelSummary } from '../model-summary'
import { forbidWrite } from '../permissions'

/**
 * `GET /models` (filter, sort, page), `GET /models/stats?groupBy=`,
 * `GET /models/:id`, `GET /models/:id/lineage`, `POST /models`, `PATCH /models/:id`.
 * Extensions of the DOMAIN.md contract (same filters as `/models`):
 * `GET /models/most-replicated?limit=` → `[{ model, replicas, descendants, reach }]` and
 * `GET /models/recognition` → `[{ key, level, models, units }]` (per child area and level).
 * `GET /models/summary` → `{ facets, groups }`: the registry's facet counts (each under the
 * other filters) and its counts by field, child area and year, in one pass (../model-summary.ts).
 * The query rules are in ../model-query.ts; static paths are registered before `/models/:id`.
 */
export function modelHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const listSchema = modelListQuerySchema(db)
  const statsSchema = modelStatsQuerySchema(db)
  const filterSchema = modelFilterQuerySchema(db)
  const topSchema = mostReplicatedQuerySchema(db)
  return [
    http.get(ctx.route('/models'), ({ request }) => {
      const query = readQuery(request, listSchema, multiModelParams)
      return query.ok ? HttpResponse.json(listModels(db, query.data)) : query.response
    }),
    http.get(ctx.route('/models/stats'), ({ request }) => {
      const query = readQuery(request, statsSchema, multiModelParams)
      return query.ok ? HttpResponse.json(modelStats(db, query.data)) : query.response
    }),
    http.get(ctx.route('/models/summary'), ({ request }) => {
      const query = readQuery(request, filterSchema, multiModelParams)
      return query.ok ? HttpResponse.json(modelSummary(db, query.data)) : query.response
    }),
    http.get(ctx.route('/models/most-replicated'), ({ request }) => {
      const query = readQuery(request, topSchema, multiModelParams)
      return query.ok ? HttpResponse.json(mostReplicated(db, query.data)) : query.response
    }),
    http.get(ctx.route('/models/recognition'), ({ request }) => {
      const query = readQuery(request, filterSchema, multiModelParams)
      return query.ok ? HttpResponse.json(recognitionStats(db, query.data)) : query.response
    }),
    http.post(ctx.route('/models'), async ({ request }) => {
      const body = await readBody(request, createSchema)
      if (!body.ok) return body.response
      const forbidden = forbidWrite(db, body.data.areaId)
      if (forbidden) return forbidden
      const model: Model = { ...body.data, id: nextId(db), version: 1 }
      const problems = referenceProblems(db, model)
      if (problems.length > 0) return invalidBody(problems)
      db.putModel(model)
      return HttpResponse.json(model, { status: 201 })
    }),
    http.get<{ id: string }>(ctx.route('/models/:id'), ({ params }) => {
      const model = db.models.get(params.id)
      return model ? HttpResponse.json(model) : notFound('Model', params.id)
    }),
    http.patch<{ id: string }>(ctx.route('/models/:id'), async ({ params, request }) => {
      const current = db.models.get(params.id)
      if (!current) return notFound('Model', params.id)
      const body = await readBody(request, patchSchema)
      if (!body.ok) return body.response
      const { version, ...changes } = body.data
      // A field given as null is cleared; one left out keeps its current value.
      const merged = Object.fromEntries(
        Object.entries({ ...current, ...changes }).filter(([, value]) => value !== null),
      )
      const next = modelSchema.safeParse({ ...merged, id: current.id, version: current.version })
      if (!next.success) return invalidBody(problemsOf(next.error))
      const forbidden = forbidWrite(db, current.areaId) ?? forbidWrite(db, next.data.areaId)
      if (forbidden) return forbidden
      if (version !== current.version)
        return apiError(
          409,
          'version_conflict',
          `Model ${current.id} was changed by someone else (version ${current.version}, not ${version})`,
          { current },
        )
      const problems = referenceProblems(db, next.data)
      if (problems.length > 0) return invalidBody(problems)
      const saved: Model = { ...next.data, version: current.version + 1 }
      db.putModel(saved)
      return HttpResponse.json(saved)
    }),
    http.get<{ id: string }>(ctx.route('/models/:id/lineage'), ({ params }) => {
      const model = db.models.get(params.id)
      return model ? HttpResponse.json(modelLineage(db, model)) : notFound('Model', params.id)
    }),
  ]
}

/** The body of `POST /models`: a model without id and version (the server assigns them). */
const createSchema = z.strictObject(z.omit(modelSchema, { id: true, version: true }).shape)

/** The body of `PATCH /models/:id`: the version read, plus the fields to change (null clears). */
const { replicatedFromId, beneficiaries, fundsMobilizedVnd, recognition } = modelSchema.shape
const patchSchema = z.strictObject({
  ...z.partial(
    z.extend(z.omit(modelSchema, { id: true, version: true }), {
      replicatedFromId: z.nullable(replicatedFromId.def.innerType),
      beneficiaries: z.nullable(beneficiaries.def.innerType),
      fundsMobilizedVnd: z.nullable(fundsMobilizedVnd.def.innerType),
      recognition: z.nullable(recognition.def.innerType),
    }),
  ).shape,
  version: modelSchema.shape.version,
})

/** The server's own date (the mock backend runs where the user is). */
function serverToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Rules beyond the shape: known references, no future start, no replication cycle. */
function referenceProblems(db: Db, model: Model): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!db.movements.has(model.movementId))
    problems.push({ field: 'movementId', message: `unknown movement '${model.movementId}'` })
  if (!db.units.has(model.unitId))
    problems.push({ field: 'unitId', message: `unknown unit '${model.unitId}'` })
  if (!db.areas.has(model.areaId))
    problems.push({ field: 'areaId', message: `unknown area '${model.areaId}'` })
  if (model.startedOn > serverToday())
    problems.push({ field: 'startedOn', message: 'must not be in the future' })
  if (model.recognition && model.recognition.year > Number(serverToday().slice(0, 4)))
    problems.push({ field: 'recognition.year', message: 'must not be in the future' })
  if (model.replicatedFromId !== undefined) {
    if (!db.models.has(model.replicatedFromId))
      problems.push({
        field: 'replicatedFromId',
        message: `unknown model '${model.replicatedFromId}'`,
      })
    else {
      // Walking up from the source must never reach the model itself.
      const seen = new Set<string>()
      for (let id: string | undefined = model.replicatedFromId; id && !seen.has(id);) {
        if (id === model.id) {
          problems.push({ field: 'replicatedFromId', message: 'would make a replication cycle' })
          break
        }
        seen.add(id)
        id = db.models.get(id)?.replicatedFromId
      }
    }
  }
  return problems
}

function nextId(db: Db): string {
  let n = db.models.size + 1
  while (db.models.has(`mh-${String(n).padStart(4, '0')}`)) n++
  return `mh-${String(n).padStart(4, '0')}`
}

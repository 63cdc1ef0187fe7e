import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Db } from '../db'
import { notFound, readQuery, type HandlerContext } from '../handler-context'
import {
  listModels,
  modelLineage,
  modelListQuerySchema,
  modelStats,
  modelStatsQuerySchema,
  multiModelParams,
} from '../model-query'

/**
 * `GET /models` (filter, sort, page), `GET /models/stats?groupBy=`,
 * `GET /models/:id`, `GET /models/:id/lineage`. The query rules are in
 * ../model-query.ts; `/models/stats` is registered before `/models/:id`.
 */
export function modelHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const listSchema = modelListQuerySchema(db)
  const statsSchema = modelStatsQuerySchema(db)
  return [
    http.get(ctx.route('/models'), ({ request }) => {
      const query = readQuery(request, listSchema, multiModelParams)
      return query.ok ? HttpResponse.json(listModels(db, query.data)) : query.response
    }),
    http.get(ctx.route('/models/stats'), ({ request }) => {
      const query = readQuery(request, statsSchema, multiModelParams)
      return query.ok ? HttpResponse.json(modelStats(db, query.data)) : query.response
    }),
    http.get<{ id: string }>(ctx.route('/models/:id'), ({ params }) => {
      const model = db.models.get(params.id)
      return model ? HttpResponse.json(model) : notFound('Model', params.id)
    }),
    http.get<{ id: string }>(ctx.route('/models/:id/lineage'), ({ params }) => {
      const model = db.models.get(params.id)
      return model ? HttpResponse.json(modelLineage(db, model)) : notFound('Model', params.id)
    }),
  ]
}

/**
 * Measurements.
 *
 * `GET /measurements?programmeId=&indicatorId=&areaId=&parentId=&ancestorId=&from=&to=`
 * — all filters optional and combined with AND:
 * - `areaId`: that area only; `parentId`: its direct children only (the drill-down);
 * - `ancestorId` — an EXTENSION of the DOMAIN.md contract: the area itself and
 *   every area below it, so the app can roll a whole subtree up in one request;
 * - `from` / `to`: an inclusive year range.
 * Unknown ids, malformed years and from > to answer 400 `invalid_query`.
 *
 * `GET /measurements/:id`, `GET /measurements/:id/history` (oldest first; a
 * seeded measurement has one 'created' entry from reportedAt / reportedBy).
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod'
import type { Measurement } from '@/api/schemas'
import type { Db } from '../db'
import {
  checkYearRange,
  idParam,
  notFound,
  readQuery,
  yearParam,
  type HandlerContext,
} from '../handler-context'

export function measurementHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const area = () => idParam((id) => db.areas.has(id), 'area').optional()
  const querySchema = z
    .object({
      programmeId: idParam((id) => db.programmes.has(id), 'programme').optional(),
      indicatorId: idParam(
        (id) => db.programmeOfIndicator(id) !== undefined,
        'indicator',
      ).optional(),
      areaId: area(),
      parentId: area(),
      ancestorId: area(),
      from: yearParam.optional(),
      to: yearParam.optional(),
    })
    .superRefine(checkYearRange)

  return [
    http.get(ctx.route('/measurements'), ({ request }) => {
      const query = readQuery(request, querySchema)
      if (!query.ok) return query.response
      const q = query.data
      const [enter, exit] = q.ancestorId === undefined ? [0, 0] : db.areas.rangeOf(q.ancestorId)
      const matches = (m: Measurement) => {
        if (q.indicatorId !== undefined && m.indicatorId !== q.indicatorId) return false
        if (q.programmeId !== undefined && db.programmeOfIndicator(m.indicatorId) !== q.programmeId)
          return false
        if (q.areaId !== undefined && m.areaId !== q.areaId) return false
        if (q.parentId !== undefined && db.areas.get(m.areaId)?.parentId !== q.parentId)
          return false
        if (q.ancestorId !== undefined) {
          const position = db.areas.positionOf(m.areaId)
          if (position < enter || position >= exit) return false
        }
        if (q.from !== undefined && m.year < q.from) return false
        if (q.to !== undefined && m.year > q.to) return false
        return true
      }
      const result: Measurement[] = []
      for (const m of db.measurements.values()) if (matches(m)) result.push(m)
      return HttpResponse.json(result)
    }),
    http.get<{ id: string }>(ctx.route('/measurements/:id'), ({ params }) => {
      const m = db.measurements.get(params.id)
      return m ? HttpResponse.json(m) : notFound('Measurement', params.id)
    }),
    http.get<{ id: string }>(ctx.route('/measurements/:id/history'), ({ params }) =>
      db.measurements.has(params.id)
        ? HttpResponse.json(db.historyOf(params.id))
        : notFound('Measurement', params.id),
    ),
  ]
}

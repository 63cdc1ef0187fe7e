import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import type { Db } from '../db'
import { idParam, readQuery, type HandlerContext } from '../handler-context'

/** `GET /targets?programmeId=`: the targets of one programme's indicators (programmeId required). */
export function targetHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const querySchema = z.object({
    programmeId: z.pipe(
      z.string({ error: 'is required' }),
      idParam((id) => db.programmes.has(id), 'programme'),
    ),
  })
  return [
    http.get(ctx.route('/targets'), ({ request }) => {
      const query = readQuery(request, querySchema)
      if (!query.ok) return query.response
      const { programmeId } = query.data
      return HttpResponse.json(
        db.targets.filter((t) => db.programmeOfIndicator(t.indicatorId) === programmeId),
      )
    }),
  ]
}

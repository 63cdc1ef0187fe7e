import { http, HttpResponse, type HttpHandler } from 'msw'
import { programmeSummarySchema } from '@/api/schemas'
import type { Db } from '../db'
import { notFound, type HandlerContext } from '../handler-context'

/** `GET /programmes` (summaries, without indicators) and `GET /programmes/:id`. */
export function programmeHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  return [
    http.get(ctx.route('/programmes'), () =>
      HttpResponse.json([...db.programmes.values()].map((p) => programmeSummarySchema.parse(p))),
    ),
    http.get<{ id: string }>(ctx.route('/programmes/:id'), ({ params }) => {
      const programme = db.programmes.get(params.id)
      return programme ? HttpResponse.json(programme) : notFound('Programme', params.id)
    }),
  ]
}

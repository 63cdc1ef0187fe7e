import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Db } from '../db'
import type { HandlerContext } from '../handler-context'

/** `GET /areas`: every area of the dataset. */
export function areaHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  return [http.get(ctx.route('/areas'), () => HttpResponse.json(db.areas.all()))]
}

import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Db } from '../db'
import type { HandlerContext } from '../handler-context'

/** `GET /units`: every unit (organisation) of the dataset. */
export function unitHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  return [http.get(ctx.route('/units'), () => HttpResponse.json([...db.units.values()]))]
}

import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Db } from '../db'
import type { HandlerContext } from '../handler-context'

/** `GET /movements`: every emulation movement of the dataset. */
export function movementHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  return [http.get(ctx.route('/movements'), () => HttpResponse.json([...db.movements.values()]))]
}

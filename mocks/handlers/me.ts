import { http, HttpResponse, type HttpHandler } from 'msw'
import type { Db } from '../db'
import { apiError, type HandlerContext } from '../handler-context'

/** `GET /me`: the current mock user (`db.currentUserId`, the admin by default). */
export function meHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  return [
    http.get(ctx.route('/me'), () => {
      const user = db.currentUser()
      return user
        ? HttpResponse.json(user)
        : apiError(401, 'unauthenticated', 'No user is signed in')
    }),
  ]
}

/**
 * `GET /me`: the current mock user (`db.currentUserId`, the admin by default).
 *
 * MOCK-ONLY extensions, for the header's user switcher (a real backend has
 * sign-in instead and does not offer them):
 * - `GET /me/users` → every mock user (`Me[]`) one may become;
 * - `PUT /me` `{ userId }` → 200 the new current user; 400 for an unknown id.
 * Outside vitest the choice is remembered in localStorage
 * (`emulation-tracker.mock-user`) and restored when the handlers are created,
 * so it survives a reload of the page. Tests always start as the default user.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import type { Db } from '../db'
import { apiError, type HandlerContext } from '../handler-context'

export const MOCK_USER_STORAGE_KEY = 'emulation-tracker.mock-user'

// import.meta.env is Vite's: absent when the handlers run in plain Node (scripts/serve.ts).
const remembers = import.meta.env?.MODE !== 'test'

function storage(): Storage | undefined {
  try {
    return remembers && typeof localStorage !== 'undefined' ? localStorage : undefined
  } catch {
    return undefined
  }
}

export function meHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const stored = storage()?.getItem(MOCK_USER_STORAGE_KEY)
  if (stored && db.users.some((u) => u.id === stored)) db.currentUserId = stored

  const switchSchema = z.strictObject({ userId: z.string().check(z.minLength(1)) })
  return [
    http.get(ctx.route('/me'), () => {
      const user = db.currentUser()
      return user
        ? HttpResponse.json(user)
        : apiError(401, 'unauthenticated', 'No user is signed in')
    }),
    http.get(ctx.route('/me/users'), () => HttpResponse.json(db.users)),
    http.put(ctx.route('/me'), async ({ request }) => {
      let json: unknown
      try {
        json = await request.json()
      } catch {
        return apiError(400, 'invalid_body', 'The body is not valid JSON')
      }
      const body = switchSchema.safeParse(json)
      const user = body.success ? db.users.find((u) => u.id === body.data.userId) : undefined
      if (!user)
        return apiError(400, 'invalid_body', 'Invalid field(s): userId', [
          { field: 'userId', message: 'unknown user' },
        ])
      db.currentUserId = user.id
      try {
        storage()?.setItem(MOCK_USER_STORAGE_KEY, user.id)
      } catch {
        // Storage unavailable: the choice lasts until the page is reloaded.
      }
      return HttpResponse.json(user)
    }),
  ]
}

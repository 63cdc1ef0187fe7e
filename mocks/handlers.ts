import { delay, http, type HttpHandler } from 'msw'
import type { Db } from './db'
import { faultHandler } from './faults'
import { figureHandlers } from './handlers/figures'
import { apiError, createHandlerContext } from './handler-context'
import { areaHandlers } from './handlers/areas'
import { measurementHandlers } from './handlers/measurements'
import { meHandlers } from './handlers/me'
import { modelHandlers } from './handlers/models'
import { movementHandlers } from './handlers/movements'
import { programmeHandlers } from './handlers/programmes'
import { targetHandlers } from './handlers/targets'
import { unitHandlers } from './handlers/units'

export interface HandlerOptions {
  /** Base path ('/api/v1', matched on any origin) or absolute base URL. */
  baseUrl?: string
  /** Artificial latency per request, in ms (0: none). */
  latencyMs?: number
}

/**
 * Every handler of the mock backend over `db`. Requests under the base path
 * that no endpoint answers get a 404 `not_found` error body. Faults stored in
 * localStorage (./faults.ts) are answered first.
 */
export function createHandlers(
  db: Db,
  { baseUrl = '/api/v1', latencyMs = 0 }: HandlerOptions = {},
): HttpHandler[] {
  const ctx = createHandlerContext(baseUrl)
  const latency: HttpHandler[] =
    latencyMs > 0
      ? [
          // Returns nothing, so the request falls through to the real handler.
          http.all(ctx.route('/*'), async () => {
            await delay(latencyMs)
          }),
        ]
      : []
  return [
    // Mock-only: injected failures and the offline state (see ./faults.ts); falls through otherwise.
    faultHandler(ctx),
    ...latency,
    ...areaHandlers(db, ctx),
    ...unitHandlers(db, ctx),
    ...movementHandlers(db, ctx),
    ...programmeHandlers(db, ctx),
    ...targetHandlers(db, ctx),
    ...figureHandlers(db, ctx),
    ...measurementHandlers(db, ctx),
    ...modelHandlers(db, ctx),
    ...meHandlers(db, ctx),
    http.all(ctx.route('/*'), ({ request }) =>
      apiError(
        404,
        'not_found',
        `No endpoint for ${request.method} ${new URL(request.url).pathname}`,
      ),
    ),
  ]
}

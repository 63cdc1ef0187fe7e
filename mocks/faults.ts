import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import type { HandlerContext } from './handler-context'

/**
 * Mock-only fault injection, for the resilience e2e tests and for demos: rules
 * stored in localStorage under FAULTS_KEY make matching API requests fail.
 *
 *   localStorage.setItem('emulation-tracker.mock-faults',
 *     JSON.stringify([{ path: '/models/stats', kind: '500' }]))
 *
 * `path` is matched against the request path below the base URL, without the
 * query string: exactly, or as a prefix when it ends in `*` ('/models/*').
 * `method` (optional) limits a rule to one HTTP method. Kinds:
 * - '500': an error body with status 500
 * - 'timeout': never answers (the app's request timeout fires)
 * - 'malformed': status 200 with a body that is not JSON
 * - 'shape': valid JSON of the wrong shape
 * - 'empty': an empty list (`body` overrides it, e.g. an empty page)
 * - 'slow': waits `ms` (default 2000), then the real handler answers
 * While the browser is offline (`navigator.onLine === false`, e.g. Playwright's
 * `context.setOffline(true)`) every API request fails as a network error, as a
 * real backend would be unreachable. Outside a browser nothing of this runs.
 */
export const FAULTS_KEY = 'emulation-tracker.mock-faults'

export const faultKinds = ['500', 'timeout', 'malformed', 'shape', 'empty', 'slow'] as const

const faultSchema = z.object({
  path: z.string().check(z.minLength(1)),
  kind: z.enum(faultKinds),
  method: z.optional(z.string()),
  ms: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  body: z.optional(z.unknown()),
})
export type Fault = z.infer<typeof faultSchema>

/** The stored rules; missing, unreadable or invalid rules count as none. */
export function readFaults(): Fault[] {
  if (typeof localStorage === 'undefined') return []
  try {
    const raw = localStorage.getItem(FAULTS_KEY)
    if (raw === null) return []
    const parsed = z.array(faultSchema).safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/** The first rule that applies to a request for `path` (below the base URL). */
export function matchFault(faults: Fault[], method: string, path: string): Fault | undefined {
  return faults.find(
    (fault) =>
      (fault.method === undefined || fault.method.toUpperCase() === method.toUpperCase()) &&
      (fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path),
  )
}

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false

/** The fault handler: registered first, it returns nothing (falls through) unless a rule applies. */
export function faultHandler(ctx: HandlerContext): HttpHandler {
  const basePath = new URL(ctx.baseUrl, 'http://base').pathname
  return http.all(ctx.route('/*'), async ({ request }) => {
    if (isOffline()) return HttpResponse.error()
    const faults = readFaults()
    if (faults.length === 0) return undefined
    const pathname = new URL(request.url).pathname
    const at = pathname.indexOf(basePath)
    const path = at < 0 ? pathname : pathname.slice(at + basePath.length)
    const fault = matchFault(faults, request.method, path)
    if (!fault) return undefined
    switch (fault.kind) {
      case '500':
        return HttpResponse.json(
          { error: { code: 'internal', message: `Injected fault: ${request.method} ${path}` } },
          { status: 500 },
        )
      case 'timeout':
        await delay('infinite')
        return undefined
      case 'malformed':
        return HttpResponse.text('{oops', { headers: { 'Content-Type': 'application/json' } })
      case 'shape':
        return HttpResponse.json({ unexpected: true, items: 'not a list' })
      case 'empty':
        return HttpResponse.json(fault.body ?? [])
      case 'slow':
        await delay(fault.ms ?? 2000)
        return undefined
    }
  })
}

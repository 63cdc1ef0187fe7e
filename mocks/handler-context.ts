import { HttpResponse } from 'msw'
import { z } from 'zod/mini'

export interface HandlerContext {
  /** The base path or URL of the API, without a trailing slash ('/api/v1'). */
  baseUrl: string
  /** The msw path pattern of an endpoint: `route('/areas')`. */
  route(path: string): string
}

/**
 * A relative base path ('/api/v1') becomes the pattern '*\/api/v1/…', which
 * matches that path on any origin: the page's origin in the browser,
 * jsdom's 'http://localhost:3000' in vitest, and plain Node (no `location`),
 * where msw would otherwise leave a relative pattern unresolved and match
 * nothing. An absolute base URL is used as it is.
 */
export function createHandlerContext(baseUrl: string): HandlerContext {
  const base = baseUrl.replace(/\/+$/, '')
  const prefix = /^[a-z][a-z\d+.-]*:\/\//i.test(base)
    ? base
    : `*${base.startsWith('/') ? '' : '/'}${base}`
  return { baseUrl: base, route: (path) => `${prefix}${path}` }
}

export interface FieldProblem {
  field: string
  message: string
}

/** The contract's error body: `{ error: { code, message, details? } }`. */
export function apiError(status: number, code: string, message: string, details?: unknown) {
  return HttpResponse.json(
    { error: details === undefined ? { code, message } : { code, message, details } },
    { status },
  )
}

export function notFound(what: string, id: string) {
  return apiError(404, 'not_found', `${what} '${id}' not found`)
}

export function invalidQuery(details: FieldProblem[]) {
  const fields = details.map((d) => d.field).join(', ')
  return apiError(400, 'invalid_query', `Invalid query parameter(s): ${fields}`, details)
}

type QueryResult<T> = { ok: true; data: T } | { ok: false; response: Response }

/**
 * Reads a request's query string into `schema`. Empty values count as absent;
 * the parameters named in `multi` may repeat or be comma-separated and arrive
 * as arrays. Unknown parameters are ignored. A failure is a 400 `invalid_query`
 * whose details name each invalid field once.
 */
export function readQuery<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  multi: readonly string[] = [],
): QueryResult<z.output<S>> {
  const params = new URL(request.url).searchParams
  const raw: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    if (multi.includes(key)) {
      const values = params
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '')
      if (values.length > 0) raw[key] = values
    } else {
      const value = (params.get(key) ?? '').trim()
      if (value !== '') raw[key] = value
    }
  }
  const parsed = schema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const details: FieldProblem[] = []
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'query')
    if (!details.some((d) => d.field === field)) details.push({ field, message: issue.message })
  }
  return { ok: false, response: invalidQuery(details) }
}

// ---- Query parameter schemas ----------------------------------------------

export const yearParam = z.pipe(
  z.string().check(z.regex(/^\d{4}$/, 'must be a four-digit year')),
  z.transform(Number),
)

export function intParam(min: number, max?: number) {
  const message =
    max === undefined
      ? `must be an integer of at least ${min}`
      : `must be an integer from ${min} to ${max}`
  return z
    .pipe(z.string().check(z.regex(/^\d+$/, message)), z.transform(Number))
    .check(z.refine((n) => n >= min && (max === undefined || n <= max), message))
}

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` })
}

/** A multi-select parameter: every value must be one of `values`. */
export function enumListParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.array(enumParam(values))
}

/** An id that must name an existing record. */
export function idParam(exists: (id: string) => boolean, what: string) {
  return z
    .string()
    .check(z.refine(exists, { error: (issue) => `unknown ${what} '${String(issue.input)}'` }))
}

/** Adds the "from must not be after to" rule to a schema with a year range. */
export function checkYearRange(
  query: { from?: number | undefined; to?: number | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'from must not be after to' })
  }
}

type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response }

/** A 400 `invalid_body` naming every invalid field. */
export function invalidBody(details: FieldProblem[]) {
  const fields = details.map((d) => d.field).join(', ')
  return apiError(400, 'invalid_body', `Invalid field(s): ${fields}`, details)
}

/** The invalid fields of a failed parse, one entry per field. */
export function problemsOf(error: z.core.$ZodError): FieldProblem[] {
  const problems: FieldProblem[] = []
  for (const issue of error.issues) {
    const field =
      issue.code === 'unrecognized_keys'
        ? issue.keys.join(', ')
        : issue.path.map(String).join('.') || 'body'
    if (!problems.some((p) => p.field === field)) problems.push({ field, message: issue.message })
  }
  return problems
}

/** A JSON request body parsed with a schema, or the 400 to answer. */
export async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
): Promise<BodyResult<z.output<S>>> {
  let json: unknown
  try {
    json = await request.json()
  } catch {
    return { ok: false, response: apiError(400, 'invalid_body', 'The body is not valid JSON') }
  }
  const parsed = schema.safeParse(json)
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: invalidBody(problemsOf(parsed.error)) }
}

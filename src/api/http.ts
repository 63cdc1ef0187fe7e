import type { z } from 'zod/mini'
import { env } from '@/shared/lib/env'
import { apiErrorSchema } from './schemas'
import { ApiError } from '@/shared/lib/api-error'

type Params = Record<string, string | number | boolean | readonly string[] | undefined | null>

export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','))
    } else search.set(key, String(value))
  }
  const query = search.toString()
  return `${env.VITE_API_BASE_URL}${path}${query ? `?${query}` : ''}`
}

/**
 * The one way the app talks to the API: fetch, check the status, parse the
 * JSON with the schema. Any failure becomes an ApiError whose message names
 * what went wrong (for a malformed payload: the first bad field's path).
 */
export async function request<S extends z.ZodMiniType>(
  schema: S,
  path: string,
  options: { params?: Params; signal?: AbortSignal; method?: string; body?: unknown } = {},
): Promise<z.infer<S>> {
  const url = apiUrl(path, options.params)
  const timeout = AbortSignal.timeout(env.VITE_REQUEST_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: options.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
    })
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', path, `Request timed out: ${path}`)
    if (options.signal?.aborted) throw error
    throw new ApiError('network', path, `Network error: ${path}`)
  }

  let json: unknown
  try {
    json = await response.json()
  } catch {
    if (!response.ok)
      throw new ApiError('http', path, `HTTP ${response.status}: ${path}`, {
        status: response.status,
      })
    throw new ApiError('malformed', path, `The server's answer is not valid JSON: ${path}`, {
      status: response.status,
    })
  }

  if (!response.ok) {
    const body = apiErrorSchema.safeParse(json)
    const error = body.success ? body.data.error : undefined
    throw new ApiError('http', path, error?.message ?? `HTTP ${response.status}: ${path}`, {
      status: response.status,
      code: error?.code,
      details: error?.details,
    })
  }

  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.length ? issue.path.map(String).join('.') : '(root)'
    throw new ApiError(
      'shape',
      path,
      `Unexpected data from ${path}: ${field} — ${issue?.message ?? 'invalid'}`,
      {
        status: response.status,
        details: { field },
      },
    )
  }
  return parsed.data
}

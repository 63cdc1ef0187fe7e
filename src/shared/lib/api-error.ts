export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'shape'

/** Every failure of an API call: what went wrong, in a form the UI can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly code?: string
  readonly details?: unknown
  readonly path: string

  constructor(
    kind: ApiErrorKind,
    path: string,
    message: string,
    extra: { status?: number; code?: string; details?: unknown } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.path = path
    this.status = extra.status
    this.code = extra.code
    this.details = extra.details
  }

  /** 4xx answers will not change on retry; network, timeout and 5xx may. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.status ?? 0) >= 500
  }
}

import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { useSearchUpdate } from '@/shared/lib/use-search-update'

/** A page parameter's value from the URL, or the fallback with the bad value to report. */
export const parseChoice = <T extends string>(
  raw: string | null,
  values: readonly T[],
  fallback: T,
): { value: T; invalid?: string } => {
  if (raw === null) return { value: fallback }
  const found = values.find((v) => v === raw)
  return found ? { value: found } : { value: fallback, invalid: shown(raw) }
}

/** A comma-separated list: known values in their canonical order, unknown ones reported. */
export const parseList = <T extends string>(
  raw: string | null,
  values: readonly T[],
): { values: T[]; invalid: string[] } => {
  if (raw === null || raw === '') return { values: [], invalid: [] }
  const parts = raw.split(',').map((part) => part.trim())
  return {
    values: values.filter((v) => parts.includes(v)),
    invalid: parts.filter((part) => !(values as readonly string[]).includes(part)).map(shown),
  }
}

/** A bad value is echoed back in a notice: keep it short and printable. */
export const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value)

/**
 * The page's own URL parameters (status filter, sort, order, tile colouring, compare set) next to
 * the shared filters. A change is applied at once, like the filter bar's; `replace` for view
 * choices that should not fill the history (sorting).
 */
export function usePageParams() {
  const [params] = useSearchParams()
  const setParam = useSearchUpdate()
  /** The current search with some parameters changed, for links. */
  const searchWith = useCallback(
    (patch: Record<string, string | undefined>) => withParams(params, patch),
    [params],
  )
  return { params, setParam, searchWith }
}

/** A query (`?…`, or '' when empty) with some parameters changed; `undefined` removes one. */
export function withParams(
  search: string | URLSearchParams,
  patch: Record<string, string | undefined>,
) {
  const next = new URLSearchParams(search)
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) next.delete(key)
    else next.set(key, value)
  }
  const query = next.toString()
  return query ? `?${query}` : ''
}

import { useCallback, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'

/** Query parameters to set; `undefined` or `''` removes one. */
export type SearchPatch = Record<string, string | number | undefined>

/**
 * Changes some of the URL's query parameters, keeping the others; an urgent update, so the
 * controls always show what was chosen. The function keeps its identity while only the query
 * changes: content memoised on the page's deferred values does not redraw because of it.
 */
export function useSearchUpdate() {
  const navigate = useNavigate()
  const { search } = useLocation()
  // The query as of the last change: two changes before a render both count.
  const current = useRef(search)
  useLayoutEffect(() => {
    current.current = search
  }, [search])
  return useCallback(
    (patch: SearchPatch, { replace = false } = {}) => {
      const next = new URLSearchParams(current.current)
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined || value === '') next.delete(key)
        else next.set(key, String(value))
      }
      const query = next.toString()
      current.current = query ? `?${query}` : ''
      void navigate({ search: current.current }, { replace })
    },
    [navigate],
  )
}

import { useCallback, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'

/** Query parameters to set; `undefined` or `''` removes one. */
export type SearchPatch = Record<string, string | number | undefined>

type Options = { replace?: boolean }

/**
 * Changes the URL's query, from the current one; an urgent update, so the controls always
 * show what was chosen. The function keeps its identity while only the query changes: content
 * memoised on the page's deferred values does not redraw because of it. It reads the query as
 * of the last change, so that two changes before a render both count.
 */
export function useSearchChange() {
  const navigate = useNavigate()
  const { search } = useLocation()
  const current = useRef(search)
  useLayoutEffect(() => {
    current.current = search
  }, [search])
  return useCallback(
    (change: (params: URLSearchParams) => URLSearchParams, { replace = false }: Options = {}) => {
      const query = change(new URLSearchParams(current.current)).toString()
      current.current = query ? `?${query}` : ''
      void navigate({ search: current.current }, { replace })
    },
    [navigate],
  )
}

/** `useSearchChange` for setting some parameters and keeping the others. */
export function useSearchUpdate() {
  const change = useSearchChange()
  return useCallback(
    (patch: SearchPatch, options?: Options) =>
      change((params) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === '') params.delete(key)
          else params.set(key, String(value))
        }
        return params
      }, options),
    [change],
  )
}

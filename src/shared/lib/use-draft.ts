import { useCallback, useEffect, useState } from 'react'

const PREFIX = 'emulation-tracker.draft.'

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    return raw === null ? undefined : (JSON.parse(raw) as T)
  } catch {
    return undefined
  }
}

/**
 * Form input that survives a reload, a failed save and a 409: kept in
 * localStorage under `key` while the form is open, dropped with `clear()`
 * once the save succeeded. `restored` says whether a saved draft was found.
 */
export function useDraft<T>(key: string, initial: () => T) {
  const [state, setState] = useState(() => {
    const saved = read<T>(key)
    return { value: saved ?? initial(), restored: saved !== undefined }
  })

  useEffect(() => {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(state.value))
    } catch {
      // Storage full or unavailable: the draft lives in memory only.
    }
  }, [key, state.value])

  const setValue = useCallback((update: T | ((previous: T) => T)) => {
    setState((previous) => ({
      restored: previous.restored,
      value: typeof update === 'function' ? (update as (p: T) => T)(previous.value) : update,
    }))
  }, [])

  const clear = useCallback(() => {
    try {
      localStorage.removeItem(PREFIX + key)
    } catch {
      // nothing stored
    }
  }, [key])

  return { value: state.value, setValue, restored: state.restored, clear }
}

import { useEffect } from 'react'

/** How long the pointer or the focus rests on a link before its page is loaded (ms). */
export const INTENT_MS = 100

/** The app's own URL (path and query) a link leads to; undefined for other links. */
function urlOf(target: EventTarget | null) {
  const link = target instanceof Element ? target.closest('a[href]') : null
  if (!(link instanceof HTMLAnchorElement)) return undefined
  if (link.origin !== window.location.origin || link.target || link.hasAttribute('download'))
    return undefined
  return `${link.pathname}${link.search}`
}

/**
 * Starts loading the page a link leads to (`preload`: its code, strings and data) once the
 * pointer or the focus has rested on the link for a moment, so that following it waits for
 * less. Every link of the app, through one listener on the document; a pointer passing over a
 * table's rows on its way elsewhere loads nothing.
 */
export function usePreloadOnIntent(preload: (url: string) => void) {
  useEffect(() => {
    let pending: string | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const start = (event: Event) => {
      const url = urlOf(event.target)
      if (url === pending) return
      clearTimeout(timer)
      pending = url
      if (url) timer = setTimeout(() => preload(url), INTENT_MS)
    }
    const stop = (event: PointerEvent | FocusEvent) => {
      if (urlOf(event.relatedTarget) === pending) return
      clearTimeout(timer)
      pending = undefined
    }
    const listeners = [
      ['pointerover', start],
      ['focusin', start],
      ['pointerout', stop],
      ['focusout', stop],
    ] as const
    for (const [type, listener] of listeners)
      document.addEventListener(type, listener as EventListener)
    return () => {
      clearTimeout(timer)
      for (const [type, listener] of listeners)
        document.removeEventListener(type, listener as EventListener)
    }
  }, [preload])
}

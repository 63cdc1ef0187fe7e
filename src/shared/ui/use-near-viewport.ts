import { useEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** How far outside the viewport an element still counts as near: about a scroll step. */
const MARGIN = '300px'

/**
 * Whether the element is in or near the viewport. While printing it is always true, so a
 * printout shows everything as it is now. Without IntersectionObserver (old browsers, jsdom)
 * it is always true as well.
 */
export function useNearViewport(ref: RefObject<Element | null>) {
  const [near, setNear] = useState(true)
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  useEffect(() => {
    // Print layout starts right after `beforeprint`: the update has to be on screen by then.
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  return near || printing
}

import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** How far outside the viewport an element still counts as near (px): about a scroll step. */
const MARGIN = 300

/**
 * Whether the element is in or near the viewport. It is measured once before the first paint
 * (so what is in view is drawn in it), then followed with an IntersectionObserver. While
 * printing it is always true, so a printout shows everything as it is now. Without
 * IntersectionObserver (old browsers, jsdom) it is always true as well.
 */
export function useNearViewport(ref: RefObject<Element | null>) {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined')
  const [printing, setPrinting] = useState(false)
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect()
    if (box && box.top < window.innerHeight + MARGIN && box.bottom > -MARGIN) setNear(true)
  }, [ref])
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: `${MARGIN}px` },
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

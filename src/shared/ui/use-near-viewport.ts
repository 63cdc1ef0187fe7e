import { createContext, use, useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { usePrinting } from './use-printing'

/** How far outside the viewport an element still counts as near (px): about a scroll step. */
const MARGIN = 300

/**
 * Whether the content inside is shown at all: a deck's slides other than the current one are
 * laid out in the viewport but hidden.
 */
export const ShownContext = createContext(true)

/**
 * Whether the element is shown (`ShownContext`) and in or near the viewport. The viewport is
 * measured once before the first paint (so what is in view is drawn in it), then followed
 * with an IntersectionObserver; without one (old browsers, jsdom) everything counts as near.
 * While printing it is always true, so a printout shows everything as it is now.
 */
export function useNearViewport(ref: RefObject<Element | null>) {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined')
  const printing = usePrinting()
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
  const shown = use(ShownContext)
  return (near && shown) || printing
}

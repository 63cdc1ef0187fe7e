import { useCallback, useRef, useState } from 'react'
import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual'
import { usePrinting } from '@/shared/ui/use-printing'

/** A row's height before any row is measured: one line of text in a data-table cell. */
const ROW_ESTIMATE = 41
/** Rows rendered beyond each edge of the viewport, so Tab always finds the next row link. */
const OVERSCAN = 10

/**
 * Renders only the rows of a long table body that are in or near the viewport; the page
 * scrolls as usual (a window virtualizer). Pass `trackBody` as the `<tbody>`'s ref and render
 * `rows` (each `<tr>` with `data-index={row.index}` and `ref={measure}`) between spacer rows of
 * `before` and `after` pixels; while the page is printed, every row is rendered. Rows not
 * rendered yet are assumed as tall as the rows measured so far on average, so the page's height
 * and a jump to its end come out about right. Without layout (jsdom) a row measures as the
 * estimate and the viewport is the window's size, so the first rows still render.
 */
export function useWindowRows(count: number) {
  // Where the body starts on the page (the virtualizer counts from the page top), measured
  // again whenever the page's height changes, e.g. when something above the table grows.
  const [scrollMargin, setScrollMargin] = useState(0)
  const trackBody = useCallback((body: HTMLTableSectionElement) => {
    const measure = () =>
      setScrollMargin(Math.round(body.getBoundingClientRect().top + window.scrollY))
    measure()
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure)
    observer?.observe(document.documentElement)
    return () => observer?.disconnect()
  }, [])
  const measured = useRef({ rows: 0, height: 0 })
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () =>
      measured.current.rows === 0
        ? ROW_ESTIMATE
        : Math.round(measured.current.height / measured.current.rows),
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance) || ROW_ESTIMATE
      measured.current.rows++
      measured.current.height += height
      return height
    },
  })
  const printing = usePrinting()
  const measure = virtualizer.measureElement
  if (printing)
    return {
      trackBody,
      rows: Array.from({ length: count }, (_, index) => ({ index })),
      before: 0,
      after: 0,
      measure,
    }
  const rows = virtualizer.getVirtualItems()
  const first = rows[0]
  const last = rows.at(-1)
  return {
    trackBody,
    rows,
    before: first ? first.start - scrollMargin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measure,
  }
}

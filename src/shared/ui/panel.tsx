import { Suspense, useDeferredValue, useId, type ReactNode } from 'react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from './error-message'
import { Skeleton } from './skeleton'

type PanelProps = {
  title: ReactNode
  children: ReactNode
  /** Values that, when they change, clear a shown error (e.g. the filters). */
  resetKeys?: unknown[]
  actions?: ReactNode
  className?: string
  skeletonHeight?: number
  /** Text above the content that needs no data: drawn with the frame, in the first paint. */
  intro?: ReactNode
  /** The content needs no data and is cheap to draw: drawn with the frame, not after it. */
  eager?: boolean
}

/**
 * The frame of every block of the page: a titled section with its own
 * loading skeleton and error boundary, so one failing panel never blanks the page.
 */
export function Panel({
  title,
  children,
  resetKeys,
  actions,
  className,
  skeletonHeight,
  intro,
  eager = false,
}: PanelProps) {
  const headingId = useId()
  // On mount the frame paints first (title, intro, skeleton) and the content follows in a
  // background render: the page's heading and frames are on screen without waiting for every
  // chart.
  const ready = useDeferredValue(true, eager)
  const skeleton = <Skeleton height={skeletonHeight} />
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 id={headingId} className="panel__title">
          {title}
        </h2>
        {actions}
      </header>
      {intro}
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            resetKeys={resetKeys}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <ErrorMessage error={error} onRetry={resetErrorBoundary} />
            )}
          >
            <Suspense fallback={skeleton}>{ready ? children : skeleton}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  )
}

import { Suspense, type ReactNode } from 'react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Skeleton } from '@/shared/ui/skeleton'

/**
 * One slide: a heading, its content (with its own loading state and error boundary) and a
 * caption of its context — so a photo of the slide still says what it shows.
 */
export function SlideFrame({
  kicker,
  heading,
  caption,
  number,
  children,
  variant,
}: {
  kicker?: ReactNode
  heading: ReactNode
  caption: string
  number: string
  children: ReactNode
  variant?: 'title'
}) {
  return (
    <div className={`slide__frame${variant ? ` slide__frame--${variant}` : ''}`}>
      <header className="slide__header">
        {kicker && <p className="slide__kicker">{kicker}</p>}
        <h2 className="slide__title">{heading}</h2>
      </header>
      <div className="slide__body">
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              onReset={reset}
              fallbackRender={({ error, resetErrorBoundary }) => (
                <ErrorMessage error={error} onRetry={resetErrorBoundary} />
              )}
            >
              <Suspense fallback={<Skeleton height={360} />}>{children}</Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </div>
      <footer className="slide__caption">
        <span>{caption}</span>
        <span className="slide__number">{number}</span>
      </footer>
    </div>
  )
}

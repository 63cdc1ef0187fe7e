import { Suspense, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage, isCodeLoadError } from '@/shared/ui/error-message'
import { Skeleton } from '@/shared/ui/skeleton'

/**
 * Around a part of the frame (the filter bar, the page): a skeleton while its code and data
 * load, and its failure explained with a retry in its place, so the rest (header, navigation)
 * keeps working. Code that could not be fetched (offline, a new release) is retried by
 * reloading: the browser keeps a failed module load.
 */
export function LoadBoundary({
  children,
  fallback = <Skeleton height={480} />,
}: {
  children: ReactNode
  fallback?: ReactNode
}) {
  const { pathname } = useLocation()
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[pathname]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <ErrorMessage
              error={error}
              onRetry={isCodeLoadError(error) ? () => window.location.reload() : resetErrorBoundary}
            />
          )}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}

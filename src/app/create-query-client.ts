import { QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { ApiError } from '@/shared/lib/api-error'

const MAX_RETRIES = 2

/**
 * The one place for query defaults: data is fresh for a minute; 4xx answers
 * are not retried (they will not change), network errors, timeouts and 5xx
 * are retried twice with backoff. Requests are tried offline too
 * (`networkMode: 'always'`): a panel then says the server cannot be reached
 * and offers a retry instead of waiting in a skeleton; a failed save keeps
 * the typed input. Data already on screen stays when a background refetch
 * fails (suspense queries only throw while they have no data).
 */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && (!(error instanceof ApiError) || error.retryable),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        networkMode: 'always',
        ...overrides,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
}

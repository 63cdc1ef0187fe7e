import { useTranslation } from 'react-i18next'
import { ApiError } from '@/shared/lib/api-error'

/** A failure explained in plain words, with a retry when one can help. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  const { title, detail } = describe(error, t)
  return (
    <div role="alert" className="error-message">
      <p className="error-message__title">
        <span aria-hidden="true">⚠ </span>
        {title}
      </p>
      {detail && <p className="error-message__detail">{detail}</p>}
      {onRetry && canRetry(error) && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  )
}

function describe(error: unknown, t: (key: string, options?: Record<string, unknown>) => string) {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return { title: t('errors.network'), detail: undefined }
      case 'timeout':
        return { title: t('errors.timeout'), detail: undefined }
      case 'malformed':
        return { title: t('errors.malformed'), detail: error.path }
      case 'shape': {
        const field =
          error.details && typeof error.details === 'object' && 'field' in error.details
            ? String(error.details.field)
            : ''
        return { title: t('errors.shape', { field }), detail: error.message }
      }
      case 'http':
        if (error.status === 404) return { title: t('errors.notFound'), detail: error.message }
        if (error.status === 403) return { title: t('errors.forbidden'), detail: error.message }
        if ((error.status ?? 0) >= 500)
          return { title: t('errors.server', { status: error.status }), detail: error.message }
        return { title: t('errors.request', { status: error.status }), detail: error.message }
    }
  }
  if (isCodeLoadError(error)) return { title: t('resilience.codeLoad'), detail: undefined }
  return {
    title: t('errors.unexpected'),
    detail: error instanceof Error ? error.message : undefined,
  }
}

/**
 * Whether asking again can help: not when the server has said that what was asked for does not
 * exist or is not allowed (404, 403, 410); it can after a failed connection, a timeout, a server
 * error or an answer it could not read.
 */
const canRetry = (error: unknown) =>
  !(
    error instanceof ApiError &&
    error.kind === 'http' &&
    [403, 404, 410].includes(error.status ?? 0)
  )

/** A lazily loaded part of the app whose code could not be fetched (offline, or a new release). */
export const isCodeLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|module script|Unable to preload/i.test(error.message)

import './provenance.css'
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Skeleton } from '@/shared/ui/skeleton'

// Loaded on first opening: the dashboards do not pay for it up front.
const ProvenanceDetails = lazy(async () => ({
  default: (await import('./provenance-details')).ProvenanceDetails,
}))

export type ProvenanceArgs = { indicatorId: string; areaId: string; year: number }

/**
 * "Where does this figure come from?": a button that opens a native modal
 * <dialog> listing the measurement(s) behind the figure of one indicator, area
 * and year — for a roll-up the children it was built from and the missing ones.
 * It fetches what it needs (mostly from the cache the dashboards already filled).
 */
export function ProvenanceButton({ indicatorId, areaId, year }: ProvenanceArgs) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button button--quiet provenance-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">ⓘ </span>
        {t('provenance.button')}
      </button>
      {open && (
        <ProvenanceDialog
          indicatorId={indicatorId}
          areaId={areaId}
          year={year}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}

function ProvenanceDialog({ onClose, ...args }: ProvenanceArgs & { onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [])
  return (
    <dialog ref={ref} className="provenance" aria-labelledby={titleId} onClose={onClose}>
      <div className="provenance__header">
        <h2 id={titleId}>{t('provenance.title')}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('provenance.close')}
        </button>
      </div>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallbackRender={({ error, resetErrorBoundary }) => (
              <ErrorMessage error={error} onRetry={resetErrorBoundary} />
            )}
          >
            <Suspense fallback={<Skeleton height={200} />}>
              <ProvenanceDetails {...args} />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </dialog>
  )
}

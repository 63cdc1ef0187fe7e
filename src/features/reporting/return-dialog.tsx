import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Asks for the comment that goes with a return (required). A native modal
 * <dialog>: focus stays inside, Escape closes it, focus returns to the opener.
 */
export function ReturnDialog({
  title,
  onConfirm,
  onClose,
}: {
  title: string
  onConfirm: (comment: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [comment, setComment] = useState('')
  const [attempted, setAttempted] = useState(false)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [])
  const missing = comment.trim() === ''
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (!missing) onConfirm(comment.trim())
  }
  return (
    <dialog ref={ref} className="report-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{t('reporting.review.returnTitle')}</h2>
        <p>{title}</p>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('reporting.review.comment')}</label>
          <textarea
            id={`${id}-comment`}
            rows={4}
            required
            value={comment}
            aria-invalid={attempted && missing ? true : undefined}
            aria-describedby={attempted && missing ? `${id}-error` : undefined}
            onChange={(event) => setComment(event.target.value)}
          />
          {attempted && missing && (
            <p id={`${id}-error`} className="field-error">
              {t('reporting.review.commentRequired')}
            </p>
          )}
        </div>
        <div className="report-dialog__actions">
          <button type="submit" className="button">
            {t('reporting.review.return')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('reporting.review.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  )
}

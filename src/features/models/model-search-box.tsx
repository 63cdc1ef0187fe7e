import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

export const SEARCH_DEBOUNCE_MS = 300

/**
 * The search input: controlled locally so that every keystroke shows at once, and handed to
 * `onSearch` (the URL) after a pause in typing, or at once on Enter. A change of `value` from
 * outside (a reset, back/forward) replaces the text; the echo of our own search does not.
 */
export function ModelSearchBox({
  value,
  onSearch,
}: {
  value: string
  onSearch: (q: string) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState(value)
  const [sent, setSent] = useState(value)
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    if (value !== sent) {
      setText(value)
      setSent(value)
    }
  }

  useEffect(() => {
    if (text === sent) return
    const timer = setTimeout(() => {
      setSent(text)
      onSearch(text)
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, sent, onSearch])

  return (
    <form
      role="search"
      className="models-search"
      onSubmit={(event) => {
        event.preventDefault()
        setSent(text)
        onSearch(text)
      }}
    >
      <label htmlFor={id}>{t('models.filters.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={`${id}-hint`} className="models-hint">
        {t('models.filters.searchHint')}
      </p>
    </form>
  )
}

import { useEffect, useId, useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { SEARCH_DEBOUNCE_MS } from './model-search-box'
import { useModelLookups } from './use-model-lookups'

/**
 * Chooses the model this one was replicated from: search by name (without diacritics too),
 * pick one of the matches. The choice is an existing model by construction; the server
 * checks again.
 */
export function SourcePicker({
  id,
  name,
  excludeId,
  disabled,
  invalid,
  describedBy,
  onChange,
}: {
  id: string
  name: string
  excludeId?: string
  disabled: boolean
  invalid: boolean
  describedBy?: string
  onChange: (next: { id: string; name: string }) => void
}) {
  const { t } = useTranslation()
  const { tree } = useModelLookups()
  const resultsId = useId()
  const [text, setText] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text])
  const { data, isFetching } = useQuery({
    ...modelQueries.list({ q, pageSize: 8, sort: 'name' }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  })
  const matches = (q.length >= 2 ? (data?.items ?? []) : []).filter((m) => m.id !== excludeId)

  if (name)
    return (
      <div className="source-picker__chosen">
        <span id={id} tabIndex={-1}>
          {name}
        </span>
        {!disabled && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ id: '', name: '' })}
          >
            {t('models.form.sourceClear')}
          </button>
        )}
      </div>
    )

  return (
    <div className="source-picker">
      <input
        id={id}
        type="search"
        value={text}
        disabled={disabled}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-controls={resultsId}
        placeholder={t('models.form.sourcePlaceholder')}
        onChange={(event) => setText(event.target.value)}
      />
      <div id={resultsId} aria-live="polite">
        {q.length >= 2 && !isFetching && matches.length === 0 && (
          <p className="models-hint">{t('models.form.sourceNone')}</p>
        )}
        {matches.length > 0 && (
          <ul className="source-picker__results">
            {matches.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="source-picker__option"
                  onClick={() => {
                    onChange({ id: m.id, name: m.name })
                    setText('')
                  }}
                >
                  <span>{m.name}</span>
                  <span className="models-muted">
                    {tree.byId.get(m.areaId)?.name ?? m.areaId} · {m.startedOn.slice(0, 4)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}

import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import type { AreaTree } from '@/domain/area-tree'
import { compareColors } from './compare-view'
import './areas.css'

export const MAX_COMPARED = 4

/** The compared areas (2–4, any level): each removable, and a select to add another. */
export function ComparePicker({
  tree,
  selected,
  onChange,
}: {
  tree: AreaTree
  selected: Area[]
  onChange: (ids: string[]) => void
}) {
  const { t } = useTranslation()
  const selectId = useId()
  const [choice, setChoice] = useState('')
  const chosen = new Set(selected.map((a) => a.id))
  const full = selected.length >= MAX_COMPARED
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!choice || chosen.has(choice) || full) return
    onChange([...selected.map((a) => a.id), choice])
    setChoice('')
  }
  const option = (area: Area, indent = false) => (
    <option key={area.id} value={area.id} disabled={chosen.has(area.id)}>
      {indent ? `\u00a0\u00a0${area.name}` : area.name}
    </option>
  )

  return (
    <div className="compare-picker">
      <ul className="compare-picker__chosen" aria-label={t('areas.compare.chosen')}>
        {selected.map((area, j) => (
          <li key={area.id} className="compare-chip">
            <span
              className="compare-swatch"
              style={{ background: compareColors[j] }}
              aria-hidden="true"
            />
            {area.name}
            <button
              type="button"
              className="compare-chip__remove"
              onClick={() => onChange(selected.filter((a) => a.id !== area.id).map((a) => a.id))}
              aria-label={t('areas.compare.remove', { area: area.name })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="compare-picker__add" onSubmit={add}>
        <div className="field">
          <label htmlFor={selectId}>{t('areas.compare.add')}</label>
          <select
            id={selectId}
            value={choice}
            disabled={full}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{t('areas.compare.choose')}</option>
            {tree.roots.map((root) => [
              <optgroup key={root.id} label={root.name}>
                {option(root)}
              </optgroup>,
              ...tree.childrenOf(root.id).map((district) => (
                <optgroup key={district.id} label={district.name}>
                  {option(district)}
                  {tree.childrenOf(district.id).map((commune) => option(commune, true))}
                </optgroup>
              )),
            ])}
          </select>
        </div>
        <button type="submit" className="button" disabled={full || !choice}>
          {t('areas.compare.addButton')}
        </button>
      </form>
      {full && <p className="area-note">{t('areas.compare.max', { count: MAX_COMPARED })}</p>}
    </div>
  )
}

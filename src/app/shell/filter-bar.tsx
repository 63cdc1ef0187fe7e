import { useId } from 'react'
import { Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ancestorsOf } from '@/domain/area-tree'
import { Notice } from '@/shared/ui/notice'
import { useFilters } from '../use-filters'

/**
 * Programme, area (one select per level, any depth) and "as of" year, all
 * kept in the URL; a breadcrumb of the chosen area; notices for values
 * that fell back to defaults; a polite announcement of each change.
 */
export function FilterBar() {
  const { t } = useTranslation()
  const { filters, notices, tree, setFilters, programmes } = useFilters()
  const { pathname, search } = useLocation()
  const ids = { programme: useId(), year: useId(), area: useId() }
  const path = ancestorsOf(tree, filters.area.id)
  const levels = [...path.map((area) => area.parentId), filters.area.id]
  const years: number[] = []
  for (let y = filters.programme.startYear; y <= filters.programme.endYear; y++) years.push(y)

  const linkTo = (areaId: string) => {
    const next = new URLSearchParams(search)
    next.set('area', areaId)
    return `${pathname}?${next.toString()}`
  }

  return (
    <div className="filter-bar">
      <form className="filter-bar__controls" onSubmit={(event) => event.preventDefault()}>
        {programmes.length > 1 && (
          <div className="field">
            <label htmlFor={ids.programme}>{t('filters.programme')}</label>
            <select
              id={ids.programme}
              value={filters.programme.id}
              onChange={(event) =>
                setFilters({ programme: event.target.value, indicator: undefined })
              }
            >
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.shortName}
                </option>
              ))}
            </select>
          </div>
        )}
        {levels.map((parentId, depth) => {
          const options = tree.childrenOf(parentId)
          if (options.length === 0 || (depth === 0 && options.length === 1)) return null
          const selected = path[depth]?.id ?? ''
          const parent = parentId === null ? undefined : tree.byId.get(parentId)
          const level = options[0]?.level ?? 'commune'
          const id = `${ids.area}-${depth}`
          return (
            <div className="field" key={parentId ?? 'root'}>
              <label htmlFor={id}>{t(`filters.level.${level}`)}</label>
              <select
                id={id}
                value={selected}
                onChange={(event) => setFilters({ area: event.target.value || parent?.id })}
              >
                {parent && <option value="">{t('filters.allIn', { name: parent.name })}</option>}
                {options.map((area) => (
                  <option key={area.id} value={area.id}>
                    {area.name}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
        <div className="field">
          <label htmlFor={ids.year}>{t('filters.asOfYear')}</label>
          <select
            id={ids.year}
            value={filters.year}
            onChange={(event) => setFilters({ year: Number(event.target.value) })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
      </form>
      <nav aria-label={t('shell.breadcrumb')} className="breadcrumb">
        <ol>
          {path.map((area, index) =>
            index === path.length - 1 ? (
              <li key={area.id} aria-current="location">
                {area.name}
              </li>
            ) : (
              <li key={area.id}>
                <Link to={linkTo(area.id)}>{area.name}</Link>
              </li>
            ),
          )}
        </ol>
      </nav>
      {notices.map((notice) => (
        <Notice key={notice.key} tone="warning">
          {t(`filters.notice.${notice.key}`, { value: notice.value })}
        </Notice>
      ))}
      <p className="visually-hidden" aria-live="polite">
        {t('filters.announce', { area: filters.area.name, year: filters.year })}
      </p>
    </div>
  )
}

import { memo, useCallback, useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  modelFields,
  modelStatuses,
  recognitionLevels,
  unitTypes,
  type ModelStat,
  type Movement,
} from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { ModelSearchBox } from './model-search-box'
import {
  hasFilters,
  novelty,
  registryParamNames,
  toModelFilters,
  type RegistryFilters,
  type RegistryPatch,
} from './registry-params'
import { useModelSummary } from './use-model-summary'

const countOf = (stats: ModelStat[] | undefined, key: string) =>
  stats === undefined ? undefined : (stats.find((s) => s.key === key)?.count ?? 0)

/**
 * The registry's filters. Beside each choice, the number of models it would give under the
 * other filters, from the registry's summary: the controls never wait for it (the previous
 * counts stay while new ones load, and without counts the controls still work). Memoised on
 * the filters alone: paging, sorting and loading the table's rows do not re-render them.
 */
export const ModelFilters = memo(function ModelFilters({
  params,
  areaId,
  movements,
  years,
  update,
}: {
  params: RegistryFilters
  areaId: string
  movements: Movement[]
  years: { min: number; max: number }
  update: (patch: RegistryPatch, options?: { replace?: boolean }) => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : `${label} (${format.integer(count)})`
  const ids = { movement: useId(), from: useId(), to: useId() }
  const facets = useModelSummary(toModelFilters(params, areaId)).summary?.facets
  const noveltyCounts = facets && {
    new: countOf(facets.isNew, 'true'),
    maintained: countOf(facets.isNew, 'false'),
  }
  const search = useCallback((q: string) => update({ q }, { replace: true }), [update])
  const yearOptions: number[] = []
  for (let y = years.max; y >= years.min; y--) yearOptions.push(y)

  return (
    <div className="models-filters">
      <ModelSearchBox value={params.q} onSearch={search} />
      <form className="models-filters__form" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.movement}>{t('models.filters.movement')}</label>
          <select
            id={ids.movement}
            value={params.movement ?? ''}
            onChange={(event) => update({ movement: event.target.value || undefined })}
          >
            <option value="">{t('models.filters.allMovements')}</option>
            {movements.map((m) => (
              <option key={m.id} value={m.id}>
                {withCount(m.name, countOf(facets?.movement, m.id))}
              </option>
            ))}
          </select>
        </div>
        <CheckGroup
          legend={t('models.columns.field')}
          values={modelFields}
          selected={params.field}
          label={(v) => t(`models.field.${v}`)}
          count={(v) => countOf(facets?.field, v)}
          onChange={(field) => update({ field })}
        />
        <CheckGroup
          legend={t('models.columns.status')}
          values={modelStatuses}
          selected={params.status}
          label={(v) => t(`models.status.${v}`)}
          count={(v) => countOf(facets?.status, v)}
          onChange={(status) => update({ status })}
        />
        <fieldset className="models-facet">
          <legend>{t('models.filters.novelty')}</legend>
          {[undefined, ...novelty].map((value) => (
            <label key={value ?? 'all'} className="models-facet__option">
              <input
                type="radio"
                name="isNew"
                checked={params.isNew === value}
                onChange={() => update({ isNew: value })}
              />
              <span>
                {value === undefined
                  ? t('models.filters.all')
                  : withCount(t(`models.novelty.${value}`), noveltyCounts?.[value])}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="models-facet models-facet--years">
          <legend>{t('models.filters.startYear')}</legend>
          <div className="field">
            <label htmlFor={ids.from}>{t('models.filters.from')}</label>
            <select
              id={ids.from}
              value={params.from ?? ''}
              onChange={(event) =>
                update({ from: event.target.value ? Number(event.target.value) : undefined })
              }
            >
              <option value="">{t('models.filters.anyYear')}</option>
              {yearOptions
                .filter((y) => params.to === undefined || y <= params.to)
                .map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.to}>{t('models.filters.to')}</label>
            <select
              id={ids.to}
              value={params.to ?? ''}
              onChange={(event) =>
                update({ to: event.target.value ? Number(event.target.value) : undefined })
              }
            >
              <option value="">{t('models.filters.anyYear')}</option>
              {yearOptions
                .filter((y) => params.from === undefined || y >= params.from)
                .map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
            </select>
          </div>
        </fieldset>
        <CheckGroup
          legend={t('models.columns.unitType')}
          values={unitTypes}
          selected={params.unitType}
          label={(v) => t(`models.unitType.${v}`)}
          count={(v) => countOf(facets?.unitType, v)}
          onChange={(unitType) => update({ unitType })}
          collapsible
        />
        {params.level.length > 0 && (
          <CheckGroup
            legend={t('models.filters.recognitionLevel')}
            values={recognitionLevels}
            selected={params.level}
            label={(v) => t(`models.level.${v}`)}
            count={() => undefined}
            onChange={(level) => update({ level })}
          />
        )}
        {hasFilters(params) && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              update(Object.fromEntries(registryParamNames.map((name) => [name, undefined])))
            }
          >
            {t('models.filters.clear')}
          </button>
        )}
      </form>
    </div>
  )
})

function CheckGroup<T extends string>({
  legend,
  values,
  selected,
  label,
  count,
  onChange,
  collapsible = false,
}: {
  legend: string
  values: readonly T[]
  selected: readonly T[]
  label: (value: T) => string
  count: (value: T) => number | undefined
  onChange: (next: T[]) => void
  collapsible?: boolean
}) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const options: ReactNode = values.map((value) => {
    const n = count(value)
    return (
      <label key={value} className="models-facet__option">
        <input
          type="checkbox"
          checked={selected.includes(value)}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? values.filter((v) => v === value || selected.includes(v))
                : selected.filter((v) => v !== value),
            )
          }
        />
        <span>{label(value)}</span>
        {n !== undefined && (
          <>
            {' '}
            <span className="models-facet__count">{fmt.integer(n)}</span>
          </>
        )}
      </label>
    )
  })
  if (!collapsible)
    return (
      <fieldset className="models-facet">
        <legend>{legend}</legend>
        {options}
      </fieldset>
    )
  return (
    <details className="models-facet models-facet--details" open={selected.length > 0}>
      <summary>
        {legend}
        {selected.length > 0 && ` (${t('models.filters.selected', { count: selected.length })})`}
      </summary>
      <fieldset className="models-facet__inner">
        <legend className="visually-hidden">{legend}</legend>
        {options}
      </fieldset>
    </details>
  )
}

import { useId } from 'react'
import { Link } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries, type ModelSort } from '@/api/model-queries'
import { useFormat } from '@/shared/i18n/use-format'
import { pageSizes, toListParams, type RegistryParams, type RegistryPatch } from './registry-params'
import { useModelLookups } from './use-model-lookups'

const sortable: ModelSort[] = ['name', 'area', 'startedOn', 'status']

/** One page of the filtered models (paged on the server), sortable, with its total. */
export function ModelResults({
  params,
  areaId,
  update,
}: {
  params: RegistryParams
  areaId: string
  update: (patch: RegistryPatch) => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const pageSizeId = useId()
  const { tree, units } = useModelLookups()
  const { data } = useSuspenseQuery(modelQueries.list(toListParams(params, areaId)))
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize))
  const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1
  const last = Math.min(data.total, data.page * data.pageSize)

  const header = (key: ModelSort) => {
    const active = params.sort === key
    const nextOrder = active && params.order === 'asc' ? 'desc' : 'asc'
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (params.order === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="models-sort"
          onClick={() => update({ sort: key, order: nextOrder })}
        >
          {t(`models.columns.${key}`)}
          <span aria-hidden="true" className="models-sort__icon">
            {active ? (params.order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div className="models-results">
      <p className="models-results__count" role="status">
        {data.total === 0
          ? t('models.results.none')
          : t('models.results.count', {
              count: data.total,
              total: format.integer(data.total),
              first: format.integer(first),
              last: format.integer(last),
            })}
      </p>
      {data.items.length === 0 && data.total > 0 && (
        <p>
          {t('models.results.pastEnd')}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => update({ page: 1 })}
          >
            {t('models.results.firstPage')}
          </button>
        </p>
      )}
      {data.items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table models-table">
            <caption className="visually-hidden">{t('models.results.caption')}</caption>
            <thead>
              <tr>
                {sortable.map(header)}
                <th scope="col">{t('models.columns.field')}</th>
                <th scope="col">{t('models.columns.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((model) => {
                const unit = units.get(model.unitId)
                return (
                  <tr key={model.id}>
                    <th scope="row">
                      <Link to={`/models/${encodeURIComponent(model.id)}`}>{model.name}</Link>
                      {model.replicatedFromId && (
                        <span className="models-tag">{t('models.results.replica')}</span>
                      )}
                    </th>
                    <td>{tree.byId.get(model.areaId)?.name ?? model.areaId}</td>
                    <td className="models-nowrap">{format.date(model.startedOn)}</td>
                    <td>
                      <span className={`models-status models-status--${model.status}`}>
                        {t(`models.status.${model.status}`)}
                      </span>
                    </td>
                    <td>{t(`models.field.${model.field}`)}</td>
                    <td>{unit?.name ?? model.unitId}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.total > 0 && (
        <nav className="models-pager" aria-label={t('models.results.paging')}>
          <button
            type="button"
            className="button button--quiet"
            disabled={data.page <= 1}
            onClick={() => update({ page: data.page - 1 })}
          >
            <span aria-hidden="true">‹ </span>
            {t('models.results.previous')}
          </button>
          <span className="models-pager__status">
            {t('models.results.page', {
              page: format.integer(data.page),
              pages: format.integer(pages),
            })}
          </span>
          <button
            type="button"
            className="button button--quiet"
            disabled={data.page >= pages}
            onClick={() => update({ page: data.page + 1 })}
          >
            {t('models.results.next')}
            <span aria-hidden="true"> ›</span>
          </button>
          <span className="field models-pager__size">
            <label htmlFor={pageSizeId}>{t('models.results.pageSize')}</label>
            <select
              id={pageSizeId}
              value={params.pageSize}
              onChange={(event) => update({ pageSize: Number(event.target.value) })}
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </span>
        </nav>
      )}
    </div>
  )
}

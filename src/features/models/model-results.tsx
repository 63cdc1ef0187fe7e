import { useId } from 'react'
import { Link } from 'react-router'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries, type ModelSort } from '@/api/model-queries'
import type { Model } from '@/api/schemas'
import { buildExportTable } from '@/shared/export/export-cells'
import { ExportMenu } from '@/shared/export/export-menu'
import { loadAllPages } from '@/shared/export/load-all-pages'
import { currentLanguage, intlLocales } from '@/shared/i18n/i18n'
import { useFormat } from '@/shared/i18n/use-format'
import type { Column } from '@/shared/ui/data-table'
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
  const queryClient = useQueryClient()

  // The export carries every matching model, not only this page (fetched page by page).
  const exportColumns: Column<Model>[] = [
    { key: 'id', header: 'ID', cell: (m) => m.id },
    { key: 'name', header: t('models.columns.name'), cell: (m) => m.name },
    {
      key: 'area',
      header: t('models.columns.area'),
      cell: (m) => tree.byId.get(m.areaId)?.name ?? m.areaId,
    },
    {
      key: 'startedOn',
      header: t('models.columns.startedOn'),
      cell: (m) => m.startedOn,
      exportValue: (m) => m.startedOn,
    },
    {
      key: 'status',
      header: t('models.columns.status'),
      cell: (m) => t(`models.status.${m.status}`),
    },
    { key: 'field', header: t('models.columns.field'), cell: (m) => t(`models.field.${m.field}`) },
    {
      key: 'unit',
      header: t('models.columns.unit'),
      cell: (m) => units.get(m.unitId)?.name ?? m.unitId,
    },
    {
      key: 'isNew',
      header: t('models.results.exportIsNew'),
      cell: (m) => (m.isNew ? '✓' : ''),
      exportValue: (m) => (m.isNew ? 1 : 0),
    },
    {
      key: 'replicatedFrom',
      header: t('models.results.exportReplicatedFrom'),
      cell: (m) => m.replicatedFromId ?? '',
    },
    {
      key: 'beneficiaries',
      header: t('models.results.exportBeneficiaries'),
      numeric: true,
      cell: (m) => m.beneficiaries ?? '',
      exportValue: (m) => m.beneficiaries,
    },
    {
      key: 'funds',
      header: t('models.results.exportFunds'),
      numeric: true,
      cell: (m) => m.fundsMobilizedVnd ?? '',
      exportValue: (m) => m.fundsMobilizedVnd,
    },
  ]
  const exportAll = async () =>
    buildExportTable(
      exportColumns,
      await loadAllPages((page, pageSize) =>
        queryClient.fetchQuery(
          modelQueries.list({ ...toListParams(params, areaId), page, pageSize }),
        ),
      ),
      intlLocales[currentLanguage()],
    )

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
      {data.total > 0 && (
        <div className="data-table-frame__toolbar">
          <ExportMenu view={t('models.results.caption')} table={exportAll} />
        </div>
      )}
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

import { memo, useCallback, useEffect, useId } from 'react'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries, type ModelSort } from '@/api/model-queries'
import type { Model } from '@/api/schemas'
import { buildExportTable } from '@/shared/export/export-cells'
import { ExportMenu } from '@/shared/export/export-menu'
import { loadAllPages } from '@/shared/export/load-all-pages'
import { currentLanguage, intlLocales } from '@/shared/i18n/i18n'
import { useFormat } from '@/shared/i18n/use-format'
import type { Column } from '@/shared/ui/data-table'
import { Skeleton } from '@/shared/ui/skeleton'
import { ModelTable } from './model-table'
import { pageSizes, toListParams, type RegistryParams, type RegistryPatch } from './registry-params'
import { useModelLookups } from './use-model-lookups'

/**
 * One page of the filtered models (paged on the server), sortable, with its total. While the
 * next page loads, the rows on screen stay, marked busy: the table is never blanked. The rows
 * are rendered as soon as they arrive, before anything else the filter change updates; the
 * next page is fetched in advance.
 * Memoised: it renders again only when the registry's parameters or the area change.
 */
export const ModelResults = memo(function ModelResults({
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
  const lookups = useModelLookups()
  const queryClient = useQueryClient()
  const listParams = toListParams(params, areaId)
  const { data, isPlaceholderData } = useQuery({
    ...modelQueries.list(listParams),
    placeholderData: keepPreviousData,
    throwOnError: true,
  })
  const sortBy = useCallback(
    (sort: ModelSort, order: 'asc' | 'desc') => update({ sort, order }),
    [update],
  )
  // The next page is fetched while this one is read: paging forward shows it at once.
  const hasNext = !!data && !isPlaceholderData && params.page * data.pageSize < data.total
  useEffect(() => {
    if (hasNext)
      void queryClient.prefetchQuery(
        modelQueries.list(toListParams({ ...params, page: params.page + 1 }, areaId)),
      )
  }, [hasNext, params, areaId, queryClient])
  if (!data) return <Skeleton height={480} />
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize))
  const firstIndex = (data.page - 1) * data.pageSize
  const last = Math.min(data.total, firstIndex + data.items.length)

  // The export carries every matching model, not only this page (fetched page by page).
  const exportAll = async () =>
    buildExportTable(
      exportColumns(t, lookups),
      await loadAllPages((page, pageSize) =>
        queryClient.fetchQuery(modelQueries.list({ ...listParams, page, pageSize })),
      ),
      intlLocales[currentLanguage()],
    )

  return (
    <div className="models-results" aria-busy={isPlaceholderData} data-pending={isPlaceholderData}>
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
              first: format.integer(Math.min(firstIndex + 1, data.total)),
              last: format.integer(last),
            })}
      </p>
      {data.total > 0 && (
        <nav className="models-pager" aria-label={t('models.results.paging')}>
          <button
            type="button"
            className="button button--quiet"
            disabled={params.page <= 1}
            onClick={() => update({ page: params.page - 1 })}
          >
            <span aria-hidden="true">‹ </span>
            {t('models.results.previous')}
          </button>
          <span className="models-pager__status">
            {t('models.results.page', {
              page: format.integer(params.page),
              pages: format.integer(pages),
            })}
          </span>
          <button
            type="button"
            className="button button--quiet"
            disabled={params.page >= pages}
            onClick={() => update({ page: params.page + 1 })}
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
                  {format.integer(size)}
                </option>
              ))}
            </select>
          </span>
        </nav>
      )}
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
        <ModelTable
          models={data.items}
          firstIndex={firstIndex}
          total={data.total}
          sort={params.sort}
          order={params.order}
          onSort={sortBy}
        />
      )}
    </div>
  )
})

/** The columns of the export: every matching model with its ids and figures. */
function exportColumns(
  t: (key: string) => string,
  { tree, units }: ReturnType<typeof useModelLookups>,
): Column<Model>[] {
  return [
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
}

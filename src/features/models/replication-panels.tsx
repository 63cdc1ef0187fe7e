import { useState } from 'react'
import { Link } from 'react-router'
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries, type ModelFilters } from '@/api/model-queries'
import { recognitionCutoffYear, replicationRates } from '@/domain/model-replication'
import { useFormat } from '@/shared/i18n/use-format'
import { today } from '@/shared/lib/today'
import { DataTable } from '@/shared/ui/data-table'
import { useModelLookups } from './use-model-lookups'
import type { ModelScope } from './model-scope'

/** Per child area: how many models were replicated elsewhere, and how many are replicas. */
export function ReplicationRates({ filters, area, childAreas }: ModelScope) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: all }, { data: replicated }, { data: replicas }] = useSuspenseQueries({
    queries: [
      modelQueries.stats('area', filters),
      modelQueries.stats('area', { ...filters, replicated: true }),
      modelQueries.stats('area', { ...filters, isReplica: true }),
    ],
  })
  const { rows, total } = replicationRates(all, replicated, replicas, area, childAreas)
  const pct = (value: number | undefined) => (value === undefined ? '—' : format.percent(value))
  const caption = t('models.replication.ratesCaption', { area: area.name })
  return (
    <>
      <p className="models-summary">
        {total.count === 0
          ? t('models.charts.empty')
          : t('models.replication.ratesSummary', {
              area: area.name,
              replicated: pct(total.replicatedShare),
              replicas: pct(total.replicaShare),
              count: total.count,
              total: format.integer(total.count),
            })}
      </p>
      <DataTable
        caption={caption}
        rows={[...rows, { ...total, area: { ...area, id: `${area.id}-total` } }]}
        rowKey={(row) => row.area.id}
        columns={[
          {
            key: 'area',
            header: t('models.columns.area'),
            rowHeader: true,
            cell: (row) =>
              row.area.id.endsWith('-total') ? (
                <strong>{t('models.replication.all', { area: area.name })}</strong>
              ) : (
                row.area.name
              ),
          },
          {
            key: 'count',
            header: t('models.replication.models'),
            numeric: true,
            cell: (row) => format.integer(row.count),
          },
          {
            key: 'replicated',
            header: t('models.replication.replicated'),
            numeric: true,
            cell: (row) => `${format.integer(row.replicated)} (${pct(row.replicatedShare)})`,
          },
          {
            key: 'replicas',
            header: t('models.replication.replicas'),
            numeric: true,
            cell: (row) => `${format.integer(row.replicas)} (${pct(row.replicaShare)})`,
          },
        ]}
      />
    </>
  )
}

/** The models with the largest replication trees under the filters. */
export function MostReplicated({ filters }: { filters: ModelFilters }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { tree } = useModelLookups()
  const { data } = useSuspenseQuery(modelQueries.mostReplicated(filters, 10))
  if (data.length === 0) return <p>{t('models.replication.noneReplicated')}</p>
  return (
    <DataTable
      caption={t('models.replication.topCaption')}
      rows={data}
      rowKey={(row) => row.model.id}
      columns={[
        {
          key: 'name',
          header: t('models.columns.name'),
          rowHeader: true,
          cell: (row) => (
            <Link to={`/models/${encodeURIComponent(row.model.id)}`}>{row.model.name}</Link>
          ),
        },
        {
          key: 'area',
          header: t('models.columns.area'),
          cell: (row) => tree.byId.get(row.model.areaId)?.name ?? row.model.areaId,
        },
        {
          key: 'descendants',
          header: t('models.replication.descendants'),
          numeric: true,
          cell: (row) => format.integer(row.descendants),
        },
        {
          key: 'replicas',
          header: t('models.replication.direct'),
          numeric: true,
          cell: (row) => format.integer(row.replicas),
        },
        {
          key: 'reach',
          header: t('models.lineage.reach'),
          numeric: true,
          cell: (row) => format.integer(row.reach),
        },
      ]}
    />
  )
}

const CANDIDATE_PAGE_SIZE = 20

/** Recognised models with no replica elsewhere 12 months after recognition: candidates to spread. */
export function SpreadCandidates({ filters }: { filters: ModelFilters }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { tree, units } = useModelLookups()
  const [page, setPage] = useState(1)
  const cutoff = recognitionCutoffYear(today())
  const { data } = useSuspenseQuery(
    modelQueries.list({
      ...filters,
      recognizedTo: cutoff,
      replicated: false,
      sort: 'startedOn',
      order: 'asc',
      page,
      pageSize: CANDIDATE_PAGE_SIZE,
    }),
  )
  const pages = Math.max(1, Math.ceil(data.total / CANDIDATE_PAGE_SIZE))
  return (
    <>
      <p className="models-summary">
        {t('models.replication.candidatesSummary', {
          count: data.total,
          total: format.integer(data.total),
          year: cutoff,
        })}
      </p>
      {data.items.length > 0 && (
        <DataTable
          caption={t('models.replication.candidatesCaption')}
          rows={data.items}
          rowKey={(m) => m.id}
          columns={[
            {
              key: 'name',
              header: t('models.columns.name'),
              rowHeader: true,
              cell: (m) => <Link to={`/models/${encodeURIComponent(m.id)}`}>{m.name}</Link>,
            },
            {
              key: 'area',
              header: t('models.columns.area'),
              cell: (m) => tree.byId.get(m.areaId)?.name ?? m.areaId,
            },
            {
              key: 'unit',
              header: t('models.columns.unit'),
              cell: (m) => units.get(m.unitId)?.name ?? m.unitId,
            },
            {
              key: 'recognition',
              header: t('models.detail.recognition'),
              cell: (m) =>
                m.recognition
                  ? t('models.detail.recognitionValue', {
                      level: t(`models.level.${m.recognition.level}`),
                      year: m.recognition.year,
                    })
                  : '—',
            },
          ]}
        />
      )}
      {pages > 1 && (
        <nav className="models-pager" aria-label={t('models.replication.candidatesPaging')}>
          <button
            type="button"
            className="button button--quiet"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('models.results.previous')}
          </button>
          <span className="models-pager__status">
            {t('models.results.page', { page: format.integer(page), pages: format.integer(pages) })}
          </span>
          <button
            type="button"
            className="button button--quiet"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('models.results.next')}
          </button>
        </nav>
      )}
    </>
  )
}

import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import type { AreaRankingRow } from '@/domain/area-ranking'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'

/** The child areas ranked by their share of indicators achieved or on track. */
export function RankingSlide({ area, rows }: { area: Area; rows: AreaRankingRow[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="ranking-slide">
      <DataTable
        caption={t('present.ranking.caption', { area: area.name })}
        rows={rows}
        rowKey={(row) => row.area.id}
        columns={[
          {
            key: 'rank',
            header: t('present.ranking.rank'),
            numeric: true,
            cell: (row) => row.rank,
          },
          { key: 'area', header: t('common.area'), rowHeader: true, cell: (row) => row.area.name },
          {
            key: 'onTrack',
            header: t('present.ranking.onTrack'),
            numeric: true,
            cell: (row) => t('present.kpis.outOf', { count: row.onTrack, total: row.assessed }),
            exportValue: (row) => row.onTrack,
          },
          {
            key: 'atRisk',
            header: t('status.at-risk'),
            numeric: true,
            cell: (row) => row.counts['at-risk'],
          },
          {
            key: 'offTrack',
            header: t('status.off-track'),
            numeric: true,
            cell: (row) => row.counts['off-track'],
          },
          {
            key: 'noData',
            header: t('status.no-data'),
            numeric: true,
            cell: (row) => row.counts['no-data'],
          },
          {
            key: 'median',
            header: t('present.ranking.median'),
            numeric: true,
            cell: (row) =>
              row.medianAttainment === undefined ? '—' : format.ratio(row.medianAttainment),
          },
        ]}
      />
      <p className="slide-note">{t('present.ranking.rule')}</p>
    </div>
  )
}

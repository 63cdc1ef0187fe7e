import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { modelFields, type Area } from '@/api/schemas'
import { modelTotals } from '@/domain/model-stats'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import './areas.css'

/** The area's "Dân vận khéo" models up to the year: by field, new in the period vs maintained. */
export function AreaModelsSummary({ area, year }: { area: Area; year: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useSuspenseQuery(modelQueries.stats('field', { areaId: area.id, to: year }))
  const totals = modelTotals(data)
  const byField = new Map(data.map((stat) => [stat.key, stat]))
  const rows = modelFields.map((field) => {
    const count = byField.get(field)?.count ?? 0
    const newCount = byField.get(field)?.newCount ?? 0
    return { field, count, newCount, maintained: count - newCount }
  })
  const tiles = [
    { key: 'total', value: totals.total },
    { key: 'new', value: totals.newCount },
    { key: 'maintained', value: totals.total - totals.newCount },
  ] as const
  return (
    <>
      <dl className="area-model-kpis">
        {tiles.map((tile) => (
          <div key={tile.key}>
            <dt>{t(`areas.models.${tile.key}`)}</dt>
            <dd>{format.integer(tile.value)}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption={t('areas.models.caption', { area: area.name, year })}
        rows={rows}
        rowKey={(row) => row.field}
        columns={[
          {
            key: 'field',
            header: t('areas.models.field'),
            rowHeader: true,
            cell: (row) => t(`areas.fields.${row.field}`),
          },
          {
            key: 'new',
            header: t('areas.models.new'),
            numeric: true,
            cell: (row) => format.integer(row.newCount),
          },
          {
            key: 'maintained',
            header: t('areas.models.maintained'),
            numeric: true,
            cell: (row) => format.integer(row.maintained),
          },
          {
            key: 'total',
            header: t('common.total'),
            numeric: true,
            cell: (row) => format.integer(row.count),
          },
        ]}
      />
    </>
  )
}

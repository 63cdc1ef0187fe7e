import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import { modelTotals } from '@/domain/model-stats'
import { useFormat } from '@/shared/i18n/use-format'
import { overviewQueries } from './overview-queries'

/** Models in the area up to the chosen year: total, new in the period, recognised. */
export function ModelKpis({ area, year }: { area: Area; year: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useSuspenseQuery(overviewQueries.modelTotals(area, year))
  const totals = modelTotals(data)
  const tiles = [
    { key: 'total', value: totals.total },
    { key: 'new', value: totals.newCount },
    { key: 'recognized', value: totals.recognized },
  ] as const
  return (
    <dl className="kpi-tiles">
      {tiles.map((tile) => (
        <div key={tile.key} className="kpi-tile">
          <dt>{t(`overview.models.${tile.key}`)}</dt>
          <dd>{format.integer(tile.value)}</dd>
        </div>
      ))}
    </dl>
  )
}

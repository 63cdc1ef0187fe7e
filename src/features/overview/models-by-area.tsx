import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { referenceQueries } from '@/api/reference-queries'
import type { Area } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { modelsByChildArea } from '@/domain/model-stats'
import { areaRowName } from '@/shared/i18n/area-row-name'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, countTicks, seriesOrder } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { DataTable } from '@/shared/ui/data-table'
import { overviewQueries } from './overview-queries'

/** Models per child area, new in the period stacked on maintained ones. */
/** New models first, as the bars stack. */
const order = seriesOrder(['newCount', 'maintained'])

export function ModelsByArea({ area, year }: { area: Area; year: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: areas }, { data: stats }] = useSuspenseQueries({
    queries: [referenceQueries.areas(), overviewQueries.modelsByArea(area, year)],
  })
  const tree = areaTreeOf(areas)
  const rows = modelsByChildArea(stats, area, tree.childrenOf(area.id))
  const chartRows = rows.map((row) => ({
    name: areaRowName(t, row),
    newCount: row.newCount,
    maintained: row.maintained,
  }))
  const label = t('overview.byArea.chartLabel', { area: area.name, year })
  const newName = t('overview.byArea.new')
  const maintainedName = t('overview.byArea.maintained')
  const top = [...rows].sort((a, b) => b.count - a.count)[0]
  const summary = top
    ? t('overview.byArea.summary', {
        count: rows.filter((row) => !row.own).length,
        top: areaRowName(t, top),
        topCount: format.integer(top.count),
      })
    : t('overview.byArea.empty')

  const height = Math.max(240, chartRows.length * 28 + 60)
  return (
    <ChartFrame
      label={label}
      summary={summary}
      height={height}
      chart={
        <BarChart
          data={chartRows}
          responsive
          style={{ width: '100%', height }}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
        >
          <CartesianGrid stroke={chartColors.grid} horizontal={false} />
          <XAxis type="number" {...countTicks} tick={axisTick()} />
          <YAxis type="category" dataKey="name" width={170} interval={0} tick={axisTick(13)} />
          <Tooltip itemSorter={order} />
          <Legend itemSorter={order} />
          <Bar
            dataKey="newCount"
            name={newName}
            stackId="models"
            fill={chartColors.primary}
            isAnimationActive={false}
          />
          <Bar
            dataKey="maintained"
            name={maintainedName}
            stackId="models"
            fill={chartColors.tertiary}
            isAnimationActive={false}
          />
        </BarChart>
      }
      table={
        <DataTable
          caption={label}
          rows={rows}
          rowKey={(row) => row.area.id}
          columns={[
            {
              key: 'area',
              header: t('common.area'),
              rowHeader: true,
              cell: (row) => areaRowName(t, row),
            },
            {
              key: 'new',
              header: newName,
              numeric: true,
              cell: (row) => format.integer(row.newCount),
            },
            {
              key: 'maintained',
              header: maintainedName,
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
      }
    />
  )
}

import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { modelFields, type Area, type ModelStat } from '@/api/schemas'
import { modelsByChildArea } from '@/domain/model-stats'
import { areaRowName } from '@/shared/i18n/area-row-name'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, countTicks, seriesOrder } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { DataTable } from '@/shared/ui/data-table'

type Row = { key: string; name: string; newCount: number; maintained: number; count: number }

/** New models first, as the bars stack. */
const order = seriesOrder(['newCount', 'maintained'])

/** A bar chart of new and maintained models stacked, with its table alternative. */
function StackedBars({
  label,
  rows,
  summary,
  keyHeader,
  vertical,
}: {
  label: string
  rows: Row[]
  summary: string
  keyHeader: string
  vertical: boolean
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const newName = t('models.novelty.new')
  const maintainedName = t('models.novelty.maintained')
  const bars = [
    <Bar
      key="new"
      dataKey="newCount"
      name={newName}
      stackId="models"
      fill={chartColors.primary}
      isAnimationActive={false}
    />,
    <Bar
      key="maintained"
      dataKey="maintained"
      name={maintainedName}
      stackId="models"
      fill={chartColors.secondary}
      isAnimationActive={false}
    />,
  ]
  const height = vertical ? Math.max(200, rows.length * 30 + 70) : 260
  return (
    <ChartFrame
      label={label}
      summary={summary}
      height={height}
      chart={
        vertical ? (
          <BarChart
            data={rows}
            responsive
            layout="vertical"
            style={{ width: '100%', height }}
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke={chartColors.grid} horizontal={false} />
            <XAxis type="number" {...countTicks} tick={axisTick()} />
            <YAxis type="category" dataKey="name" width={160} interval={0} tick={axisTick(12)} />
            <Tooltip itemSorter={order} />
            <Legend itemSorter={order} />
            {bars}
          </BarChart>
        ) : (
          <BarChart
            data={rows}
            responsive
            style={{ width: '100%', height }}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            {/* At most about ten labels (every year is a bar). */}
            <XAxis dataKey="name" interval={Math.ceil(rows.length / 10) - 1} tick={axisTick(12)} />
            <YAxis {...countTicks} tick={axisTick()} />
            <Tooltip itemSorter={order} />
            <Legend itemSorter={order} />
            {bars}
          </BarChart>
        )
      }
      table={
        <DataTable
          caption={label}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'key', header: keyHeader, rowHeader: true, cell: (row) => row.name },
            { key: 'new', header: newName, numeric: true, cell: (r) => format.integer(r.newCount) },
            {
              key: 'maintained',
              header: maintainedName,
              numeric: true,
              cell: (r) => format.integer(r.maintained),
            },
            {
              key: 'total',
              header: t('models.charts.total'),
              numeric: true,
              cell: (r) => format.integer(r.count),
            },
          ]}
        />
      }
    />
  )
}

const top = (rows: Row[]) => [...rows].sort((a, b) => b.count - a.count)[0]

/** Models by field (every field listed, 0 when none). Memoised: redrawn only for new figures. */
export const ModelsByFieldChart = memo(function ModelsByFieldChart({
  stats,
}: {
  stats: ModelStat[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const rows: Row[] = modelFields.map((field) => {
    const stat = stats.find((s) => s.key === field)
    const count = stat?.count ?? 0
    const newCount = stat?.newCount ?? 0
    return {
      key: field,
      name: t(`models.field.${field}`),
      count,
      newCount,
      maintained: count - newCount,
    }
  })
  const best = top(rows)
  return (
    <StackedBars
      label={t('models.charts.byFieldLabel')}
      keyHeader={t('models.columns.field')}
      rows={rows}
      vertical
      summary={
        best && best.count > 0
          ? t('models.charts.byFieldSummary', { top: best.name, count: format.integer(best.count) })
          : t('models.charts.empty')
      }
    />
  )
})

/** Models by child area of `area` (from counts grouped by child area). Memoised like the others. */
export const ModelsByChildAreaChart = memo(function ModelsByChildAreaChart({
  stats,
  area,
  childAreas,
}: {
  stats: ModelStat[]
  area: Area
  childAreas: Area[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const byArea = modelsByChildArea(stats, area, childAreas)
  const rows: Row[] = byArea.map((row) => ({
    key: row.area.id,
    name: areaRowName(t, row),
    count: row.count,
    newCount: row.newCount,
    maintained: row.maintained,
  }))
  const best = top(rows)
  return (
    <StackedBars
      label={t('models.charts.byAreaLabel', { area: area.name })}
      keyHeader={t('models.columns.area')}
      rows={rows}
      vertical
      summary={
        best && best.count > 0
          ? t('models.charts.byAreaSummary', {
              count: byArea.filter((row) => !row.own).length,
              top: best.name,
              topCount: format.integer(best.count),
            })
          : t('models.charts.empty')
      }
    />
  )
})

/** Models by start year (the years with models). Memoised like the others. */
export const ModelsByYearChart = memo(function ModelsByYearChart({
  stats,
}: {
  stats: ModelStat[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const rows: Row[] = stats.map((stat) => ({
    key: stat.key,
    name: stat.key,
    count: stat.count,
    newCount: stat.newCount,
    maintained: stat.count - stat.newCount,
  }))
  const best = top(rows)
  return (
    <StackedBars
      label={t('models.charts.byYearLabel')}
      keyHeader={t('models.charts.year')}
      rows={rows}
      vertical={false}
      summary={
        best && best.count > 0
          ? t('models.charts.byYearSummary', {
              first: rows[0]?.name,
              last: rows[rows.length - 1]?.name,
              top: best.name,
              count: format.integer(best.count),
            })
          : t('models.charts.empty')
      }
    />
  )
})

import { Link } from 'react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { modelQueries } from '@/api/model-queries'
import { recognitionLevels } from '@/api/schemas'
import { recognitionTable } from '@/domain/model-replication'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, countTicks, seriesOrder } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import type { ModelScope } from './model-scope'

/** Okabe–Ito, one colour per level (commune → central). */
const order = seriesOrder(recognitionLevels)
const levelColors = [chartColors.tertiary, chartColors.primary, chartColors.secondary, '#009E73']

/** Recognised models and commended units per child area and recognition level. */
export function RecognitionByArea({ filters, area, childAreas }: ModelScope) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useSuspenseQuery(modelQueries.recognition(filters))
  const rows = recognitionTable(data, area, childAreas, recognitionLevels)
  const label = t('models.recognition.chartLabel', { area: area.name })
  const totals = recognitionLevels.map((level) => ({
    level,
    models: rows.reduce((sum, r) => sum + r.levels[level].models, 0),
  }))
  const all = totals.reduce((sum, x) => sum + x.models, 0)
  const chartRows = rows.map((r) => ({
    name: r.area.name,
    ...Object.fromEntries(recognitionLevels.map((l) => [l, r.levels[l].models])),
  }))
  const link = (areaId: string, level: string) =>
    `/models?area=${encodeURIComponent(areaId)}&level=${level}`
  const table = (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.columns.area')}</th>
            {recognitionLevels.map((level) => (
              <th key={level} scope="col" className="numeric">
                {t(`models.level.${level}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('models.charts.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area.id}>
              <th scope="row">{row.area.name}</th>
              {recognitionLevels.map((level) => {
                const cell = row.levels[level]
                return (
                  <td key={level} className="numeric">
                    {cell.models === 0 ? (
                      '0'
                    ) : (
                      <Link
                        to={link(row.area.id, level)}
                        aria-label={t('models.recognition.cellLabel', {
                          area: row.area.name,
                          level: t(`models.level.${level}`),
                          models: format.integer(cell.models),
                          units: format.integer(cell.units),
                        })}
                      >
                        {format.integer(cell.models)}
                      </Link>
                    )}
                    <span className="models-muted models-units">
                      {' '}
                      {t('models.recognition.units', {
                        count: cell.units,
                        value: format.integer(cell.units),
                      })}
                    </span>
                  </td>
                )
              })}
              <td className="numeric">{format.integer(row.models)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  const height = Math.max(220, chartRows.length * 30 + 70)
  return (
    <ChartFrame
      label={label}
      height={height}
      summary={
        all === 0
          ? t('models.recognition.empty')
          : t('models.recognition.summary', {
              area: area.name,
              count: all,
              total: format.integer(all),
              levels: totals
                .map((x) => `${t(`models.level.${x.level}`)}: ${format.integer(x.models)}`)
                .join('; '),
            })
      }
      chart={
        <BarChart
          data={chartRows}
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
          {recognitionLevels.map((level, i) => (
            <Bar
              key={level}
              dataKey={level}
              name={t(`models.level.${level}`)}
              stackId="levels"
              fill={levelColors[i]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={table}
    />
  )
}

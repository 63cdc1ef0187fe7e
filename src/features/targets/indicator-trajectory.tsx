import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Area, Programme } from '@/api/schemas'
import { trajectoryRows } from '@/domain/trajectory'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { DataTable } from '@/shared/ui/data-table'
import { useFigureText } from './use-figure-text'
import { useIndicatorAssessments } from './use-target-data'
import './targets.css'

/** Actuals per year against the target trajectory, milestones, the forecast and the target. */
export function IndicatorTrajectory({
  programme,
  indicatorId,
  area,
  year,
}: {
  programme: Programme
  indicatorId: string
  area: Area
  year: number
}) {
  const { t } = useTranslation()
  const text = useFigureText()
  const data = useIndicatorAssessments(programme, indicatorId, area.id, year)
  const rows = useMemo(
    () => (data ? trajectoryRows(programme, data.assessment, data.tree, data.targets) : []),
    [programme, data],
  )
  if (!data) return null
  const { assessment: a } = data
  const { indicator } = a
  const value = (v: number) => text.value(indicator, v)
  const names = {
    actual: t('targets.chart.actual'),
    line: t('targets.chart.trajectory'),
    milestone: t('targets.chart.milestone'),
    forecast: t('targets.chart.forecast'),
    target: t('targets.chart.target'),
  }
  const label = t('targets.chart.label', { indicator: indicator.name, area: area.name })
  const summary = a.actual
    ? t(a.target ? 'targets.chart.summary' : 'targets.chart.summaryNoTarget', {
        area: area.name,
        year: a.actual.year,
        value: value(a.actual.value),
        target: a.target ? value(a.target.value) : '—',
        endYear: programme.endYear,
        forecast: text.forecast(a, programme.endYear),
      })
    : t('targets.chart.noData', { area: area.name, year })
  const cell = (v: number | undefined) => (v === undefined ? '—' : value(v))

  return (
    <ChartFrame
      label={label}
      summary={summary}
      chart={
        <ComposedChart
          data={rows}
          responsive
          style={{ width: '100%', height: 300 }}
          margin={{ top: 16, right: 24, bottom: 4, left: 8 }}
        >
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tickCount={rows.length}
          />
          <YAxis tickFormatter={(v: number) => value(v)} width={80} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? value(v) : String(v))} />
          <Legend />
          {a.target && (
            <ReferenceLine
              y={a.target.value}
              stroke={chartColors.target}
              strokeDasharray="2 4"
              label={{
                value: `${names.target} ${value(a.target.value)}`,
                position: 'insideTopLeft',
                fill: chartColors.text,
              }}
            />
          )}
          <Line
            dataKey="line"
            name={names.line}
            stroke={chartColors.target}
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="forecast"
            name={names.forecast}
            stroke={chartColors.secondary}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="actual"
            name={names.actual}
            stroke={chartColors.primary}
            strokeWidth={3}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Scatter
            dataKey="milestone"
            name={names.milestone}
            fill={chartColors.text}
            shape="diamond"
            isAnimationActive={false}
          />
        </ComposedChart>
      }
      table={
        <DataTable
          caption={label}
          rows={rows}
          rowKey={(row) => String(row.year)}
          columns={[
            { key: 'year', header: t('common.year'), rowHeader: true, cell: (row) => row.year },
            { key: 'actual', header: names.actual, numeric: true, cell: (row) => cell(row.actual) },
            { key: 'line', header: names.line, numeric: true, cell: (row) => cell(row.line) },
            {
              key: 'milestone',
              header: names.milestone,
              numeric: true,
              cell: (row) => cell(row.milestone),
            },
            {
              key: 'forecast',
              header: names.forecast,
              numeric: true,
              cell: (row) => cell(row.forecast),
            },
          ]}
        />
      }
    />
  )
}

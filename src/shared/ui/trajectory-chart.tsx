import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { axisTick, lineShape, seriesOrder, valueTicks } from './chart-parts'
import { ChartFrame } from './chart-frame'
import { chartColors } from './chart-colors'
import { DataTable } from './data-table'

/** One year of an indicator's chart (the shape of the domain's `trajectoryRows`). */
export type TrajectoryPoint = {
  year: number
  actual?: number
  /** The straight line from the baseline to the end-year target. */
  line?: number
  milestone?: number
  forecast?: number
}

export type TrajectoryNames = {
  actual: string
  line: string
  milestone: string
  forecast: string
  target: string
}

/** The legend's and tooltip's order: what was achieved first, then what was planned. */
const order = seriesOrder(['actual', 'line', 'milestone', 'forecast'])

/** Sizes for a page and for the projector deck (legible from the back of a room). */
const sizes = {
  page: { height: 300, font: 12, actual: 3, line: 1.5, forecast: 2, dot: 3, yWidth: 80 },
  projector: { height: 400, font: 18, actual: 5, line: 2, forecast: 3, dot: 6, yWidth: 110 },
}

/**
 * An indicator's actuals per year against its target trajectory (baseline → target),
 * milestones as points, the forecast as a dashed extension and the target as a reference
 * line — with its text summary and data-table alternative. Pure: rows in, SVG out.
 */
export function TrajectoryChart({
  label,
  summary,
  rows,
  target,
  format,
  names,
  size = 'page',
  exportName,
}: {
  label: string
  summary: ReactNode
  rows: TrajectoryPoint[]
  target?: number
  format: (value: number) => string
  names: TrajectoryNames
  size?: keyof typeof sizes
  exportName?: string
}) {
  const { t } = useTranslation()
  const s = sizes[size]
  const tick = axisTick(s.font, chartColors.text)
  const cell = (v: number | undefined) => (v === undefined ? '—' : format(v))
  const hasMilestones = rows.some((row) => row.milestone !== undefined)
  return (
    <ChartFrame
      label={label}
      summary={summary}
      height={s.height}
      {...(exportName && { exportName })}
      chart={
        <ComposedChart
          data={rows}
          responsive
          style={{ width: '100%', height: s.height }}
          margin={{ top: 16, right: 24, bottom: 4, left: 8 }}
        >
          <CartesianGrid stroke={chartColors.grid} vertical={false} />
          <XAxis
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tickCount={rows.length}
            interval={0}
            tick={tick}
          />
          <YAxis
            tickFormatter={(v: number) => format(v)}
            width={s.yWidth}
            {...valueTicks}
            tick={tick}
          />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
            itemSorter={order}
          />
          <Legend wrapperStyle={{ fontSize: s.font }} itemSorter={order} />
          {target !== undefined && (
            <ReferenceLine
              y={target}
              stroke={chartColors.target}
              strokeDasharray="2 4"
              label={{
                value: `${names.target} ${format(target)}`,
                position: 'insideTopLeft',
                fill: chartColors.text,
                fontSize: s.font,
              }}
            />
          )}
          <Line
            dataKey="line"
            name={names.line}
            stroke={chartColors.target}
            strokeWidth={s.line}
            dot={false}
            isAnimationActive={false}
            shape={lineShape}
            connectNulls
          />
          <Line
            dataKey="forecast"
            name={names.forecast}
            stroke={chartColors.secondary}
            strokeWidth={s.forecast}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            shape={lineShape}
            connectNulls
          />
          <Line
            dataKey="actual"
            name={names.actual}
            stroke={chartColors.primary}
            strokeWidth={s.actual}
            dot={{ r: s.dot }}
            isAnimationActive={false}
            shape={lineShape}
            connectNulls={false}
          />
          {hasMilestones && (
            // Milestones as points: a series whose line is not drawn, only its diamonds.
            <Line
              dataKey="milestone"
              name={names.milestone}
              stroke={chartColors.text}
              strokeWidth={0}
              legendType="diamond"
              dot={{ symbol: 'diamond', r: s.dot + 5, fill: chartColors.text }}
              activeDot={{ symbol: 'diamond', r: s.dot + 7 }}
              isAnimationActive={false}
              shape={lineShape}
            />
          )}
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
            ...(hasMilestones
              ? [
                  {
                    key: 'milestone',
                    header: names.milestone,
                    numeric: true,
                    cell: (row: TrajectoryPoint) => cell(row.milestone),
                  },
                ]
              : []),
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

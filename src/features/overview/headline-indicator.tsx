import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Area, Programme } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge } from '@/shared/ui/status-badge'
import { chartColors } from '@/shared/ui/chart-colors'
import { useAssessments } from './use-assessments'

type ProvenanceSlot = (args: { indicatorId: string; areaId: string; year: number }) => ReactNode

type Props = {
  programme: Programme
  area: Area
  year: number
  indicatorId: string
  /** Optional: "where does this figure come from" for the figure shown (composed by the route). */
  provenance?: ProvenanceSlot
}

/** The headline indicator: its latest figure as a KPI, and actual vs the target trajectory. */
export function HeadlineIndicator({ programme, area, year, indicatorId, provenance }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const assessment = useAssessments(programme, area, year).find(
    (a) => a.indicator.id === indicatorId,
  )
  if (!assessment) return <p>{t('overview.headline.none')}</p>
  const { indicator, actual, target } = assessment
  const value = (v: number) => format.value(indicator.unit, v)

  const rows = assessment.series.map((point) => ({
    year: point.year,
    actual: point.year <= year ? point.value : undefined,
    expected: point.expected,
    forecast: assessment.forecast?.line.find((p) => p.year === point.year)?.value,
  }))
  const actualName = t('overview.headline.actual')
  const expectedName = t('overview.headline.trajectory')
  const forecastName = t('overview.headline.forecast')
  const targetName = t('overview.headline.target')
  const summary = actual
    ? t('overview.headline.summary', {
        area: area.name,
        year: actual.year,
        value: value(actual.value),
        target: target ? value(target.value) : '—',
        targetYear: programme.endYear,
      })
    : t('overview.headline.noData', { area: area.name })

  return (
    <div className="headline">
      <div className="headline__kpi">
        <p className="headline__name">
          <span className="indicator-code">{indicator.code}</span> {indicator.name}
        </p>
        {actual ? (
          <>
            <p className="headline__value">{value(actual.value)}</p>
            {actual.numerator !== undefined && actual.denominator !== undefined && (
              <p className="headline__fraction">
                {t('overview.headline.fraction', {
                  numerator: format.integer(actual.numerator),
                  denominator: format.integer(actual.denominator),
                  numeratorLabel: indicator.numeratorLabel ?? '',
                  denominatorLabel: indicator.denominatorLabel ?? '',
                })}
              </p>
            )}
            <p className="headline__meta">
              {t('overview.headline.asOf', { year: actual.year })}
              {assessment.attainment !== undefined &&
                ` · ${t('overview.headline.attainment', { value: format.ratio(assessment.attainment) })}`}
            </p>
          </>
        ) : (
          <p className="headline__value">—</p>
        )}
        <StatusBadge status={assessment.status} />
        {actual && provenance?.({ indicatorId: indicator.id, areaId: area.id, year: actual.year })}
      </div>
      <ChartFrame
        label={t('overview.headline.chartLabel', { indicator: indicator.name, area: area.name })}
        summary={summary}
        chart={
          <LineChart
            data={rows}
            responsive
            style={{ width: '100%', height: 280 }}
            margin={{ top: 12, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(v: number) => value(v)} width={72} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? value(v) : String(v))} />
            <Legend />
            {target && (
              <ReferenceLine
                y={target.value}
                stroke={chartColors.target}
                strokeDasharray="2 4"
                label={{
                  value: `${targetName} ${value(target.value)}`,
                  position: 'insideTopLeft',
                  fill: chartColors.text,
                }}
              />
            )}
            <Line
              dataKey="expected"
              name={expectedName}
              stroke={chartColors.target}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="forecast"
              name={forecastName}
              stroke={chartColors.secondary}
              strokeDasharray="2 3"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="actual"
              name={actualName}
              stroke={chartColors.primary}
              strokeWidth={3}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        }
        table={
          <DataTable
            caption={t('overview.headline.chartLabel', {
              indicator: indicator.name,
              area: area.name,
            })}
            rowKey={(row) => String(row.year)}
            rows={rows}
            columns={[
              { key: 'year', header: t('common.year'), cell: (row) => row.year, rowHeader: true },
              {
                key: 'actual',
                header: actualName,
                numeric: true,
                cell: (row) => (row.actual === undefined ? '—' : value(row.actual)),
              },
              {
                key: 'expected',
                header: expectedName,
                numeric: true,
                cell: (row) => (row.expected === undefined ? '—' : value(row.expected)),
              },
              {
                key: 'forecast',
                header: forecastName,
                numeric: true,
                cell: (row) => (row.forecast === undefined ? '—' : value(row.forecast)),
              },
            ]}
          />
        }
      />
    </div>
  )
}

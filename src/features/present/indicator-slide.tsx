import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts'
import type { Area, Programme } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { useFormat } from '@/shared/i18n/use-format'
import { chartColors } from '@/shared/ui/chart-colors'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge } from '@/shared/ui/status-badge'

const CHART = { width: 760, height: 400 }
const TICK = { fontSize: 18, fill: chartColors.text }

/** One indicator: the big attainment figure, its status, and actual against the target. */
export function IndicatorSlide({
  programme,
  area,
  year,
  assessment,
}: {
  programme: Programme
  area: Area
  year: number
  assessment: IndicatorAssessment
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { indicator, actual, target } = assessment
  const value = (v: number) => format.value(indicator.unit, v)
  const rows = assessment.series.map((point) => ({
    year: point.year,
    actual: point.year <= year ? point.value : undefined,
    expected: point.expected,
    forecast: assessment.forecast?.line.find((p) => p.year === point.year)?.value,
  }))
  const names = {
    actual: t('present.indicator.actual'),
    expected: t('present.indicator.trajectory'),
    forecast: t('present.indicator.forecast'),
  }
  const label = t('present.indicator.chartLabel', { indicator: indicator.name, area: area.name })
  const summary = actual
    ? t('present.indicator.summary', {
        area: area.name,
        year: actual.year,
        value: value(actual.value),
        target: target ? value(target.value) : '—',
        targetYear: programme.endYear,
      })
    : t('present.indicator.noData', { area: area.name })
  const cell = (v: number | undefined) => (v === undefined ? '—' : value(v))

  return (
    <div className="indicator-slide">
      <div className="indicator-slide__figure">
        <p className="indicator-slide__attainment">
          {assessment.attainment === undefined ? '—' : format.ratio(assessment.attainment)}
        </p>
        <p className="indicator-slide__of">{t('present.indicator.ofTargetLabel')}</p>
        <StatusBadge status={assessment.status} />
        <dl className="indicator-slide__facts">
          <div>
            <dt>{t('present.indicator.actualIn', { year: actual?.year ?? year })}</dt>
            <dd>{actual ? value(actual.value) : '—'}</dd>
          </div>
          <div>
            <dt>{t('present.indicator.targetIn', { year: programme.endYear })}</dt>
            <dd>{target ? value(target.value) : '—'}</dd>
          </div>
          {assessment.forecast && (
            <div>
              <dt>{t('present.indicator.projected', { year: programme.endYear })}</dt>
              <dd>{value(assessment.forecast.projected)}</dd>
            </div>
          )}
        </dl>
      </div>
      <ChartFrame
        label={label}
        summary={summary}
        chart={
          <LineChart
            data={rows}
            width={CHART.width}
            height={CHART.height}
            margin={{ top: 16, right: 32, bottom: 8, left: 16 }}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="year" tick={TICK} />
            <YAxis tickFormatter={(v: number) => value(v)} width={110} tick={TICK} />
            <Legend wrapperStyle={{ fontSize: 18 }} />
            {target && (
              <ReferenceLine
                y={target.value}
                stroke={chartColors.target}
                strokeDasharray="2 4"
                label={{
                  value: t('present.indicator.targetLine', { value: value(target.value) }),
                  position: 'insideTopLeft',
                  fill: chartColors.text,
                  fontSize: 18,
                }}
              />
            )}
            <Line
              dataKey="expected"
              name={names.expected}
              stroke={chartColors.target}
              strokeWidth={2}
              strokeDasharray="8 5"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="forecast"
              name={names.forecast}
              stroke={chartColors.secondary}
              strokeWidth={3}
              strokeDasharray="3 4"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="actual"
              name={names.actual}
              stroke={chartColors.primary}
              strokeWidth={5}
              dot={{ r: 6 }}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        }
        table={
          <DataTable
            caption={label}
            rows={rows}
            rowKey={(row) => String(row.year)}
            columns={[
              { key: 'year', header: t('common.year'), rowHeader: true, cell: (row) => row.year },
              {
                key: 'actual',
                header: names.actual,
                numeric: true,
                cell: (row) => cell(row.actual),
              },
              {
                key: 'expected',
                header: names.expected,
                numeric: true,
                cell: (row) => cell(row.expected),
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
    </div>
  )
}

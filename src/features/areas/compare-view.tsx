import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Area, Programme } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, seriesOrder, valueTicks } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { StatusBadge } from '@/shared/ui/status-badge'
import { useAreaAssessments } from './use-area-data'
import { useAreaText } from './use-area-text'
import './areas.css'

/** Okabe–Ito: one colour per compared area (at most four). */
const CHART_HEIGHT = 340

export const compareColors = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const

/** The indicators of 2–4 areas side by side: a table and a grouped bar chart of attainment. */
export function CompareView({
  programme,
  areas,
  year,
}: {
  programme: Programme
  areas: Area[]
  year: number
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useAreaText()
  const { assessments } = useAreaAssessments(
    programme,
    areas.map((a) => a.id),
    year,
  )
  const chartRows = programme.indicators.map((indicator, i) => ({
    code: indicator.code,
    name: indicator.name,
    ...Object.fromEntries(
      areas.map((area, j) => {
        const a = assessments[j]?.[i]
        return [
          area.id,
          a?.attainment !== undefined && Number.isFinite(a.attainment)
            ? a.attainment * 100
            : undefined,
        ]
      }),
    ),
  }))
  const names = areas.map((a) => a.name).join(', ')
  // The areas in the order they were chosen, as in the table.
  const order = seriesOrder(areas.map((a) => a.id))
  const label = t('areas.compare.chartLabel', { areas: names, year })
  const achieved = areas.map(
    (area, j) =>
      `${area.name}: ${(assessments[j] ?? []).filter((a) => a.status === 'achieved').length}`,
  )

  const table = (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption>{t('areas.compare.tableCaption', { areas: names, year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('areas.indicator')}</th>
            {areas.map((area, j) => (
              <th scope="col" key={area.id}>
                <span
                  className="compare-swatch"
                  style={{ background: compareColors[j] }}
                  aria-hidden="true"
                />
                {area.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {programme.indicators.map((indicator, i) => (
            <tr key={indicator.id}>
              <th scope="row">
                <span className="indicator-code">{indicator.code}</span> {indicator.name}
              </th>
              {areas.map((area, j) => {
                const a = assessments[j]?.[i]
                return (
                  <td key={area.id} className="compare-table__cell">
                    <span className="compare-table__value">{text.actual(a)}</span>
                    <span className="area-note">
                      {t('areas.compare.attainment', { value: text.attainment(a) })}
                    </span>
                    <StatusBadge status={a?.status ?? 'no-data'} />
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )

  return (
    <div className="compare">
      {table}
      <ChartFrame
        label={label}
        summary={t('areas.compare.summary', { achieved: achieved.join('; ') })}
        height={CHART_HEIGHT}
        chart={
          <BarChart
            data={chartRows}
            responsive
            style={{ width: '100%', height: CHART_HEIGHT }}
            margin={{ top: 16, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke={chartColors.grid} vertical={false} />
            <XAxis dataKey="code" interval={0} tick={axisTick(12)} />
            <YAxis
              tickFormatter={(v: number) => format.percent(v, 0)}
              width={56}
              {...valueTicks}
              tick={axisTick()}
            />
            <Tooltip
              formatter={(v) => (typeof v === 'number' ? format.percent(v, 2) : '—')}
              labelFormatter={(code) =>
                chartRows.find((row) => row.code === code)?.name ?? String(code)
              }
              itemSorter={order}
            />
            <Legend itemSorter={order} />
            <ReferenceLine y={100} stroke={chartColors.target} strokeDasharray="4 3" />
            {areas.map((area, j) => (
              <Bar
                key={area.id}
                dataKey={area.id}
                name={area.name}
                fill={compareColors[j]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        }
        table={
          <div className="table-scroll">
            <table className="data-table">
              <caption>{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('areas.indicator')}</th>
                  {areas.map((area) => (
                    <th scope="col" key={area.id} className="numeric">
                      {area.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {programme.indicators.map((indicator, i) => (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {indicator.code} {indicator.name}
                    </th>
                    {areas.map((area, j) => (
                      <td key={area.id} className="numeric">
                        {text.attainment(assessments[j]?.[i])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </div>
  )
}

import type { MouseEvent } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { Area, Programme } from '@/api/schemas'
import { byImprovement, leagueTable } from '@/domain/league-table'
import { useFormat } from '@/shared/i18n/use-format'
import { axisTick, valueTicks } from '@/shared/ui/chart-parts'
import { ChartFrame } from '@/shared/ui/chart-frame'
import { chartColors } from '@/shared/ui/chart-colors'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge } from '@/shared/ui/status-badge'
import { statusColors } from '@/shared/ui/status-colors'
import { useFigureText } from './use-figure-text'
import { useIndicatorAssessments } from './use-target-data'
import './targets.css'

export const leagueOrders = ['rank', 'improved'] as const
export type LeagueOrder = (typeof leagueOrders)[number]

type Props = {
  programme: Programme
  indicatorId: string
  area: Area
  year: number
  order: LeagueOrder
  onOrderChange: (order: LeagueOrder) => void
  /** Drill down into a child (a click on a bar or a row). */
  onDrill: (areaId: string) => void
  /** The address of the same view for a child (the row's link). */
  childHref: (areaId: string) => string
}

/**
 * The children of the area for one indicator: a bar chart sorted by attainment with the target
 * as a reference line, and a league table (rank of N, change against the year before,
 * attainment, status), orderable by rank or by improvement. Bars and rows drill down.
 */
export function ChildrenBreakdown({
  programme,
  indicatorId,
  area,
  year,
  order,
  onOrderChange,
  onDrill,
  childHref,
}: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useFigureText()
  const data = useIndicatorAssessments(programme, indicatorId, area.id, year)
  if (!data) return null
  if (data.children.length === 0)
    return <p>{t('targets.breakdown.noChildren', { area: area.name })}</p>

  const byId = new Map(data.children.map((child) => [child.area.id, child]))
  const league = leagueTable(
    data.children.map(({ area: child, current }) => ({
      areaId: child.id,
      ...(current.attainment !== undefined && { attainment: current.attainment }),
    })),
    data.children.map(({ area: child, previous }) => ({
      areaId: child.id,
      ...(previous.attainment !== undefined && { attainment: previous.attainment }),
    })),
  )
  const ranked = league.filter((entry) => entry.rank !== undefined).length
  const entries = order === 'improved' ? byImprovement(league) : league
  const { indicator } = data.assessment
  const childOf = (areaId: string) => byId.get(areaId) as (typeof data.children)[number]

  const bars = league
    .filter((entry) => entry.attainment !== undefined && Number.isFinite(entry.attainment))
    .map((entry) => {
      const child = childOf(entry.areaId)
      return {
        areaId: entry.areaId,
        name: child.area.name,
        attainment: (entry.attainment as number) * 100,
        status: child.current.status,
        label: text.attainment(child.current),
      }
    })
  const label = t('targets.breakdown.chartLabel', {
    indicator: indicator.name,
    area: area.name,
    year,
  })
  const best = league[0]
  const worst = [...league].reverse().find((entry) => entry.rank !== undefined)
  const summary =
    best?.rank !== undefined && worst
      ? t('targets.breakdown.summary', {
          count: data.children.length,
          ranked,
          best: childOf(best.areaId).area.name,
          bestValue: text.attainment(childOf(best.areaId).current),
          worst: childOf(worst.areaId).area.name,
          worstValue: text.attainment(childOf(worst.areaId).current),
        })
      : t('targets.breakdown.noAttainment')

  const change = (rankChange: number | undefined) => {
    const spoken =
      rankChange === undefined
        ? t('targets.breakdown.noChange')
        : rankChange === 0
          ? t('targets.breakdown.same')
          : t(rankChange > 0 ? 'targets.breakdown.up' : 'targets.breakdown.down', {
              count: Math.abs(rankChange),
            })
    const shown =
      rankChange === undefined
        ? '—'
        : rankChange === 0
          ? '='
          : `${rankChange > 0 ? '▲' : '▼'}${Math.abs(rankChange)}`
    const tone =
      rankChange === undefined || rankChange === 0
        ? ''
        : rankChange > 0
          ? ' rank-change--up'
          : ' rank-change--down'
    return (
      <span className={`rank-change${tone}`}>
        <span aria-hidden="true">{shown}</span>
        <span className="visually-hidden">{spoken}</span>
      </span>
    )
  }
  const improvement = (v: number | undefined) =>
    v === undefined ? '—' : t('targets.breakdown.points', { value: format.signed(v * 100, 1) })

  const rowClick = (event: MouseEvent<HTMLTableRowElement>, areaId: string) => {
    // The link in the row navigates by itself (and by keyboard); a click elsewhere in the row
    // does the same.
    if ((event.target as HTMLElement).closest('a')) return
    onDrill(areaId)
  }

  const chartHeight = Math.max(200, bars.length * 30 + 72)
  return (
    <div className="breakdown">
      {bars.length === 0 ? (
        <p>{t('targets.breakdown.noAttainment')}</p>
      ) : (
        <ChartFrame
          label={label}
          summary={summary}
          height={chartHeight}
          chart={
            <BarChart
              data={bars}
              layout="vertical"
              responsive
              style={{ width: '100%', height: chartHeight }}
              margin={{ top: 28, right: 72, bottom: 4, left: 8 }}
            >
              <CartesianGrid stroke={chartColors.grid} horizontal={false} />
              <XAxis
                type="number"
                tickFormatter={(v: number) => format.percent(v, 0)}
                // Room past the target line, up to a multiple of the ticks.
                domain={[0, (max: number) => Math.max(125, Math.ceil(max / 50) * 50)]}
                {...valueTicks}
                tick={axisTick()}
              />
              <YAxis type="category" dataKey="name" width={180} interval={0} tick={axisTick(13)} />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? format.percent(v, 2) : String(v))}
              />
              <ReferenceLine
                x={100}
                stroke={chartColors.target}
                strokeDasharray="4 3"
                label={{
                  value: t('targets.breakdown.targetLine'),
                  position: 'top',
                  fill: chartColors.text,
                }}
              />
              <Bar
                dataKey="attainment"
                name={t('targets.scorecard.attainment')}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry: { payload?: { areaId?: string } }) => {
                  if (entry.payload?.areaId) onDrill(entry.payload.areaId)
                }}
              >
                {bars.map((bar) => (
                  <Cell key={bar.areaId} fill={statusColors[bar.status]} />
                ))}
                <LabelList dataKey="label" position="right" fill={chartColors.text} />
              </Bar>
            </BarChart>
          }
          table={
            <DataTable
              caption={label}
              rows={bars}
              rowKey={(bar) => bar.areaId}
              columns={[
                { key: 'name', header: t('common.area'), rowHeader: true, cell: (bar) => bar.name },
                {
                  key: 'attainment',
                  header: t('targets.scorecard.attainment'),
                  numeric: true,
                  cell: (bar) => bar.label,
                },
                {
                  key: 'status',
                  header: t('targets.scorecard.status'),
                  cell: (bar) => <StatusBadge status={bar.status} />,
                },
              ]}
            />
          }
        />
      )}
      <div className="breakdown__order" role="group" aria-label={t('targets.breakdown.orderLabel')}>
        {leagueOrders.map((o) => (
          <button
            key={o}
            type="button"
            className="button button--quiet"
            aria-pressed={order === o}
            onClick={() => onOrderChange(o)}
          >
            {t(`targets.breakdown.order.${o}`)}
          </button>
        ))}
      </div>
      <div className="table-scroll">
        <table className="data-table league-table">
          <caption>
            {t('targets.breakdown.tableCaption', {
              indicator: indicator.name,
              area: area.name,
              year,
              order: t(`targets.breakdown.order.${order}`),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.breakdown.rank')}</th>
              <th scope="col">{t('common.area')}</th>
              <th scope="col">{t('targets.breakdown.change', { year: year - 1 })}</th>
              <th scope="col" className="numeric">
                {t('targets.scorecard.actual')}
              </th>
              <th scope="col" className="numeric">
                {t('targets.scorecard.attainment')}
              </th>
              <th scope="col" className="numeric">
                {t('targets.breakdown.improvement')}
              </th>
              <th scope="col">{t('targets.scorecard.status')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const child = childOf(entry.areaId)
              const { current } = child
              return (
                // A click anywhere in the row drills down; keyboard users use the row's link.
                <tr
                  key={entry.areaId}
                  className="league-table__row"
                  onClick={(event) => rowClick(event, entry.areaId)}
                >
                  <td>
                    {entry.rank === undefined
                      ? '—'
                      : t('targets.breakdown.rankOf', { rank: entry.rank, count: ranked })}
                  </td>
                  <th scope="row">
                    <Link to={childHref(entry.areaId)}>{child.area.name}</Link>
                  </th>
                  <td>{change(entry.rankChange)}</td>
                  <td className="numeric">
                    {current.actual ? (
                      <>
                        {text.value(indicator, current.actual.value)}
                        {current.actual.year !== year && (
                          <span className="scorecard__note">
                            {t('targets.figures.inYear', { year: current.actual.year })}
                          </span>
                        )}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="numeric">{text.attainment(current)}</td>
                  <td className="numeric">{improvement(entry.improvement)}</td>
                  <td>
                    <StatusBadge status={current.status} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}

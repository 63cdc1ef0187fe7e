import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { trajectoryRows } from '@/domain/trajectory'
import { TrajectoryChart } from '@/shared/ui/trajectory-chart'
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

  return (
    <TrajectoryChart
      label={label}
      summary={summary}
      rows={rows}
      {...(a.target && { target: a.target.value })}
      format={value}
      names={names}
    />
  )
}

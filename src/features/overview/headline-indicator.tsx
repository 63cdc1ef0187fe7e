import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { StatusBadge } from '@/shared/ui/status-badge'
import { TrajectoryChart } from '@/shared/ui/trajectory-chart'
import { trajectoryRows } from '@/domain/trajectory'
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
  const { assessments, tree, targets } = useAssessments(programme, area, year)
  const assessment = assessments.find((a) => a.indicator.id === indicatorId)
  if (!assessment) return <p>{t('overview.headline.none')}</p>
  const { indicator, actual, target } = assessment
  const value = (v: number) => format.value(indicator.unit, v)

  const rows = trajectoryRows(programme, assessment, tree, targets)
  const names = {
    actual: t('overview.headline.actual'),
    line: t('overview.headline.trajectory'),
    milestone: t('overview.headline.milestone'),
    forecast: t('overview.headline.forecast'),
    target: t('overview.headline.target'),
  }
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
      <TrajectoryChart
        label={t('overview.headline.chartLabel', { indicator: indicator.name, area: area.name })}
        summary={summary}
        rows={rows}
        {...(target && { target: target.value })}
        format={value}
        names={names}
      />
    </div>
  )
}

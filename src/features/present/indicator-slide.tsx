import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { useFormat } from '@/shared/i18n/use-format'
import { StatusBadge } from '@/shared/ui/status-badge'
import { TrajectoryChart, type TrajectoryPoint } from '@/shared/ui/trajectory-chart'

/** One indicator: the big attainment figure, its status, and actual against the target. */
export function IndicatorSlide({
  programme,
  area,
  year,
  assessment,
  rows,
}: {
  programme: Programme
  area: Area
  year: number
  assessment: IndicatorAssessment
  /** The chart's rows (the domain's `trajectoryRows`). */
  rows: TrajectoryPoint[]
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { indicator, actual, target } = assessment
  const value = (v: number) => format.value(indicator.unit, v)
  const names = {
    actual: t('present.indicator.actual'),
    line: t('present.indicator.trajectory'),
    milestone: t('present.indicator.milestone'),
    forecast: t('present.indicator.forecast'),
    target: t('present.indicator.target'),
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
      <TrajectoryChart
        label={label}
        summary={summary}
        rows={rows}
        {...(target && { target: target.value })}
        format={value}
        names={names}
        size="projector"
      />
    </div>
  )
}

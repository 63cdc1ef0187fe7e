import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { statusRule } from '@/domain/status-rule'
import { useFormat } from '@/shared/i18n/use-format'
import { StatusBadge } from '@/shared/ui/status-badge'
import type { ProvenanceSlot } from './provenance'
import { useFigureText } from './use-figure-text'
import { useIndicatorAssessments } from './use-target-data'
import './targets.css'

/** The indicator's latest figure for the area, its target, attainment, status and why. */
export function IndicatorSummary({
  programme,
  indicatorId,
  area,
  year,
  provenance,
}: {
  programme: Programme
  indicatorId: string
  area: Area
  year: number
  provenance?: ProvenanceSlot
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useFigureText()
  const data = useIndicatorAssessments(programme, indicatorId, area.id, year)
  if (!data) return null
  const { assessment: a, tree } = data
  const { indicator } = a
  const rule = statusRule(a)
  const r = (ratio: number | undefined) =>
    ratio === undefined ? t('targets.rule.noRatio') : format.number(ratio, 2)
  const why = (() => {
    switch (rule.kind) {
      case 'no-target':
        return t(
          indicator.aggregation === 'sum' ? 'targets.rule.noTargetSum' : 'targets.rule.noTarget',
        )
      case 'no-data':
        return t('targets.rule.noData', { year })
      case 'achieved':
        return t('targets.rule.achieved', {
          actual: text.value(indicator, a.actual?.value ?? 0),
          target: text.value(indicator, a.target?.value ?? 0),
        })
      case 'milestone':
        return t('targets.rule.milestone', {
          year: rule.milestoneYear,
          expected: text.value(indicator, rule.expected),
          ratio: r(rule.ratio),
        })
      case 'straight-line':
        return t('targets.rule.straightLine', {
          year,
          expected: text.value(indicator, rule.expected),
          ratio: r(rule.ratio),
        })
      case 'from-zero':
        return t('targets.rule.fromZero', {
          baselineYear: programme.baselineYear,
          expected: text.value(indicator, rule.expected),
          ratio: r(rule.ratio),
        })
    }
  })()
  const pace = text.pace(a)

  return (
    <div className="indicator-summary">
      <dl className="indicator-summary__figures">
        <div>
          <dt>{t('targets.indicator.actual')}</dt>
          <dd>
            <span className="indicator-summary__value">
              {a.actual ? text.value(indicator, a.actual.value) : '—'}
            </span>
            {a.actual && (
              <span className="indicator-summary__note">
                {text.fraction(a) && <>{text.fraction(a)} · </>}
                {t('targets.figures.inYear', { year: a.actual.year })}
                {a.actual.source === 'roll-up' &&
                  ` · ${t('targets.indicator.rolledUp', { count: a.actual.contributingAreaIds.length })}`}
              </span>
            )}
            {a.actual &&
              provenance?.({ indicatorId: indicator.id, areaId: area.id, year: a.actual.year })}
          </dd>
        </div>
        <div>
          <dt>{t('targets.indicator.target', { year: programme.endYear })}</dt>
          <dd>
            <span className="indicator-summary__value">
              {a.target ? text.value(indicator, a.target.value) : '—'}
            </span>
            {a.target && (
              <span className="indicator-summary__note">
                {text.targetSource(a.target, area.id, (id) => tree.byId.get(id)?.name ?? id)}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('targets.scorecard.attainment')}</dt>
          <dd>
            <span className="indicator-summary__value">{text.attainment(a)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('targets.scorecard.status')}</dt>
          <dd>
            <StatusBadge status={a.status} />
          </dd>
        </div>
      </dl>
      <p className="indicator-summary__why">
        <strong>{t('targets.indicator.why')}</strong> {why}
      </p>
      <p>
        <strong>{t('targets.scorecard.forecast', { year: programme.endYear })}:</strong>{' '}
        {text.forecast(a, programme.endYear)}
      </p>
      {pace && (
        <p>
          <strong>{t('targets.scorecard.pace')}:</strong> {pace}
        </p>
      )}
    </div>
  )
}

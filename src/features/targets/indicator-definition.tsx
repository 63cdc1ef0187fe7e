import { useTranslation } from 'react-i18next'
import type { Indicator, Programme } from '@/api/schemas'
import './targets.css'

/** What the indicator measures and how: definition, unit, direction, aggregation, source. */
export function IndicatorDefinition({
  programme,
  indicator,
}: {
  programme: Programme
  indicator: Indicator
}) {
  const { t } = useTranslation()
  const rows: [string, string][] = [
    [t('targets.definition.description'), indicator.description || '—'],
    [t('targets.definition.unit'), t(`targets.definition.units.${indicator.unit}`)],
    [t('targets.definition.direction'), t(`targets.definition.directions.${indicator.direction}`)],
    [
      t('targets.definition.aggregation'),
      t(`targets.definition.aggregations.${indicator.aggregation}`),
    ],
    ...(indicator.numeratorLabel && indicator.denominatorLabel
      ? [
          [
            t('targets.definition.fraction'),
            `${indicator.numeratorLabel} / ${indicator.denominatorLabel}`,
          ] as [string, string],
        ]
      : []),
    [t('targets.definition.source'), indicator.source || '—'],
    [
      t('targets.definition.period'),
      t('targets.definition.periodValue', {
        programme: programme.shortName,
        start: programme.startYear,
        end: programme.endYear,
        baseline: programme.baselineYear,
      }),
    ],
  ]
  return (
    <dl className="definition-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

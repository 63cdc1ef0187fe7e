import { useSuspenseQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import type { Area } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { modelTotals } from '@/domain/model-stats'
import { summarizeStatuses } from '@/domain/status'
import { useFormat } from '@/shared/i18n/use-format'

/** Headline KPIs: models (total, new, recognised) and indicators (achieved, on track or better). */
export function KpiSlide({
  area,
  year,
  assessments,
  headline,
}: {
  area: Area
  year: number
  assessments: IndicatorAssessment[]
  headline?: IndicatorAssessment | undefined
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data } = useSuspenseQuery(modelQueries.stats('status', { areaId: area.id, to: year }))
  const models = modelTotals(data)
  const counts = summarizeStatuses(assessments)
  const total = assessments.length
  const tiles = [
    { key: 'models', value: format.integer(models.total) },
    { key: 'newModels', value: format.integer(models.newCount) },
    { key: 'recognized', value: format.integer(models.recognized) },
    {
      key: 'achieved',
      value: t('present.kpis.outOf', { count: counts.achieved, total }),
    },
    {
      key: 'onTrack',
      value: t('present.kpis.outOf', { count: counts.achieved + counts['on-track'], total }),
    },
  ]
  return (
    <div className="kpi-slide">
      <dl className="slide-tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="slide-tile">
            <dt>{t(`present.kpis.${tile.key}`)}</dt>
            <dd>{tile.value}</dd>
          </div>
        ))}
        {headline && (
          <div className="slide-tile slide-tile--headline">
            <dt>
              {t('present.kpis.headline', {
                code: headline.indicator.code,
                name: headline.indicator.name,
              })}
            </dt>
            <dd>
              {headline.actual ? format.value(headline.indicator.unit, headline.actual.value) : '—'}
              {headline.attainment !== undefined && (
                <span className="slide-tile__sub">
                  {t('present.indicator.ofTarget', { value: format.ratio(headline.attainment) })}
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  )
}

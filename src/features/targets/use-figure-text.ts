import { useTranslation } from 'react-i18next'
import type { Indicator } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import type { ResolvedTarget } from '@/domain/targets'
import { useFormat } from '@/shared/i18n/use-format'

/** The words and numbers of an assessment, formatted for the active language. */
export function useFigureText() {
  const { t } = useTranslation()
  const format = useFormat()
  const value = (indicator: Indicator, v: number) => format.value(indicator.unit, v)
  /** A change per year, signed, in the indicator's unit ("+2,5 điểm %"). */
  const perYear = (indicator: Indicator, v: number) =>
    indicator.unit === 'percent'
      ? t('targets.figures.pointsPerYear', { value: format.signed(v, 1) })
      : t('targets.figures.perYear', {
          value: indicator.unit === 'vnd' ? format.vnd(v) : format.signed(v, 1),
        })
  return {
    value,
    attainment: (a: IndicatorAssessment) =>
      a.attainment === undefined
        ? '—'
        : Number.isFinite(a.attainment)
          ? format.ratio(a.attainment)
          : t('targets.figures.beyondTarget'),
    fraction: (a: IndicatorAssessment) =>
      a.actual?.numerator !== undefined && a.actual.denominator !== undefined
        ? `${format.integer(a.actual.numerator)}/${format.integer(a.actual.denominator)}`
        : undefined,
    forecast: (a: IndicatorAssessment, endYear: number) => {
      if (!a.forecast) return t('targets.figures.noForecast')
      const projected = value(a.indicator, a.forecast.projected)
      if (a.forecast.reachesTarget === undefined)
        return t('targets.figures.projectedOnly', { year: endYear, value: projected })
      return t(
        a.forecast.reachesTarget ? 'targets.figures.reachesYes' : 'targets.figures.reachesNo',
        {
          year: endYear,
          value: projected,
        },
      )
    },
    pace: (a: IndicatorAssessment) => {
      if (!a.pace || a.status === 'achieved') return undefined
      if (a.pace.neededPerYear === undefined)
        return t('targets.figures.paceOver', {
          achieved: perYear(a.indicator, a.pace.achievedPerYear),
        })
      return t('targets.figures.pace', {
        needed: perYear(a.indicator, a.pace.neededPerYear),
        achieved: perYear(a.indicator, a.pace.achievedPerYear),
      })
    },
    targetSource: (
      target: ResolvedTarget | undefined,
      areaId: string,
      areaName: (id: string) => string,
    ) => {
      if (!target) return undefined
      return target.inherited
        ? t('targets.figures.inheritedFrom', { area: areaName(target.fromAreaId) })
        : target.fromAreaId === areaId
          ? t('targets.figures.ownTarget')
          : undefined
    },
  }
}

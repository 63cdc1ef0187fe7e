import { useTranslation } from 'react-i18next'
import type { Indicator } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { useFormat } from '@/shared/i18n/use-format'

/** Figures of an assessment, formatted for the active language. */
export function useAreaText() {
  const { t } = useTranslation()
  const format = useFormat()
  const value = (indicator: Indicator, v: number) => format.value(indicator.unit, v)
  return {
    value,
    actual: (a: IndicatorAssessment | undefined) =>
      a?.actual ? value(a.indicator, a.actual.value) : '—',
    attainment: (a: IndicatorAssessment | undefined) =>
      a?.attainment === undefined
        ? '—'
        : Number.isFinite(a.attainment)
          ? format.ratio(a.attainment)
          : t('areas.beyondTarget'),
  }
}

import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Measurement, Programme } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import type { Column } from '@/shared/ui/data-table'

/** The columns that name a figure: indicator, area, year and value. */
export function useMeasurementColumns<Row>(
  programme: Programme,
  areas: Area[],
  pick: (row: Row) => Measurement,
): Column<Row>[] {
  const { t } = useTranslation()
  const format = useFormat()
  return useMemo(() => {
    const indicators = new Map(programme.indicators.map((i) => [i.id, i]))
    const areaNames = new Map(areas.map((a) => [a.id, a.name]))
    return [
      {
        key: 'indicator',
        header: t('reporting.fields.indicator'),
        rowHeader: true,
        cell: (row) => {
          const m = pick(row)
          const indicator = indicators.get(m.indicatorId)
          return (
            <>
              <span className="indicator-code">{indicator?.code ?? m.indicatorId}</span>{' '}
              {indicator?.name}
            </>
          )
        },
      },
      {
        key: 'area',
        header: t('reporting.fields.area'),
        cell: (row) => areaNames.get(pick(row).areaId) ?? pick(row).areaId,
      },
      { key: 'year', header: t('reporting.fields.year'), cell: (row) => pick(row).year },
      {
        key: 'value',
        header: t('reporting.fields.result'),
        numeric: true,
        cell: (row) => {
          const m = pick(row)
          const unit = indicators.get(m.indicatorId)?.unit ?? 'count'
          return (
            <>
              {format.value(unit, m.value)}
              {m.numerator !== undefined && m.denominator !== undefined && (
                <span className="fraction">
                  {' '}
                  ({format.integer(m.numerator)}/{format.integer(m.denominator)})
                </span>
              )}
            </>
          )
        },
      },
    ]
  }, [programme, areas, pick, t, format])
}

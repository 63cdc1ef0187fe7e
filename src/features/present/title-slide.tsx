import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import type { Tour } from '@/domain/deck-plan'
import { useFormat } from '@/shared/i18n/use-format'

/** The opening slide: programme, area, "as of" year and data date. */
export function TitleSlide({
  programme,
  area,
  year,
  dataDate,
  tour,
  stops,
}: {
  programme: Programme
  area: Area
  year: number
  dataDate?: string | undefined
  tour?: Tour | undefined
  stops: number
}) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="title-slide">
      <p className="title-slide__area">{area.name}</p>
      <p className="title-slide__meta">{t('present.titleSlide.asOf', { year })}</p>
      {dataDate && (
        <p className="title-slide__meta">
          {t('present.titleSlide.dataDate', { date: format.date(dataDate) })}
        </p>
      )}
      <p className="title-slide__issued">
        {t('present.titleSlide.issuedBy', {
          issuedBy: programme.issuedBy,
          start: programme.startYear,
          end: programme.endYear,
        })}
      </p>
      {tour && (
        <p className="title-slide__tour">
          {t(`present.titleSlide.tour.${tour}`, { count: stops })}
        </p>
      )}
    </div>
  )
}

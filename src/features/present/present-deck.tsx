import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { rankAreas } from '@/domain/area-ranking'
import { planDeck, slideIndex, slideKey, type Slide, type Tour } from '@/domain/deck-plan'
import { needsAttention } from '@/domain/needs-attention'
import { trajectoryRows } from '@/domain/trajectory'
import { ExportContextProvider } from '@/shared/export/export-context'
import { useFormat } from '@/shared/i18n/use-format'
import { AttentionSlide } from './attention-slide'
import { Deck, type DeckSlide } from './deck'
import { HighlightsSlide } from './highlights-slide'
import { IndicatorSlide } from './indicator-slide'
import { KpiSlide } from './kpi-slide'
import { RankingSlide } from './ranking-slide'
import { SlideFrame } from './slide-frame'
import { StatusSlide } from './status-slide'
import { TitleSlide } from './title-slide'
import { useDeckData } from './use-deck-data'

type Props = {
  programme: Programme
  area: Area
  year: number
  indicatorId: string
  tour?: Tour | undefined
  /** `?slide=` as given (1-based). */
  slide: string | null
  onSlideChange: (number: number) => void
  exitTo: string
}

/** While the deck's data loads: its dark frame saying so (the app's header never shows in between). */
export function DeckLoading() {
  const { t } = useTranslation()
  return (
    <div className="deck deck--loading" aria-busy="true">
      <p role="status">{t('common.loading')}</p>
    </div>
  )
}

/** The deck generated from the filters (programme, area, year), or a tour of the child areas. */
export function PresentDeck({
  programme,
  area,
  year,
  indicatorId,
  tour,
  slide,
  onSlideChange,
  exitTo,
}: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const data = useDeckData(programme, area, year)
  const { tree, children, assessmentsOf } = data
  const plan = useMemo(
    () =>
      planDeck({
        areaId: area.id,
        indicatorIds: programme.indicators.map((i) => i.id),
        childAreaIds: children.map((c) => c.id),
        tour,
        tourIndicatorId: indicatorId,
      }),
    [area.id, programme.indicators, children, tour, indicatorId],
  )
  const index = slideIndex(slide, plan.length)
  const own = assessmentsOf(area.id)
  const ranking = useMemo(
    () =>
      rankAreas(children.map((child) => ({ area: child, assessments: assessmentsOf(child.id) }))),
    // assessmentsOf reads a memoised map that changes with the data
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [children, data],
  )
  const attention = useMemo(
    () =>
      needsAttention(
        own,
        children.map((child) => ({ areaId: child.id, assessments: assessmentsOf(child.id) })),
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [own, children, data],
  )

  // Slides are built once per data and filters, not per slide change: moving through the deck
  // only shows another of them.
  const slides = useMemo((): DeckSlide[] => {
    const areaOf = (id: string) => tree.byId.get(id) ?? area
    const captionFor = (shown: Area) =>
      [
        programme.shortName,
        shown.name,
        t('present.caption.asOf', { year }),
        data.dataDate ? t('present.caption.dataDate', { date: format.date(data.dataDate) }) : '',
      ]
        .filter(Boolean)
        .join(' · ')

    const describe = (
      s: Slide,
    ): { title: string; kicker?: string; shown: Area; content: ReactNode } => {
      switch (s.kind) {
        case 'title':
          return {
            title: programme.name,
            kicker: programme.shortName,
            shown: area,
            content: (
              <TitleSlide
                programme={programme}
                area={area}
                year={year}
                dataDate={data.dataDate}
                tour={tour}
                stops={plan.length - 1}
              />
            ),
          }
        case 'kpis':
          return {
            title: t('present.kpis.title', { area: area.name }),
            shown: area,
            content: (
              <KpiSlide
                area={area}
                year={year}
                assessments={own}
                headline={own.find((a) => a.indicator.id === indicatorId)}
              />
            ),
          }
        case 'status': {
          const shown = areaOf(s.areaId)
          return {
            title: t('present.status.title', { area: shown.name }),
            kicker: programme.shortName,
            shown,
            content: <StatusSlide area={shown} assessments={assessmentsOf(s.areaId)} />,
          }
        }
        case 'indicator': {
          const shown = areaOf(s.areaId)
          const assessment = assessmentsOf(s.areaId).find((a) => a.indicator.id === s.indicatorId)
          return {
            title: assessment
              ? `${assessment.indicator.code} ${assessment.indicator.name}`
              : s.indicatorId,
            kicker: shown.id === area.id ? programme.shortName : shown.name,
            shown,
            content: assessment ? (
              <IndicatorSlide
                programme={programme}
                area={shown}
                year={year}
                assessment={assessment}
                rows={trajectoryRows(programme, assessment, tree, data.targets)}
              />
            ) : null,
          }
        }
        case 'ranking':
          return {
            title: t('present.ranking.title', { area: area.name }),
            shown: area,
            content: <RankingSlide area={area} rows={ranking} />,
          }
        case 'highlights':
          return {
            title: t('present.highlights.title'),
            shown: area,
            content: <HighlightsSlide area={area} year={year} tree={tree} />,
          }
        case 'attention':
          return {
            title: t('present.attention.title'),
            shown: area,
            content: <AttentionSlide items={attention} tree={tree} />,
          }
      }
    }

    return plan.map((s, i) => {
      const { title, kicker, shown, content } = describe(s)
      const caption = captionFor(shown)
      return {
        key: slideKey(s),
        title,
        content: (
          <ExportContextProvider value={{ area: shown.name, dataDate: data.dataDate }}>
            <SlideFrame
              kicker={kicker}
              heading={title}
              caption={caption}
              number={t('present.slideNumber', { number: i + 1, count: plan.length })}
              {...(s.kind === 'title' && { variant: 'title' as const })}
            >
              {content}
            </SlideFrame>
          </ExportContextProvider>
        ),
      }
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, programme, area, year, tour, indicatorId, data, ranking, attention, own, t, format])

  return (
    <Deck
      title={t('present.deckTitle', { programme: programme.shortName, area: area.name, year })}
      slides={slides}
      index={index}
      onIndexChange={(i) => onSlideChange(i + 1)}
      exitTo={exitTo}
    />
  )
}

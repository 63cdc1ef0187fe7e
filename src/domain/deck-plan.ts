/**
 * The slides of a presenter deck, planned from the filters: which slides, in which order.
 * A *tour* steps one slide template through every child area instead of the full deck.
 */
export const tours = ['targets', 'indicator'] as const
export type Tour = (typeof tours)[number]

export type Slide =
  | { kind: 'title' }
  | { kind: 'kpis' }
  | { kind: 'status'; areaId: string }
  | { kind: 'indicator'; indicatorId: string; areaId: string }
  | { kind: 'ranking' }
  | { kind: 'highlights' }
  | { kind: 'attention' }

export type DeckPlanInput = {
  areaId: string
  /** The programme's indicators, in order. */
  indicatorIds: string[]
  /** The area's children, in order (none for a commune). */
  childAreaIds: string[]
  tour?: Tour | undefined
  /** The indicator an `indicator` tour shows. */
  tourIndicatorId?: string | undefined
}

/**
 * Full deck: title, headline KPIs, status summary, one slide per indicator, the ranking of child
 * areas (only when there are at least two), highlights, "needs attention".
 * `targets` tour: title, then the status summary of each child area in turn.
 * `indicator` tour: title, then the chosen indicator for each child area in turn.
 * A tour of an area without children shows the area itself.
 */
export const planDeck = ({
  areaId,
  indicatorIds,
  childAreaIds,
  tour,
  tourIndicatorId,
}: DeckPlanInput): Slide[] => {
  const stops = childAreaIds.length > 0 ? childAreaIds : [areaId]
  if (tour === 'targets')
    return [{ kind: 'title' }, ...stops.map((id): Slide => ({ kind: 'status', areaId: id }))]
  const tourIndicator = tourIndicatorId ?? indicatorIds[0]
  if (tour === 'indicator' && tourIndicator !== undefined)
    return [
      { kind: 'title' },
      ...stops.map((id): Slide => ({ kind: 'indicator', indicatorId: tourIndicator, areaId: id })),
    ]
  return [
    { kind: 'title' },
    { kind: 'kpis' },
    { kind: 'status', areaId },
    ...indicatorIds.map((indicatorId): Slide => ({ kind: 'indicator', indicatorId, areaId })),
    ...(childAreaIds.length >= 2 ? [{ kind: 'ranking' } as const] : []),
    { kind: 'highlights' },
    { kind: 'attention' },
  ]
}

/** A stable key for a slide. */
export const slideKey = (slide: Slide): string => {
  switch (slide.kind) {
    case 'status':
      return `status-${slide.areaId}`
    case 'indicator':
      return `indicator-${slide.indicatorId}-${slide.areaId}`
    default:
      return slide.kind
  }
}

/** `?tour=` → a known tour, else none. */
export const parseTour = (raw: string | null | undefined): Tour | undefined =>
  (tours as readonly string[]).includes(raw ?? '') ? (raw as Tour) : undefined

/**
 * `?slide=` (1-based, as people count) → a 0-based index within the deck: a number past the end
 * is the last slide, anything else that is not a positive whole number the first.
 */
export const slideIndex = (raw: string | null | undefined, count: number): number => {
  if (count <= 0 || !raw || !/^\d{1,6}$/.test(raw)) return 0
  return Math.min(Math.max(Number(raw), 1), count) - 1
}

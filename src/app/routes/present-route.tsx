import { Suspense, useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { parseTour } from '@/domain/deck-plan'
import { DeckLoading, PresentDeck } from '@/features/present/present-deck'
import { useFilters } from '../use-filters'

/** The filters that carry over between the deck and the other pages. */
const FILTER_PARAMS = ['programme', 'area', 'year', 'indicator']

/**
 * `/present`: the deck for the current filters. The slide number (`?slide=`, 1-based) and the
 * tour (`?tour=targets|indicator`) live in the URL, so a pasted link opens the same slide.
 * Moving between slides replaces the history entry; Esc or "Exit" returns to the Overview.
 */
export function PresentRoute() {
  return (
    <Suspense fallback={<DeckLoading />}>
      <FilteredDeck />
    </Suspense>
  )
}

function FilteredDeck() {
  const { filters } = useFilters()
  const [params, setParams] = useSearchParams()
  const carried = new URLSearchParams()
  for (const key of FILTER_PARAMS) {
    const value = params.get(key)
    if (value !== null) carried.set(key, value)
  }
  const query = carried.toString()
  const onSlideChange = useCallback(
    (number: number) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          next.set('slide', String(number))
          return next
        },
        { replace: true },
      ),
    [setParams],
  )
  return (
    <PresentDeck
      programme={filters.programme}
      area={filters.area}
      year={filters.year}
      indicatorId={filters.indicatorId}
      tour={parseTour(params.get('tour'))}
      slide={params.get('slide')}
      onSlideChange={onSlideChange}
      exitTo={query ? `/?${query}` : '/'}
    />
  )
}

import './overview-route.css'
import { useEffect, useMemo } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { HeadlineIndicator } from '@/features/overview/headline-indicator'
import { ModelKpis } from '@/features/overview/model-kpis'
import { ModelsByArea } from '@/features/overview/models-by-area'
import { prefetchOverview } from '@/features/overview/overview-queries'
import { StatusSummary } from '@/features/overview/status-summary'
import { ProvenanceButton, type ProvenanceArgs } from '@/features/provenance/provenance-button'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useDeferredFilters } from '../use-filters'

export function OverviewRoute() {
  const { t } = useTranslation()
  const { filters, pending, current } = useDeferredFilters()
  const { programme, area, year, indicatorId } = filters
  // A filter change requests every panel's data at once: the background render would
  // otherwise discover them one suspended panel after another.
  const queryClient = useQueryClient()
  useEffect(() => {
    void prefetchOverview(queryClient, {
      programme: current.programme,
      area: current.area,
      year: current.year,
    })
  }, [queryClient, current.programme, current.area, current.year])
  const deck = deckLinks(useLocation().search)
  // The panels depend on the deferred filters only: while a filter change is pending, the
  // urgent render (the filter bar, the busy state) does not redraw the charts.
  const panels = useMemo(() => {
    const resetKeys = [programme.id, area.id, year, indicatorId]
    return (
      <>
        <Panel title={t('overview.models.title')} resetKeys={resetKeys} skeletonHeight={250}>
          <ModelKpis area={area} year={year} />
        </Panel>
        <Panel
          title={t('overview.status.title', { programme: programme.shortName })}
          resetKeys={resetKeys}
          skeletonHeight={250}
        >
          <StatusSummary programme={programme} area={area} year={year} />
        </Panel>
        <Panel
          title={t('overview.headline.title')}
          resetKeys={resetKeys}
          className="panel--wide"
          skeletonHeight={384}
        >
          <HeadlineIndicator
            programme={programme}
            area={area}
            year={year}
            indicatorId={indicatorId}
            provenance={provenance}
          />
        </Panel>
        <Panel
          title={t('overview.byArea.title')}
          resetKeys={resetKeys}
          className="panel--wide"
          skeletonHeight={420}
        >
          <ModelsByArea area={area} year={year} />
        </Panel>
      </>
    )
  }, [t, programme, area, year, indicatorId])
  return (
    <>
      <PageHeading>{t('overview.title', { area: area.name, year })}</PageHeading>
      <p className="page-lead">{t('overview.lead', { programme: programme.shortName })}</p>
      <p className="page-actions">
        <Link className="button" to={deck.full}>
          {t('overview.openDeck')}
        </Link>{' '}
        <Link className="button button--quiet" to={deck.tour}>
          {t('overview.openTour')}
        </Link>
      </p>
      <div className="overview-grid" aria-busy={pending} data-pending={pending}>
        {panels}
      </div>
    </>
  )
}

const provenance = (args: ProvenanceArgs) => <ProvenanceButton {...args} />

/** The deck for the filters in the URL (programme, area, year, indicator), and its tour of the sub-areas. */
function deckLinks(search: string) {
  const current = new URLSearchParams(search)
  const carried = new URLSearchParams()
  for (const key of ['programme', 'area', 'year', 'indicator']) {
    const value = current.get(key)
    if (value !== null) carried.set(key, value)
  }
  const full = carried.toString()
  carried.set('tour', 'targets')
  return { full: full ? `/present?${full}` : '/present', tour: `/present?${carried.toString()}` }
}

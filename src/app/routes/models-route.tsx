import { usePrefetchQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { referenceQueries } from '@/api/reference-queries'
import {
  ModelsByChildAreaChart,
  ModelsByFieldChart,
  ModelsByYearChart,
} from '@/features/models/model-charts'
import { ModelResults } from '@/features/models/model-results'
import { ModelsFilterAside, RegistryNotices } from '@/features/models/models-filter-aside'
import { ModelsNav } from '@/features/models/models-nav'
import { toModelFilters } from '@/features/models/registry-params'
import { useRegistryParams } from '@/features/models/use-registry-params'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/models`: the registry — search, facets, a server-paged table and three charts. */
export function ModelsRoute() {
  const { t } = useTranslation()
  // Names for the tables: fetched alongside the figures, not after them.
  usePrefetchQuery(referenceQueries.units())
  const { filters, tree } = useFilters()
  const area = useDeferredValue(filters.area)
  const registry = useRegistryParams()
  const { deferred } = registry
  const pending = registry.pending || area !== filters.area
  const apiFilters = toModelFilters(deferred, area.id)
  const resetKeys = [JSON.stringify(apiFilters)]
  return (
    <>
      <PageHeading>{t('models.registry.title')}</PageHeading>
      <p className="page-lead">{t('models.registry.lead', { area: filters.area.name })}</p>
      <ModelsNav />
      <RegistryNotices registry={registry} />
      <div className="models-layout">
        <ModelsFilterAside registry={registry} areaId={filters.area.id} />
        <div className="models-layout__main" aria-busy={pending} data-pending={pending}>
          <Panel title={t('models.results.title')} resetKeys={resetKeys} skeletonHeight={480}>
            <ModelResults params={deferred} areaId={area.id} update={registry.update} />
          </Panel>
          <div className="models-charts">
            <Panel title={t('models.charts.byField')} resetKeys={resetKeys} skeletonHeight={240}>
              <ModelsByFieldChart filters={apiFilters} />
            </Panel>
            <Panel title={t('models.charts.byYear')} resetKeys={resetKeys} skeletonHeight={240}>
              <ModelsByYearChart filters={apiFilters} />
            </Panel>
            <Panel
              title={t('models.charts.byArea')}
              resetKeys={resetKeys}
              className="panel--wide"
              skeletonHeight={320}
            >
              <ModelsByChildAreaChart
                filters={apiFilters}
                area={area}
                childAreas={tree.childrenOf(area.id)}
              />
            </Panel>
          </div>
        </div>
      </div>
    </>
  )
}

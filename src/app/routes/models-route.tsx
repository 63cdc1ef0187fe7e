import { usePrefetchQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { referenceQueries } from '@/api/reference-queries'
import { ModelResults } from '@/features/models/model-results'
import { ModelsFilterAside, RegistryNotices } from '@/features/models/models-filter-aside'
import { ModelsNav } from '@/features/models/models-nav'
import { RegistryCharts } from '@/features/models/registry-charts'
import { toListParams, toModelFilters } from '@/features/models/registry-params'
import { useRegistryParams } from '@/features/models/use-registry-params'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/**
 * `/models`: the registry — search, facets, a server-paged table and three charts. A filter
 * change costs two requests: the page of rows, and one summary for the facet counts and the
 * charts. Each part keeps what it shows, marked busy, until its own answer arrives; the rows
 * are drawn first, the charts after them.
 */
export function ModelsRoute() {
  const { t } = useTranslation()
  const { filters, tree } = useFilters()
  const registry = useRegistryParams()
  const apiFilters = useMemo(
    () => toModelFilters(registry.filters, filters.area.id),
    [registry.filters, filters.area.id],
  )
  // The rows, the summary and the names for them (units) are all requested at once: the
  // parts that show them wait for the names, the requests do not.
  usePrefetchQuery(referenceQueries.units())
  usePrefetchQuery(modelQueries.list(toListParams(registry.params, filters.area.id)))
  usePrefetchQuery(modelQueries.summary(apiFilters))
  return (
    <>
      <PageHeading>{t('models.registry.title')}</PageHeading>
      <p className="page-lead">{t('models.registry.lead', { area: filters.area.name })}</p>
      <ModelsNav />
      <RegistryNotices registry={registry} />
      <div className="models-layout">
        <ModelsFilterAside registry={registry} areaId={filters.area.id} />
        <div className="models-layout__main">
          <Panel
            title={t('models.results.title')}
            resetKeys={[JSON.stringify(apiFilters)]}
            skeletonHeight={480}
          >
            <ModelResults
              params={registry.params}
              areaId={filters.area.id}
              update={registry.update}
            />
          </Panel>
          <RegistryCharts
            filters={apiFilters}
            area={filters.area}
            childAreas={tree.childrenOf(filters.area.id)}
          />
        </div>
      </div>
    </>
  )
}

import { usePrefetchQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { referenceQueries } from '@/api/reference-queries'
import { ModelsFilterAside, RegistryNotices } from '@/features/models/models-filter-aside'
import { ModelsNav } from '@/features/models/models-nav'
import { toModelFilters } from '@/features/models/registry-params'
import {
  MostReplicated,
  ReplicationRates,
  SpreadCandidates,
} from '@/features/models/replication-panels'
import { useRegistryParams } from '@/features/models/use-registry-params'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/models/replication`: replication rates per area, the most replicated models, candidates. */
export function ModelReplicationRoute() {
  const { t } = useTranslation()
  // Names for the tables: fetched alongside the figures, not after them.
  usePrefetchQuery(referenceQueries.units())
  const { filters, tree } = useFilters()
  const area = useDeferredValue(filters.area)
  const registry = useRegistryParams()
  const pending = registry.pending || area !== filters.area
  const apiFilters = toModelFilters(registry.deferred, area.id)
  const resetKeys = [JSON.stringify(apiFilters)]
  return (
    <>
      <PageHeading>{t('models.replication.title', { area: filters.area.name })}</PageHeading>
      <p className="page-lead">{t('models.replication.lead')}</p>
      <ModelsNav />
      <RegistryNotices registry={registry} />
      <div className="models-layout">
        <ModelsFilterAside registry={registry} areaId={filters.area.id} />
        <div className="models-layout__main" aria-busy={pending} data-pending={pending}>
          <Panel title={t('models.replication.rates')} resetKeys={resetKeys} skeletonHeight={360}>
            <ReplicationRates
              filters={apiFilters}
              area={area}
              childAreas={tree.childrenOf(area.id)}
            />
          </Panel>
          <Panel title={t('models.replication.top')} resetKeys={resetKeys} skeletonHeight={320}>
            <MostReplicated filters={apiFilters} />
          </Panel>
          <Panel
            title={t('models.replication.candidates')}
            resetKeys={resetKeys}
            skeletonHeight={320}
          >
            <SpreadCandidates key={resetKeys[0]} filters={apiFilters} />
          </Panel>
        </div>
      </div>
    </>
  )
}

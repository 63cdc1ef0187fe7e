import { usePrefetchQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { referenceQueries } from '@/api/reference-queries'
import { ModelsFilterAside, RegistryNotices } from '@/features/models/models-filter-aside'
import { ModelsNav } from '@/features/models/models-nav'
import { RecognitionByArea } from '@/features/models/recognition-table'
import { toModelFilters } from '@/features/models/registry-params'
import { useRegistryParams } from '@/features/models/use-registry-params'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/models/recognition`: recognised models and commended units by place and level. */
export function ModelRecognitionRoute() {
  const { t } = useTranslation()
  // Names for the tables: fetched alongside the figures, not after them.
  usePrefetchQuery(referenceQueries.units())
  const { filters, tree } = useFilters()
  const area = useDeferredValue(filters.area)
  const registry = useRegistryParams()
  const pending = registry.pending || area !== filters.area
  const apiFilters = toModelFilters(registry.deferred, area.id)
  return (
    <>
      <PageHeading>{t('models.recognition.title', { area: filters.area.name })}</PageHeading>
      <p className="page-lead">{t('models.recognition.lead')}</p>
      <ModelsNav />
      <RegistryNotices registry={registry} />
      <div className="models-layout">
        <ModelsFilterAside registry={registry} areaId={filters.area.id} />
        <div className="models-layout__main" aria-busy={pending} data-pending={pending}>
          <Panel
            title={t('models.recognition.panel')}
            resetKeys={[JSON.stringify(apiFilters)]}
            skeletonHeight={420}
          >
            <RecognitionByArea
              filters={apiFilters}
              area={area}
              childAreas={tree.childrenOf(area.id)}
            />
          </Panel>
        </div>
      </div>
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { Notice } from '@/shared/ui/notice'
import { ModelFilters } from './model-filters'
import type { useRegistryParams } from './use-registry-params'

/** The registry's filters as the side column of a models view, with URL notices above the page. */
export function ModelsFilterAside({
  registry,
  areaId,
}: {
  registry: ReturnType<typeof useRegistryParams>
  areaId: string
}) {
  const { t } = useTranslation()
  return (
    <section className="models-layout__filters" aria-labelledby="models-filters-title">
      <h2 id="models-filters-title" className="models-layout__heading">
        {t('models.filters.title')}
      </h2>
      <ModelFilters
        params={registry.filters}
        areaId={areaId}
        movements={registry.movements}
        years={registry.years}
        update={registry.update}
      />
    </section>
  )
}

export function RegistryNotices({ registry }: { registry: ReturnType<typeof useRegistryParams> }) {
  const { t } = useTranslation()
  return registry.notices.map((notice) => (
    <Notice key={`${notice.param}-${notice.value}`} tone="warning">
      {t('models.notice.invalidParam', notice)}
    </Notice>
  ))
}

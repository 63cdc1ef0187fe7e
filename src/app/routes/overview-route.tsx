import { useTranslation } from 'react-i18next'
import { HeadlineIndicator } from '@/features/overview/headline-indicator'
import { ModelKpis } from '@/features/overview/model-kpis'
import { ModelsByArea } from '@/features/overview/models-by-area'
import { StatusSummary } from '@/features/overview/status-summary'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useDeferredFilters } from '../use-filters'

export function OverviewRoute() {
  const { t } = useTranslation()
  const { filters, pending } = useDeferredFilters()
  const { programme, area, year, indicatorId } = filters
  const resetKeys = [programme.id, area.id, year, indicatorId]
  return (
    <>
      <PageHeading>{t('overview.title', { area: area.name, year })}</PageHeading>
      <p className="page-lead">{t('overview.lead', { programme: programme.shortName })}</p>
      <div className="overview-grid" aria-busy={pending} data-pending={pending}>
        <Panel title={t('overview.models.title')} resetKeys={resetKeys} skeletonHeight={96}>
          <ModelKpis area={area} year={year} />
        </Panel>
        <Panel
          title={t('overview.status.title', { programme: programme.shortName })}
          resetKeys={resetKeys}
          skeletonHeight={96}
        >
          <StatusSummary programme={programme} area={area} year={year} />
        </Panel>
        <Panel
          title={t('overview.headline.title')}
          resetKeys={resetKeys}
          className="panel--wide"
          skeletonHeight={360}
        >
          <HeadlineIndicator
            programme={programme}
            area={area}
            year={year}
            indicatorId={indicatorId}
          />
        </Panel>
        <Panel
          title={t('overview.byArea.title')}
          resetKeys={resetKeys}
          className="panel--wide"
          skeletonHeight={320}
        >
          <ModelsByArea area={area} year={year} />
        </Panel>
      </div>
    </>
  )
}

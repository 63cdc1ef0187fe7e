import { Link, useLocation, useParams } from 'react-router'
import { useSuspenseQueries, usePrefetchQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { referenceQueries } from '@/api/reference-queries'
import { canWrite } from '@/domain/permissions'
import { ModelDetails } from '@/features/models/model-details'
import { ModelLineage } from '@/features/models/model-lineage'
import { Notice } from '@/shared/ui/notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'
import { ModelBoundary } from './model-boundary'

/** `/models/:id`: a model in full, with its replication lineage. */
export function ModelDetailRoute() {
  const { id = '' } = useParams()
  // Names for the tables: fetched alongside the figures, not after them.
  usePrefetchQuery(referenceQueries.units())
  return (
    <ModelBoundary id={id}>
      <ModelPage key={id} id={id} />
    </ModelBoundary>
  )
}

function ModelPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const { tree } = useFilters()
  const [{ data: model }, { data: me }] = useSuspenseQueries({
    queries: [modelQueries.detail(id), referenceQueries.me()],
  })
  const may = canWrite(me, tree, model.areaId)
  const { state } = useLocation() as { state: { saved?: 'created' | 'updated' } | null }
  return (
    <>
      <PageHeading>{model.name}</PageHeading>
      {state?.saved && <Notice>{t(`models.detail.saved.${state.saved}`)}</Notice>}
      <p className="page-lead">
        <Link to="/models">{t('models.detail.backToRegistry')}</Link>
        {may.allowed && (
          <>
            {' · '}
            <Link to={`/models/${encodeURIComponent(model.id)}/edit`}>
              {t('models.detail.edit')}
            </Link>
          </>
        )}
      </p>
      <div className="overview-grid">
        <Panel title={t('models.detail.title')} skeletonHeight={320}>
          <ModelDetails model={model} />
        </Panel>
        <Panel title={t('models.lineage.title')} resetKeys={[model.id]} skeletonHeight={320}>
          <ModelLineage model={model} />
        </Panel>
      </div>
    </>
  )
}

import { Link, useNavigate, useParams } from 'react-router'
import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { ModelForm } from '@/features/models/model-form'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { ModelBoundary } from './model-boundary'

/** `/models/:id/edit`: edit a model (read-only, with the reason, for those who may not). */
export function ModelEditRoute() {
  const { id = '' } = useParams()
  return (
    <ModelBoundary id={id}>
      <EditPage key={id} id={id} />
    </ModelBoundary>
  )
}

function EditPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // The form starts from the version read here; a later change by someone else answers 409.
  const [{ data: model }, { data: lineage }] = useSuspenseQueries({
    queries: [{ ...modelQueries.detail(id), staleTime: 0 }, modelQueries.lineage(id)],
  })
  const back = `/models/${encodeURIComponent(model.id)}`
  return (
    <>
      <PageHeading>{t('models.form.editTitle', { name: model.name })}</PageHeading>
      <p className="page-lead">
        <Link to={back}>{t('models.form.backToModel')}</Link>
      </p>
      <Panel title={t('models.form.panelTitle')} skeletonHeight={640}>
        <ModelForm
          model={model}
          sourceName={lineage.ancestors[0]?.name}
          onSaved={() => navigate(back, { state: { saved: 'updated' } })}
          onCancel={() => navigate(back)}
        />
      </Panel>
    </>
  )
}

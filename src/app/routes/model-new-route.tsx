import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ModelForm } from '@/features/models/model-form'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'

/** `/models/new`: register a model (the area defaults to the app-wide `?area=`). */
export function ModelNewRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  return (
    <>
      <PageHeading>{t('models.form.newTitle')}</PageHeading>
      <p className="page-lead">{t('models.form.newLead')}</p>
      <Panel title={t('models.form.panelTitle')} skeletonHeight={640}>
        <ModelForm
          defaultAreaId={search.get('area') ?? undefined}
          onSaved={(saved) =>
            navigate(`/models/${encodeURIComponent(saved.id)}`, { state: { saved: 'created' } })
          }
          onCancel={() => navigate(-1)}
        />
      </Panel>
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { HistoryView } from '@/features/reporting/history-view'
import { ReportTabs } from '@/features/reporting/report-tabs'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'

/** `/report/history/:measurementId`: every change of one figure. */
export function ReportHistoryRoute() {
  const { t } = useTranslation()
  const { measurementId = '' } = useParams()
  return (
    <>
      <PageHeading>{t('reporting.history.title')}</PageHeading>
      <p className="page-lead">{t('reporting.history.lead')}</p>
      <ReportTabs />
      <Panel title={t('reporting.history.panel')} resetKeys={[measurementId]} skeletonHeight={240}>
        <HistoryView measurementId={measurementId} />
      </Panel>
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { ReportTabs } from '@/features/reporting/report-tabs'
import { ReviewQueue } from '@/features/reporting/review-queue'
import { RoleNotice } from '@/features/reporting/role-notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/report/review`: the province's verification queue. */
export function ReportReviewRoute() {
  const { t } = useTranslation()
  const { filters } = useFilters()
  return (
    <>
      <PageHeading>{t('reporting.review.title')}</PageHeading>
      <p className="page-lead">{t('reporting.review.lead')}</p>
      <ReportTabs />
      <Panel title={t('reporting.review.queue')} skeletonHeight={240}>
        <RoleNotice />
        <ReviewQueue programme={filters.programme} />
      </Panel>
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { ImportView } from '@/features/reporting/import-view'
import { ReportTabs } from '@/features/reporting/report-tabs'
import { RoleNotice } from '@/features/reporting/role-notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/report/import`: measurements from a CSV file, checked before anything is stored. */
export function ReportImportRoute() {
  const { t } = useTranslation()
  const { filters } = useFilters()
  return (
    <>
      <PageHeading>{t('reporting.import.title')}</PageHeading>
      <p className="page-lead">{t('reporting.import.lead')}</p>
      <ReportTabs />
      <Panel title={t('reporting.import.panel')} skeletonHeight={240}>
        <RoleNotice />
        <ImportView programme={filters.programme} />
      </Panel>
    </>
  )
}

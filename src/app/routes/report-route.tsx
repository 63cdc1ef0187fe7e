import { useTranslation } from 'react-i18next'
import { ReportForm } from '@/features/reporting/report-form'
import { ReportTabs } from '@/features/reporting/report-tabs'
import { RoleNotice } from '@/features/reporting/role-notice'
import { Worklist } from '@/features/reporting/worklist'
import { worklists } from '@/api/measurement-queries'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useFilters } from '../use-filters'

/** `/report`: data entry for one indicator, area and year, and the user's work lists. */
export function ReportRoute() {
  const { t } = useTranslation()
  const { filters, setFilters } = useFilters()
  const { programme, area, year, indicatorId } = filters
  return (
    <>
      <PageHeading>{t('reporting.title')}</PageHeading>
      <p className="page-lead">{t('reporting.lead')}</p>
      <ReportTabs />
      <div className="report-grid">
        <Panel title={t('reporting.form.title')} resetKeys={[indicatorId, area.id, year]}>
          <RoleNotice />
          <ReportForm
            programme={programme}
            indicatorId={indicatorId}
            areaId={area.id}
            year={year}
            onSelect={setFilters}
          />
        </Panel>
        {worklists.map((list) => (
          <Panel key={list} title={t(`reporting.lists.${list}.title`)} skeletonHeight={160}>
            <Worklist list={list} programme={programme} />
          </Panel>
        ))}
      </div>
    </>
  )
}

import './reporting.css'
import { NavLink, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'

const tabs = [
  { to: '/report', key: 'entry' },
  { to: '/report/review', key: 'review' },
  { to: '/report/import', key: 'import' },
] as const

/** The pages of the reporting section; the filters travel along. */
export function ReportTabs() {
  const { t } = useTranslation()
  const { search } = useLocation()
  return (
    <nav aria-label={t('reporting.tabs.label')} className="report-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink to={`${tab.to}${search}`} end>
              {t(`reporting.tabs.${tab.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

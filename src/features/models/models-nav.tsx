import './models.css'
import { NavLink, Link, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'

const views = [
  { to: '/models', key: 'registry' },
  { to: '/models/replication', key: 'replication' },
  { to: '/models/recognition', key: 'recognition' },
] as const

/** The views of the models section; the query string (area and filters) travels along. */
export function ModelsNav() {
  const { t } = useTranslation()
  const { search } = useLocation()
  return (
    <div className="models-nav">
      <nav aria-label={t('models.nav.label')}>
        <ul>
          {views.map((view) => (
            <li key={view.key}>
              <NavLink to={`${view.to}${search}`} end>
                {t(`models.nav.${view.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Link className="button models-nav__new" to={`/models/new${areaOnly(search)}`}>
        <span aria-hidden="true">+</span>
        {t('models.nav.new')}
      </Link>
    </div>
  )
}

function areaOnly(search: string): string {
  const area = new URLSearchParams(search).get('area')
  return area ? `?area=${encodeURIComponent(area)}` : ''
}

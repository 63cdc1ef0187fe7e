import { NavLink, useLocation } from 'react-router'
import { useTranslation } from 'react-i18next'
import { env } from '@/shared/lib/env'
import { use } from 'react'
import { PageChangeContext } from '../routes/lazy-page'
import { LanguageSwitch } from './language-switch'
import { UserSwitcher } from './user-switcher'

const sections = [
  { to: '/', key: 'overview' },
  { to: '/targets', key: 'targets' },
  { to: '/areas', key: 'areas' },
  { to: '/models', key: 'models' },
  { to: '/report', key: 'report' },
  { to: '/present', key: 'present' },
] as const

/** The filters that travel between sections, so a view stays a shareable link. */
const SHARED_PARAMS = ['programme', 'area', 'year', 'indicator']

const inSection = (path: string, section: string) =>
  section === '/' ? path === '/' : path === section || path.startsWith(`${section}/`)

export function SiteHeader() {
  const { t } = useTranslation()
  const { search } = useLocation()
  const next = use(PageChangeContext)
  const current = new URLSearchParams(search)
  const carried = new URLSearchParams()
  for (const key of SHARED_PARAMS) {
    const value = current.get(key)
    if (value !== null) carried.set(key, value)
  }
  const query = carried.toString() ? `?${carried.toString()}` : ''

  return (
    <header className="site-header">
      <div className="site-header__top">
        <p className="site-header__title">
          <NavLink to={`/${query}`}>{t('app.title')}</NavLink>
        </p>
        {env.VITE_MOCKING === 'on' && (
          <p className="data-badge" title={t('shell.illustrativeDataHint')}>
            {t('shell.illustrativeData')}
          </p>
        )}
        {env.VITE_MOCKING === 'on' && <UserSwitcher />}
        <LanguageSwitch />
      </div>
      <nav aria-label={t('shell.navLabel')} className="site-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.key}>
              <NavLink
                to={`${section.to}${query}`}
                end={section.to === '/'}
                // The section whose page is on its way (the current one stays until it is in).
                aria-busy={next !== null && inSection(next, section.to)}
              >
                {t(`nav.${section.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

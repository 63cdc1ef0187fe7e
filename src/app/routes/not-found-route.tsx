import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/shared/ui/page-heading'

export function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className="page-lead">{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  )
}

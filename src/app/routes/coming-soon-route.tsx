import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/shared/ui/page-heading'

/** A section that a later release fills: it says so, and fakes nothing. */
export function ComingSoonRoute({ section }: { section: 'targets' | 'areas' | 'models' | 'present' }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t(`nav.${section}`)}</PageHeading>
      <p className="page-lead">{t('comingSoon.text')}</p>
    </>
  )
}

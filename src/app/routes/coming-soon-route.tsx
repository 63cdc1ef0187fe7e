import { useTranslation } from 'react-i18next'
import { PageHeading } from '@/shared/ui/page-heading'

export type Section = 'targets' | 'areas' | 'models' | 'report' | 'present'

/** A section that a later release fills: it says so, and fakes nothing. */
export function ComingSoonRoute({ section }: { section: Section }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t(`nav.${section}`)}</PageHeading>
      <p className="page-lead">{t('comingSoon.text')}</p>
    </>
  )
}

/** A lazy route whose page is still to come. */
export const comingSoon = (section: Section) => async () => ({
  Component: () => <ComingSoonRoute section={section} />,
})

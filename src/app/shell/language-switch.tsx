import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { changeLanguage, isLanguage, languages, currentLanguage } from '@/shared/i18n/i18n'

const names = { vi: 'Tiếng Việt', en: 'English', de: 'Deutsch' } as const

/** Language names are written in their own language, so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('shell.language')}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value)
        }}
      >
        {languages.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {names[lng]}
          </option>
        ))}
      </select>
    </div>
  )
}

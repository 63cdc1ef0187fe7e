import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '@/shared/lib/format'
import { intlLocales, isLanguage, defaultLanguage } from './i18n'

/** Intl formatters for the active UI language. */
export function useFormat() {
  const { i18n } = useTranslation()
  const lng = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage
  return useMemo(() => createFormatters(intlLocales[lng]), [lng])
}

import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

export const languages = ['vi', 'en', 'de'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'vi'

/** The Intl locale of each UI language (numbers, dates, collation). */
export const intlLocales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB', de: 'de-DE' }

const STORAGE_KEY = 'emulation-tracker.language'

/**
 * Translations live in one file per language and part of the product
 * (`locales/vi/overview.json` holds the `overview.*` keys), so each feature
 * owns its strings; each language is bundled into one chunk
 * (`locales/vi.ts`), loaded only when that language is used.
 */
const loaders: Record<Language, () => Promise<{ resources: Record<string, unknown> }>> = {
  vi: () => import('./locales/vi'),
  en: () => import('./locales/en'),
  de: () => import('./locales/de'),
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value)

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : defaultLanguage
  } catch {
    return defaultLanguage
  }
}

async function loadLanguage(lng: Language) {
  if (i18next.hasResourceBundle(lng, 'translation')) return
  const { resources } = await loaders[lng]()
  i18next.addResourceBundle(lng, 'translation', resources, true, true)
}

export async function initI18n(lng: Language = storedLanguage()) {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng,
      fallbackLng: false,
      resources: {},
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  }
  await changeLanguage(lng)
  return i18next
}

export async function changeLanguage(lng: Language) {
  await loadLanguage(lng)
  await i18next.changeLanguage(lng)
  document.documentElement.lang = lng
  try {
    localStorage.setItem(STORAGE_KEY, lng)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export const currentLanguage = (): Language =>
  isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage

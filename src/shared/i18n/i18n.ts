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
 * (`locales/vi/overview.json` holds the `overview.*` keys), so each feature owns its
 * strings; each file is its own chunk. At start only the shell's parts load, in the
 * active language; a page loads its feature's parts with its code (`withTranslations`
 * in the route's `lazyPage`), and a language switch first loads every part used so far.
 * All parts merge into the one namespace: keys read the same wherever they come from.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  import: 'default',
})

/** The parts the shell and the shared UI (error messages, export menus) use. */
const shellParts = ['common', 'export', 'resilience', 'users']

/** Every part used so far: a language switch loads them all in the new language. */
const usedParts = new Set(shellParts)
const loadedFiles = new Set<string>()

/** The language on screen, or being switched to: parts load in it. */
let language: Language | undefined

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

/** Starts i18next once; with inline resources it starts synchronously, ready for parts. */
function startI18next(lng: Language) {
  if (i18next.isInitialized) return
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  })
}

async function loadParts(lng: Language, parts: Iterable<string>) {
  startI18next(lng)
  await Promise.all(
    [...parts].map(async (part) => {
      const file = `./locales/${lng}/${part}.json`
      const load = files[file]
      if (!load) throw new Error(`No translations at ${file}`)
      if (loadedFiles.has(file)) return
      i18next.addResourceBundle(lng, 'translation', await load(), true, true)
      loadedFiles.add(file)
    }),
  )
}

/**
 * Resolves to the module once the given parts' strings are loaded in the active language,
 * both loading at once: a lazy route's page never renders before its strings are there.
 */
export async function withTranslations<T>(module: Promise<T>, ...parts: string[]): Promise<T> {
  for (const part of parts) usedParts.add(part)
  const [loaded] = await Promise.all([module, loadParts(language ?? storedLanguage(), parts)])
  return loaded
}

export async function initI18n(lng: Language = storedLanguage()) {
  await changeLanguage(lng)
  return i18next
}

export async function changeLanguage(lng: Language) {
  language = lng
  await loadParts(lng, usedParts)
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

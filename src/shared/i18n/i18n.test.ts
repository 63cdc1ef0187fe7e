import i18next from 'i18next'
import { expect, test } from 'vitest'
import { changeLanguage, initI18n, withTranslations } from './i18n'
import enTargets from './locales/en/targets.json'
import viTargets from './locales/vi/targets.json'

test('the shell starts with its own strings; a page brings its strings, a switch reloads them', async () => {
  await initI18n('vi')
  expect(i18next.t('app.title')).toBe('Theo dõi phong trào thi đua')
  expect(i18next.exists('targets.lead')).toBe(false)

  const page = { TargetsRoute: 'the page module' }
  expect(await withTranslations(Promise.resolve(page), 'targets')).toBe(page)
  expect(i18next.t('targets.lead', { year: 2025 })).toBe(
    viTargets.targets.lead.replace('{{year}}', '2025'),
  )

  await changeLanguage('en')
  expect(i18next.t('targets.lead', { year: 2025 })).toBe(
    enTargets.targets.lead.replace('{{year}}', '2025'),
  )
  expect(i18next.hasResourceBundle('de', 'translation')).toBe(false)
})

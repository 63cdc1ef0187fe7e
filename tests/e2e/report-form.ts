import { expect, type Page } from '@playwright/test'

/** The data-entry form (02.2, Thủ Dầu Một, 2025) as the district's editor, ready for typing. */
export async function openReportForm(page: Page) {
  await page.addInitScript(() =>
    localStorage.setItem('emulation-tracker.mock-user', 'user-editor-718'),
  )
  await page.goto('/report?indicator=de-an-02.2&area=718&year=2025')
  const form = page.getByRole('region', { name: 'Nhập số liệu' })
  const numerator = form.getByLabel(/Hộ đã ký cam kết/)
  await expect(numerator).toBeEditable({ timeout: 15_000 })
  return { form, numerator }
}

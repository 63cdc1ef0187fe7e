import { expect, type Page } from '@playwright/test'

/** The mock backend's fault rules (mocks/faults.ts), stored where its handler reads them. */
export type Fault = {
  path: string
  kind: '500' | 'timeout' | 'malformed' | 'shape' | 'empty' | 'slow'
  method?: string
  ms?: number
  body?: unknown
}

const FAULTS_KEY = 'emulation-tracker.mock-faults'

/** Sets fault rules before the app's first request (and on every later load of this page). */
export async function injectFaults(page: Page, faults: Fault[]) {
  await page.addInitScript(
    ([key, value]) => {
      // Only on the first load: a reload in the test keeps whatever the test set since.
      if (sessionStorage.getItem('faults-set') === null) {
        sessionStorage.setItem('faults-set', '1')
        localStorage.setItem(key, value)
      }
    },
    [FAULTS_KEY, JSON.stringify(faults)] as const,
  )
}

/** Replaces the fault rules in a loaded page (an empty list: the API recovers). */
export async function setFaults(page: Page, faults: Fault[]) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    FAULTS_KEY,
    JSON.stringify(faults),
  ] as const)
}

/** Collects uncaught errors of the page; check with `expect(errors).toEqual([])`. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

/** The panels of the page (Panel's <section>). */
export const panels = (page: Page) => page.locator('section.panel')

/** Waits until no skeleton is left on the page. */
export async function settled(page: Page, timeout = 20_000) {
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout })
}

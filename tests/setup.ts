import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetDb, server } from '@mocks/node'

// jsdom lays nothing out and cannot scroll (its scrollTo only reports "not implemented");
// some suites run in plain Node, without a window.
if (typeof window !== 'undefined') window.scrollTo = () => {}

// The first render of a lazy route parses the dataset and loads code: allow for it.
configure({ asyncUtilTimeout: 5000 })

// Unmocked requests and console errors fail the test (ARCHITECTURE.md §9).
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

const fail = (...args: unknown[]) => {
  throw new Error(`console.error during test: ${args.map(String).join(' ')}`)
}
beforeEach(() => {
  // Every test starts from the pristine dataset (writes from other tests are dropped).
  resetDb()
  vi.spyOn(console, 'error').mockImplementation(fail)
})

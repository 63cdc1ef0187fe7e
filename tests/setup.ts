import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server } from '@mocks/node'

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
  vi.spyOn(console, 'error').mockImplementation(fail)
})

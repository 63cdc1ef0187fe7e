import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import './app/styles.css'
import { App } from './app/app'
import { createQueryClient } from './app/create-query-client'
import { prefetchPageData } from './app/prefetch'
import { routes } from './app/routes'
import { preloadPages } from './app/routes/lazy-page'
import { initI18n } from './shared/i18n/i18n'
import { env } from './shared/lib/env'

/** Starts the mock backend when the build carries it; undefined when it talks to a real API. */
function startMocking(): Promise<void> | undefined {
  // A build-time constant: production builds without mocking drop this branch and the mock code.
  if (import.meta.env.VITE_MOCKING !== 'on') return undefined
  return import('@mocks/browser').then(async ({ startMockWorker }) => {
    await startMockWorker({ baseUrl: env.VITE_API_BASE_URL, latencyMs: env.VITE_MOCK_LATENCY_MS })
  })
}

function showStartupError(error: unknown) {
  const root = document.getElementById('root')
  if (!root) return
  const box = document.createElement('pre')
  box.className = 'startup-error'
  box.setAttribute('role', 'alert')
  box.textContent = `The app could not start.\n\n${error instanceof Error ? error.message : String(error)}`
  root.replaceChildren(box)
}

/**
 * How long the first render waits for the first page's code and data, and the shared data (ms). A page
 * rendered whole paints once; a frame of skeletons rendered first makes the page wait longer,
 * as React holds content back for 300 ms after showing a fallback. On a slow line the frame
 * and its skeletons show after this time.
 */
const FIRST_RENDER_WAIT_MS = 1000

async function start() {
  const queryClient = createQueryClient()
  const mocking = startMocking()
  // The data every page needs is requested first (at once with a real API, whose answers the
  // HTML already asked for), then the current page's code and strings and the shell's strings
  // in the stored language: everything loads at once.
  const startData = mocking
    ? mocking.then(() => prefetchPageData(queryClient, routes, window.location))
    : prefetchPageData(queryClient, routes, window.location)
  const firstPage = Promise.all([preloadPages(routes, window.location.pathname), startData])
  const i18n = initI18n()
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))
  await Promise.all([i18n, mocking])
  await Promise.race([firstPage, waited])
  const container = document.getElementById('root')
  if (!container) throw new Error('#root is missing from index.html')
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}

start().catch(showStartupError)

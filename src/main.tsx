import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/be-vietnam-pro/400.css'
import '@fontsource/be-vietnam-pro/600.css'
import './app/styles.css'
import { App } from './app/app'
import { createQueryClient } from './app/create-query-client'
import { prefetchStartData } from './app/prefetch'
import { routes } from './app/routes'
import { preloadPages } from './app/routes/lazy-page'
import { initI18n } from './shared/i18n/i18n'
import { env } from './shared/lib/env'

async function startMocking() {
  // A build-time constant: production builds without mocking drop this branch and the mock code.
  if (import.meta.env.VITE_MOCKING !== 'on') return
  const { startMockWorker } = await import('@mocks/browser')
  await startMockWorker({ baseUrl: env.VITE_API_BASE_URL, latencyMs: env.VITE_MOCK_LATENCY_MS })
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
 * How long the first render waits for the first page's code and shared data (ms). A page
 * rendered whole paints once; a frame of skeletons rendered first makes the page wait longer,
 * as React holds content back for 300 ms after showing a fallback. On a slow line the frame
 * and its skeletons show after this time.
 */
const FIRST_RENDER_WAIT_MS = 1000

async function start() {
  const queryClient = createQueryClient()
  const mocking = startMocking()
  // The shell's strings load in the stored language, the current page's code and strings at
  // once; the data every page needs is requested as soon as the API (or its mock) is ready.
  const i18n = initI18n()
  const firstPage = Promise.all([
    preloadPages(routes, window.location.pathname),
    mocking.then(() => prefetchStartData(queryClient, window.location)),
  ])
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

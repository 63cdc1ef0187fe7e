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

async function start() {
  const queryClient = createQueryClient()
  const mocking = startMocking()
  // The shell's strings load in the stored language, the current page's code and strings at
  // once; the data every page needs is requested as soon as the API (or its mock) is ready.
  const i18n = initI18n()
  preloadPages(routes, window.location.pathname)
  void mocking.then(() => prefetchStartData(queryClient, window.location))
  await Promise.all([i18n, mocking])
  const container = document.getElementById('root')
  if (!container) throw new Error('#root is missing from index.html')
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  )
}

start().catch(showStartupError)

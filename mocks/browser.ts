import { setupWorker } from 'msw/browser'
import bundle from 'virtual:dataset'
import { parseBundle } from '@/api/bundle'
import { createDb } from './db'
import { createHandlers } from './handlers'

/**
 * Starts the mock backend in the browser (a service worker over the dataset
 * served as `virtual:dataset`). Throws a BundleError when the dataset is
 * invalid, before anything is registered. Requests outside the API pass
 * through untouched.
 */
export async function startMockWorker(options: { baseUrl: string; latencyMs: number }) {
  const db = createDb(parseBundle(bundle))
  const worker = setupWorker(...createHandlers(db, options))
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
  })
  return { worker, db }
}

import { setupServer } from 'msw/node'
import bundle from 'virtual:dataset'
import { parseBundle } from '@/api/bundle'
import { createDb, type Db } from './db'
import { createHandlers } from './handlers'

const dataset = parseBundle(bundle)

/** The store behind `server` (a live binding: `resetDb()` replaces it). */
export let db: Db = createDb(dataset)

/** The mock backend for vitest, over the default dataset; started by tests/setup.ts. */
export const server = setupServer(...createHandlers(db))

/**
 * Recreates the store from the dataset (dropping every write and the user
 * switch) and makes the fresh handlers the server's initial ones, so that
 * `server.resetHandlers()` keeps them. Call it before any `server.use()`.
 */
export function resetDb(): Db {
  db = createDb(dataset)
  server.resetHandlers(...createHandlers(db))
  return db
}

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createDb } from './db'
import { FAULTS_KEY, matchFault, readFaults, type Fault } from './faults'
import { createHandlers } from './handlers'
import { server } from './node'
import { makeBundle } from './test-bundle'

const setFaults = (faults: unknown) => localStorage.setItem(FAULTS_KEY, JSON.stringify(faults))

beforeEach(() => {
  server.use(...createHandlers(createDb(makeBundle())))
})
afterEach(() => {
  localStorage.removeItem(FAULTS_KEY)
  vi.restoreAllMocks()
})

describe('mock fault injection', () => {
  test('without rules every request reaches the real handler', async () => {
    const response = await fetch('/api/v1/units')
    expect(response.status).toBe(200)
    expect(Array.isArray(await response.json())).toBe(true)
  })

  test('rules match an exact path or a prefix, optionally one method', () => {
    const faults: Fault[] = [
      { path: '/models/stats', kind: '500' },
      { path: '/programmes/*', kind: 'shape' },
      { path: '/models', kind: 'empty', method: 'post' },
    ]
    expect(matchFault(faults, 'GET', '/models/stats')?.kind).toBe('500')
    expect(matchFault(faults, 'GET', '/models')).toBeUndefined()
    expect(matchFault(faults, 'POST', '/models')?.kind).toBe('empty')
    expect(matchFault(faults, 'GET', '/programmes/de-an-02')?.kind).toBe('shape')
  })

  test('invalid stored rules count as none', () => {
    localStorage.setItem(FAULTS_KEY, '{not json')
    expect(readFaults()).toEqual([])
    setFaults([{ path: '/units', kind: 'explode' }])
    expect(readFaults()).toEqual([])
  })

  test('500, malformed, wrong shape and empty answers', async () => {
    setFaults([
      { path: '/units', kind: '500' },
      { path: '/movements', kind: 'malformed' },
      { path: '/areas', kind: 'shape' },
      { path: '/models', kind: 'empty', body: { items: [], total: 0, page: 1, pageSize: 20 } },
      { path: '/targets', kind: 'empty' },
    ])
    const units = await fetch('/api/v1/units')
    expect(units.status).toBe(500)
    expect(await units.json()).toMatchObject({ error: { code: 'internal' } })
    await expect((await fetch('/api/v1/movements')).json()).rejects.toThrow()
    expect(await (await fetch('/api/v1/areas')).json()).not.toBeInstanceOf(Array)
    expect(await (await fetch('/api/v1/models?page=2')).json()).toMatchObject({ total: 0 })
    expect(await (await fetch('/api/v1/targets')).json()).toEqual([])
  })

  test('a slow rule delays, then the real handler answers', async () => {
    setFaults([{ path: '/units', kind: 'slow', ms: 50 }])
    const started = performance.now()
    const response = await fetch('/api/v1/units')
    expect(performance.now() - started).toBeGreaterThanOrEqual(45)
    expect(response.status).toBe(200)
  })

  test('a timeout never answers', async () => {
    setFaults([{ path: '/units', kind: 'timeout' }])
    await expect(fetch('/api/v1/units', { signal: AbortSignal.timeout(100) })).rejects.toThrow()
  })

  test('offline, every request fails as a network error', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await expect(fetch('/api/v1/units')).rejects.toThrow()
  })
})

import { describe, expect, test } from 'vitest'
import { loadAllPages } from './load-all-pages'

const source = Array.from({ length: 23 }, (_, i) => i)
const pager = (calls: number[]) => async (page: number, pageSize: number) => {
  calls.push(page)
  await new Promise((resolve) => setTimeout(resolve, (7 - page) % 3))
  return { items: source.slice((page - 1) * pageSize, page * pageSize), total: source.length }
}

describe('loadAllPages', () => {
  test('returns every row in order, each page fetched once', async () => {
    const calls: number[] = []
    expect(await loadAllPages(pager(calls), { pageSize: 5, concurrency: 2 })).toEqual(source)
    expect([...calls].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5])
  })

  test('one page, and an empty list, need one request', async () => {
    const calls: number[] = []
    expect(await loadAllPages(pager(calls), { pageSize: 50 })).toEqual(source)
    expect(calls).toEqual([1])
    expect(await loadAllPages(async () => ({ items: [], total: 0 }))).toEqual([])
  })
})

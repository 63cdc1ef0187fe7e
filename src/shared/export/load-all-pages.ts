/**
 * Every row of a paged list, for exports that must carry all matching rows rather than the
 * visible page. `fetchPage` answers one page (`{ items, total }`, pages counted from 1); pages
 * after the first are fetched a few at a time, and the rows come back in order.
 *
 * For the model list: `exportRows={() => loadAllPages((page, pageSize) =>
 *   queryClient.fetchQuery(modelQueries.list({ ...filters, page, pageSize })))}`.
 */
export async function loadAllPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  { pageSize = 200, concurrency = 4 }: { pageSize?: number; concurrency?: number } = {},
): Promise<T[]> {
  const first = await fetchPage(1, pageSize)
  const pages = Math.max(1, Math.ceil(first.total / pageSize))
  const results: T[][] = [first.items]
  let next = 2
  const worker = async () => {
    while (next <= pages) {
      const page = next++
      results[page - 1] = (await fetchPage(page, pageSize)).items
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, pages - 1) }, worker))
  return results.flat()
}

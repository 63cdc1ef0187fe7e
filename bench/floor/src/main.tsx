/**
 * The benchmark's floor: the least a page with the Overview's headline
 * chart can be — React, one react-query fetch of a JSON fixture, one
 * recharts line chart of 9 series × 5 yearly points, and two buttons that
 * switch what it shows. The app's figures are reported as ratios to this.
 */
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { FloorChart, type Row } from './floor-chart'

function Chart() {
  const [set, setSet] = useState<'a' | 'b'>('a')
  const { data } = useQuery({
    queryKey: ['fixture', set],
    queryFn: async () => (await fetch(`/fixture-${set}.json`)).json() as Promise<Row[]>,
  })
  return (
    <main>
      <h1>Floor: one chart</h1>
      <button type="button" onClick={() => setSet('a')}>A</button>
      <button type="button" onClick={() => setSet('b')}>B</button>
      <p data-set={data ? set : ''}>{data ? `Set ${set}` : 'Loading'}</p>
      {data && <FloorChart data={data} />}
    </main>
  )
}

const client = new QueryClient()
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing')
createRoot(root).render(
  <QueryClientProvider client={client}>
    <Chart />
  </QueryClientProvider>,
)

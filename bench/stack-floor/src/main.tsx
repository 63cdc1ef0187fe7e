/**
 * The benchmark's stack floor: the floor's page (one react-query fetch, one recharts line chart
 * of 9 series × 5 years, two buttons that switch what it shows), built on the libraries the app
 * is required to use and the floor does without: its words through i18next, its state in the
 * URL through React Router, its answer checked with zod. No app code. Its ratios to the floor
 * are what the stack alone costs.
 */
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { BrowserRouter, useSearchParams } from 'react-router'
import { z } from 'zod/mini'
import { FloorChart, type Row } from '../../floor/src/floor-chart'

z.config({ jitless: true })
const rowsSchema = z.array(z.record(z.string(), z.number()))

function Chart() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const set = params.get('set') === 'b' ? 'b' : 'a'
  const { data } = useQuery({
    queryKey: ['fixture', set],
    queryFn: async () =>
      rowsSchema.parse(await (await fetch(`/fixture-${set}.json`)).json()) as Row[],
  })
  return (
    <main>
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => setParams({ set: 'a' })}>A</button>
      <button type="button" onClick={() => setParams({ set: 'b' })}>B</button>
      <p data-set={data ? set : ''}>{data ? t('set', { set }) : t('loading')}</p>
      {data && <FloorChart data={data} />}
    </main>
  )
}

void i18next.use(initReactI18next).init({
  lng: 'vi',
  resources: {
    vi: { translation: { title: 'Sàn: một biểu đồ', set: 'Bộ {{set}}', loading: 'Đang tải' } },
  },
  interpolation: { escapeValue: false },
})
const client = new QueryClient()
const root = document.getElementById('root')
if (!root) throw new Error('#root is missing')
createRoot(root).render(
  <QueryClientProvider client={client}>
    <BrowserRouter>
      <Chart />
    </BrowserRouter>
  </QueryClientProvider>,
)

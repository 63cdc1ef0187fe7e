import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import type { Model } from '@/api/schemas'
import { setToday } from '@/shared/lib/today'
import { areaById, bundle, subtreeIds } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const byId = new Map(bundle.models.map((m) => [m.id, m]))
const root = bundle.areas.find((a) => a.parentId === null)!

/** The deepest replica in the data and its chain of sources, walked independently. */
function deepest() {
  let best: { model: Model; chain: Model[] } = { model: bundle.models[0]!, chain: [] }
  for (const model of bundle.models) {
    const chain: Model[] = []
    for (let m = model; m.replicatedFromId;) {
      const source = byId.get(m.replicatedFromId)
      if (!source) break
      chain.push(source)
      m = source
    }
    if (chain.length > best.chain.length) best = { model, chain }
  }
  return best
}

function descendants(id: string): Model[] {
  const found: Model[] = []
  const queue = [id]
  while (queue.length) {
    const current = queue.shift()!
    for (const m of bundle.models)
      if (m.replicatedFromId === current) {
        found.push(m)
        queue.push(m.id)
      }
  }
  return found
}

afterEach(() => setToday(undefined))

describe('Model page', () => {
  test('shows every field readably and the chain back to the original', async () => {
    const { model, chain } = deepest()
    expect(chain.length).toBeGreaterThanOrEqual(4)
    const { user } = await renderRoute(`/models/${model.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: model.name })).toBeInTheDocument()
    const details = screen.getByRole('region', { name: 'Thông tin mô hình' })
    const area = areaById(model.areaId)
    expect(await within(details).findByRole('link', { name: area.name })).toBeInTheDocument()
    const lineage = screen.getByRole('region', { name: 'Quá trình nhân rộng' })
    const list = await within(lineage).findByRole('list', {
      name: 'Chuỗi nhân rộng, từ mô hình gốc đến mô hình này',
    })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(chain.length + 1)
    const original = chain[chain.length - 1]!
    expect(items[0]).toHaveTextContent(original.name)
    expect(items[0]).toHaveTextContent('gốc')

    await user.click(within(items[0]!).getByRole('link'))
    expect(await screen.findByText('Đây là mô hình gốc.')).toBeInTheDocument()
    const all = descendants(original.id)
    const reach = new Set([original, ...all].map((m) => m.areaId)).size
    const tiles = screen.getByRole('region', { name: 'Quá trình nhân rộng' })
    expect(
      within(tiles).getByText('Phạm vi lan tỏa (số địa bàn)').nextElementSibling,
    ).toHaveTextContent(vi.format(reach))
    expect(within(tiles).getByText('Số mô hình nhân rộng').nextElementSibling).toHaveTextContent(
      vi.format(all.length),
    )
    expect(
      within(tiles).getByRole('list', { name: `Cây nhân rộng của ${original.name}` }),
    ).toBeInTheDocument()
    expect(within(tiles).getByText(/được nhân rộng thành/)).toHaveTextContent(
      `${vi.format(all.length)} mô hình, phủ ${vi.format(reach)} địa bàn`,
    )
  })

  test('funds are shown in VND for the locale', async () => {
    const model = bundle.models.find((m) => m.fundsMobilizedVnd !== undefined)!
    await renderRoute(`/models/${model.id}`, { language: 'en' })
    const details = await screen.findByRole('region', { name: 'About the model' })
    const vnd = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'VND',
      maximumFractionDigits: 0,
    }).format(model.fundsMobilizedVnd!)
    expect(await within(details).findByText(vnd)).toBeInTheDocument()
  })

  test('an unknown id says so', async () => {
    await renderRoute('/models/no-such-model')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không mở được mô hình' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Không tìm thấy dữ liệu được yêu cầu.')
    // Asking again cannot find it: no retry, a way back instead.
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Về danh sách mô hình/ })).toBeInTheDocument()
  })
})

describe('Replication and recognition views', () => {
  test('replication rates and candidates are computed from the data', async () => {
    setToday('2026-11-29')
    await renderRoute('/models/replication')
    const ids = subtreeIds(root.id)
    const models = bundle.models.filter((m) => ids.has(m.areaId))
    const replicatedElsewhere = models.filter((m) =>
      bundle.models.some((r) => r.replicatedFromId === m.id && r.areaId !== m.areaId),
    )
    const pct = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 })
    expect(
      await screen.findByText(new RegExp(`^Trong ${vi.format(models.length)} mô hình`)),
    ).toHaveTextContent(
      `${pct.format(replicatedElsewhere.length / models.length)} đã được nhân rộng`,
    )

    const candidates = models.filter(
      (m) =>
        m.recognition !== undefined &&
        m.recognition.year <= 2024 &&
        !replicatedElsewhere.includes(m),
    )
    expect(
      await screen.findByText(
        new RegExp(`^${vi.format(candidates.length)} mô hình được công nhận từ năm 2024`),
      ),
    ).toBeInTheDocument()
    const top = await screen.findByRole('table', { name: '10 mô hình được nhân rộng nhiều nhất' })
    const first = within(top).getAllByRole('row')[1]!
    const most = Math.max(...models.map((m) => descendants(m.id).length))
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent(vi.format(most))
  })

  test('recognised models per level match the data', async () => {
    await renderRoute('/models/recognition?area=718')
    const ids = subtreeIds('718')
    const recognised = bundle.models.filter((m) => ids.has(m.areaId) && m.recognition)
    const central = recognised.filter((m) => m.recognition!.level === 'central').length
    expect(
      await screen.findByText(
        new RegExp(`^${vi.format(recognised.length)} mô hình được công nhận`),
      ),
    ).toHaveTextContent(`Trung ương: ${vi.format(central)}`)
  })
})

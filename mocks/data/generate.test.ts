// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseBundle } from '@/api/bundle'
import type { Area, Indicator, Measurement } from '@/api/schemas'
import { NAMED_MODELS } from './binh-duong'
import { generateBundle, indicatorId, serializeBundle } from './generate'

const bundle = generateBundle()
const areaById = new Map(bundle.areas.map((a) => [a.id, a]))
const unitById = new Map(bundle.units.map((u) => [u.id, u]))
const modelById = new Map(bundle.models.map((m) => [m.id, m]))
const communes = bundle.areas.filter((a) => a.level === 'commune')
const districts = bundle.areas.filter((a) => a.level === 'district')
const indicators = bundle.programmes[0]!.indicators

/** GSO codes and names of research-notes.md (state of 1 May 2024 – 30 June 2025). */
const GSO: Record<string, { name: string; communes: Record<string, string> }> = {
  '718': {
    name: 'Thành phố Thủ Dầu Một',
    communes: {
      '25741': 'Phường Hiệp Thành',
      '25744': 'Phường Phú Lợi',
      '25747': 'Phường Phú Cường',
      '25750': 'Phường Phú Hòa',
      '25753': 'Phường Phú Thọ',
      '25756': 'Phường Chánh Nghĩa',
      '25759': 'Phường Định Hoà',
      '25760': 'Phường Hoà Phú',
      '25762': 'Phường Phú Mỹ',
      '25763': 'Phường Phú Tân',
      '25765': 'Phường Tân An',
      '25768': 'Phường Hiệp An',
      '25771': 'Phường Tương Bình Hiệp',
      '25774': 'Phường Chánh Mỹ',
    },
  },
  '719': {
    name: 'Huyện Bàu Bàng',
    communes: {
      '25822': 'Thị trấn Lai Uyên',
      '25816': 'Xã Trừ Văn Thố',
      '25819': 'Xã Cây Trường II',
      '25825': 'Xã Tân Hưng',
      '25828': 'Xã Long Nguyên',
      '25831': 'Xã Hưng Hòa',
      '25834': 'Xã Lai Hưng',
    },
  },
  '720': {
    name: 'Huyện Dầu Tiếng',
    communes: {
      '25777': 'Thị trấn Dầu Tiếng',
      '25780': 'Xã Minh Hoà',
      '25783': 'Xã Minh Thạnh',
      '25786': 'Xã Minh Tân',
      '25789': 'Xã Định An',
      '25792': 'Xã Long Hoà',
      '25795': 'Xã Định Thành',
      '25798': 'Xã Định Hiệp',
      '25801': 'Xã An Lập',
      '25804': 'Xã Long Tân',
      '25807': 'Xã Thanh An',
      '25810': 'Xã Thanh Tuyền',
    },
  },
  '721': {
    name: 'Thành phố Bến Cát',
    communes: {
      '25813': 'Phường Mỹ Phước',
      '25837': 'Phường Chánh Phú Hòa',
      '25840': 'Phường An Điền',
      '25843': 'Phường An Tây',
      '25846': 'Phường Thới Hòa',
      '25849': 'Phường Hòa Lợi',
      '25852': 'Phường Tân Định',
      '25855': 'Xã Phú An',
    },
  },
  '722': {
    name: 'Huyện Phú Giáo',
    communes: {
      '25858': 'Thị trấn Phước Vĩnh',
      '25861': 'Xã An Linh',
      '25864': 'Xã Phước Sang',
      '25865': 'Xã An Thái',
      '25867': 'Xã An Long',
      '25870': 'Xã An Bình',
      '25873': 'Xã Tân Hiệp',
      '25876': 'Xã Tam Lập',
      '25879': 'Xã Tân Long',
      '25882': 'Xã Vĩnh Hoà',
      '25885': 'Xã Phước Hoà',
    },
  },
  '723': {
    name: 'Thành phố Tân Uyên',
    communes: {
      '25888': 'Phường Uyên Hưng',
      '25891': 'Phường Tân Phước Khánh',
      '25912': 'Phường Vĩnh Tân',
      '25915': 'Phường Hội Nghĩa',
      '25920': 'Phường Tân Hiệp',
      '25921': 'Phường Khánh Bình',
      '25924': 'Phường Phú Chánh',
      '25933': 'Phường Tân Vĩnh Hiệp',
      '25936': 'Phường Thạnh Phước',
      '25939': 'Phường Thái Hòa',
      '25930': 'Xã Bạch Đằng',
      '25937': 'Xã Thạnh Hội',
    },
  },
  '724': {
    name: 'Thành phố Dĩ An',
    communes: {
      '25942': 'Phường Dĩ An',
      '25945': 'Phường Tân Bình',
      '25948': 'Phường Tân Đông Hiệp',
      '25951': 'Phường Bình An',
      '25954': 'Phường Bình Thắng',
      '25957': 'Phường Đông Hòa',
      '25960': 'Phường An Bình',
    },
  },
  '725': {
    name: 'Thành phố Thuận An',
    communes: {
      '25963': 'Phường An Thạnh',
      '25966': 'Phường Lái Thiêu',
      '25969': 'Phường Bình Chuẩn',
      '25972': 'Phường Thuận Giao',
      '25975': 'Phường An Phú',
      '25978': 'Phường Hưng Định',
      '25984': 'Phường Bình Nhâm',
      '25987': 'Phường Bình Hòa',
      '25990': 'Phường Vĩnh Phú',
      '25981': 'Xã An Sơn',
    },
  },
  '726': {
    name: 'Huyện Bắc Tân Uyên',
    communes: {
      '25900': 'Thị trấn Tân Bình',
      '25906': 'Thị trấn Tân Thành',
      '25894': 'Xã Tân Định',
      '25897': 'Xã Bình Mỹ',
      '25903': 'Xã Tân Lập',
      '25907': 'Xã Đất Cuốc',
      '25908': 'Xã Hiếu Liêm',
      '25909': 'Xã Lạc An',
      '25918': 'Xã Tân Mỹ',
      '25927': 'Xã Thường Tân',
    },
  },
}

const communesUnder = (areaId: string): Set<string> => {
  const out = new Set<string>()
  const walk = (id: string) => {
    const a = areaById.get(id)!
    if (a.level === 'commune') out.add(id)
    bundle.areas.filter((x) => x.parentId === id).forEach((x) => walk(x.id))
  }
  walk(areaId)
  return out
}
const ancestorsOf = (areaId: string): string[] => {
  const out: string[] = []
  let a: Area | undefined = areaById.get(areaId)
  while (a) {
    out.push(a.id)
    a = a.parentId ? areaById.get(a.parentId) : undefined
  }
  return out
}
const measured = (code: string, areaId: string, year: number): Measurement[] => {
  const under = communesUnder(areaId)
  return bundle.measurements.filter(
    (m) => m.indicatorId === indicatorId(code) && m.year === year && under.has(m.areaId),
  )
}

describe('generateBundle: determinism', () => {
  it('gives a deep-equal bundle for the same seed, and a different one for another seed', () => {
    expect(generateBundle()).toEqual(bundle)
    expect(generateBundle({ seed: 20250624 })).toEqual(bundle)
    expect(generateBundle({ seed: 7 }).measurements).not.toEqual(bundle.measurements)
  })

  it('matches the committed mocks/data/binh-duong.json byte for byte (run `npm run data` after changing the generator)', () => {
    const onDisk = readFileSync(new URL('./binh-duong.json', import.meta.url), 'utf8')
    expect(onDisk === serializeBundle(bundle)).toBe(true)
    expect(JSON.parse(onDisk)).toEqual(JSON.parse(JSON.stringify(bundle)))
    expect(Buffer.byteLength(onDisk)).toBeLessThan(3 * 1024 * 1024)
  })

  it('passes the schema and referential-integrity check', () => {
    expect(() => parseBundle(bundle)).not.toThrow()
    expect(() => parseBundle(JSON.parse(serializeBundle(bundle)))).not.toThrow()
  })
})

describe('areas', () => {
  it('has the province, 9 districts and 91 communes with the GSO codes and names of the notes', () => {
    const province = areaById.get('74')!
    expect(province).toMatchObject({
      name: 'Tỉnh Bình Dương',
      level: 'province',
      kind: 'province',
      parentId: null,
    })
    expect(province.population).toBe(2_722_527)
    expect(districts.map((d) => d.id).sort()).toEqual(Object.keys(GSO).sort())
    expect(communes).toHaveLength(91)
    for (const [code, d] of Object.entries(GSO)) {
      expect(areaById.get(code)).toMatchObject({ name: d.name, parentId: '74' })
      for (const [cc, name] of Object.entries(d.communes)) {
        expect(areaById.get(cc), cc).toMatchObject({ name, level: 'commune', parentId: code })
      }
      expect(communes.filter((c) => c.parentId === code)).toHaveLength(
        Object.keys(d.communes).length,
      )
    }
  })

  it('has the 2024–25 kinds: 5 cities + 4 rural districts; 47 wards, 5 townships, 39 communes', () => {
    const count = (list: Area[], kind: string) => list.filter((a) => a.kind === kind).length
    expect(count(districts, 'city')).toBe(5)
    expect(count(districts, 'rural-district')).toBe(4)
    expect(count(communes, 'ward')).toBe(47)
    expect(count(communes, 'township')).toBe(5)
    expect(count(communes, 'commune')).toBe(39)
    for (const c of communes) {
      const prefix = { ward: 'Phường ', township: 'Thị trấn ', commune: 'Xã ' }[c.kind as 'ward']
      expect(c.name.startsWith(prefix)).toBe(true)
    }
  })

  it('gives every district and commune a tile, unique among its siblings', () => {
    for (const parent of ['74', ...districts.map((d) => d.id)]) {
      const children = bundle.areas.filter((a) => a.parentId === parent)
      const cells = children.map((a) => `${a.tile?.row},${a.tile?.col}`)
      expect(children.every((a) => a.tile)).toBe(true)
      expect(new Set(cells).size).toBe(children.length)
    }
    // Schematic geography: Dầu Tiếng north-west, Dĩ An south of Thủ Dầu Một.
    expect(areaById.get('720')!.tile).toEqual({ row: 0, col: 0 })
    expect(areaById.get('724')!.tile!.row).toBeGreaterThan(areaById.get('718')!.tile!.row)
  })

  it('adds up households and population from communes to districts to the province', () => {
    for (const parent of ['74', ...districts.map((d) => d.id)]) {
      const children = bundle.areas.filter((a) => a.parentId === parent)
      const p = areaById.get(parent)!
      expect(children.reduce((s, a) => s + a.population!, 0)).toBe(p.population)
      expect(children.reduce((s, a) => s + a.households!, 0)).toBe(p.households)
    }
    const ward = (id: string) => areaById.get(id)!.population!
    expect(ward('25747')).toBeGreaterThan(ward('25908')) // an urban ward outgrows a rural commune
  })
})

describe('units', () => {
  it('has the province organisations and a full set per district and commune', () => {
    for (const id of [
      'party',
      'mass-mobilization',
      'government',
      'culture',
      'fatherland-front',
      'womens-union',
      'youth-union',
      'farmers-association',
      'veterans-association',
      'trade-union',
      'armed-forces',
    ]) {
      expect(unitById.get(`u-74-${id}`), id).toBeDefined()
    }
    expect(unitById.get('u-74-party')!.name).toBe('Tỉnh ủy Bình Dương')
    expect(unitById.get('u-718-party')!.name).toBe('Thành ủy Thủ Dầu Một')
    expect(unitById.get('u-719-party')!.name).toBe('Huyện ủy Bàu Bàng')
    for (const c of communes) {
      for (const t of [
        'party',
        'government',
        'fatherland-front',
        'womens-union',
        'youth-union',
        'veterans-association',
      ]) {
        const u = unitById.get(`u-${c.id}-${t}`)
        expect(u?.areaId, `${c.id} ${t}`).toBe(c.id)
        expect(u?.parentUnitId).toBe(`u-${c.parentId}-${t}`)
      }
      expect(unitById.has(`u-${c.id}-farmers-association`)).toBe(c.kind !== 'ward')
    }
    const enterprises = bundle.units.filter((u) => u.type === 'enterprise')
    expect(enterprises.length).toBeGreaterThanOrEqual(9)
    expect(enterprises.every((u) => u.name.startsWith('Doanh nghiệp minh họa'))).toBe(true)
  })
})

describe('programme, targets and measurements', () => {
  it('describes Project 02 with at least 10 indicators of every aggregation', () => {
    const p = bundle.programmes[0]!
    expect(p).toMatchObject({
      id: 'de-an-02',
      shortName: 'Đề án 02',
      issuedBy: 'Ban Thường vụ Tỉnh ủy Bình Dương',
      startYear: 2021,
      endYear: 2025,
      baselineYear: 2020,
    })
    expect(indicators.length).toBeGreaterThanOrEqual(10)
    expect(new Set(indicators.map((i) => i.aggregation))).toEqual(new Set(['sum', 'ratio', 'mean']))
    expect(indicators.some((i) => i.direction === 'decrease')).toBe(true)
    for (const i of indicators.filter((x) => x.aggregation === 'ratio')) {
      expect(i.numeratorLabel && i.denominatorLabel, i.code).toBeTruthy()
    }
  })

  it('rolls up the province 2025 figures to exactly the published ones', () => {
    const ratio = (code: string) => {
      const ms = measured(code, '74', 2025)
      return [
        ms.reduce((s, m) => s + m.numerator!, 0),
        ms.reduce((s, m) => s + m.denominator!, 0),
      ] as const
    }
    const total = (code: string) => measured(code, '74', 2025).reduce((s, m) => s + m.value, 0)
    expect(ratio('02.1')).toEqual([587, 587])
    const [signed, households] = ratio('02.2')
    expect(signed * 100).toBe(households * 98)
    const [well, signedDen] = ratio('02.3')
    expect(well * 100).toBe(signedDen * 97)
    const [agOk, ag] = ratio('02.4')
    expect(agOk * 100).toBe(ag * 95)
    const [entOk, ent] = ratio('02.5')
    expect(entOk * 100).toBe(ent * 19)
    const [smOk, sm] = ratio('02.6')
    expect(smOk).toBe(sm)
    expect(total('02.7')).toBe(50)
    const marketsTarget = bundle.targets.find(
      (t) => t.indicatorId === indicatorId('02.7') && t.areaId === '74' && t.year === 2025,
    )
    expect(marketsTarget?.value).toBe(48)
    expect(Math.floor((total('02.7') / marketsTarget!.value) * 10000) / 100).toBe(104.16)
    expect(total('02.8')).toBe(117)
    expect(total('02.9')).toBe(62)
  })

  it('uses the sourced khu phố / ấp counts as the 02.1 denominators', () => {
    const kp = (district: string) =>
      measured('02.1', district, 2025).reduce((s, m) => s + m.denominator!, 0)
    expect(kp('718')).toBe(118)
    expect(kp('719')).toBe(43)
    expect(kp('721')).toBe(44)
    expect(kp('723')).toBe(70)
    expect(kp('725')).toBe(56)
    expect(kp('74')).toBe(587)
  })

  it('stores ratio values as numerator / denominator × 100 and well-formed records', () => {
    for (const m of bundle.measurements) {
      const ind = indicators.find((i) => i.id === m.indicatorId)!
      expect(m.id).toBe(`m-${ind.code}-${m.areaId}-${m.year}`)
      expect(areaById.get(m.areaId)!.level).toBe('commune')
      expect(unitById.get(m.reportedBy)!.areaId).toBe(m.areaId)
      if (ind.aggregation === 'ratio') {
        expect(m.denominator).toBeGreaterThan(0)
        expect(m.numerator).toBeLessThanOrEqual(m.denominator!)
        expect(m.value).toBe((m.numerator! / m.denominator!) * 100)
      }
      if (m.year < 2025) expect(m.reportedAt.startsWith(`${m.year + 1}-01-`)).toBe(true)
      else expect(m.reportedAt <= '2025-06-20T23:59:59+07:00').toBe(true)
    }
    const statuses2025 = new Set(
      bundle.measurements.filter((m) => m.year === 2025).map((m) => m.status),
    )
    expect(statuses2025).toEqual(new Set(['draft', 'submitted', 'verified']))
  })

  it('leaves deliberate gaps (no data) in some communes', () => {
    const full = communes.length * indicators.length * 6
    expect(bundle.measurements.length).toBeLessThan(full)
    expect(measured('02.11', '722', 2025)).toHaveLength(0) // survey not run in Phú Giáo
    expect(
      bundle.measurements.some(
        (m) => m.areaId === '25908' && m.year === 2025 && m.indicatorId !== indicatorId('02.1'),
      ),
    ).toBe(false)
    expect(
      bundle.measurements.some(
        (m) => m.areaId === '25810' && m.year === 2024 && m.indicatorId === indicatorId('02.5'),
      ),
    ).toBe(false)
  })

  it('has illustrative targets with one inconsistent and one incomplete allocation', () => {
    const t = (code: string) =>
      bundle.targets.filter((x) => x.indicatorId === indicatorId(code) && x.year === 2025)
    const provinceOf = (code: string) => t(code).find((x) => x.areaId === '74')!.value
    const districtSum = (code: string) =>
      t(code)
        .filter((x) => areaById.get(x.areaId)!.level === 'district')
        .reduce((s, x) => s + x.value, 0)
    for (const i of indicators)
      expect(
        t(i.code).some((x) => x.areaId === '74'),
        i.code,
      ).toBe(true)
    expect(districtSum('02.7')).toBe(provinceOf('02.7'))
    expect(districtSum('02.8')).not.toBe(provinceOf('02.8'))
    expect(t('02.9').filter((x) => areaById.get(x.areaId)!.level === 'district')).toHaveLength(8)
    expect(bundle.targets.some((x) => x.year === 2023 && x.areaId === '74')).toBe(true)
  })
})

// ---- Status (DOMAIN.md "Rules"): a compact reference implementation ----------

type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'no-target'

function rolledUp(ind: Indicator, areaId: string, year: number): number | undefined {
  const ms = measured(ind.code, areaId, year)
  if (ms.length === 0) return undefined
  if (ind.aggregation === 'sum') return ms.reduce((s, m) => s + m.value, 0)
  if (ind.aggregation === 'ratio') {
    return (
      (ms.reduce((s, m) => s + m.numerator!, 0) / ms.reduce((s, m) => s + m.denominator!, 0)) * 100
    )
  }
  const w = ms.reduce((s, m) => s + (m.denominator ?? 1), 0)
  return ms.reduce((s, m) => s + m.value * (m.denominator ?? 1), 0) / w
}
function targetFor(ind: Indicator, areaId: string, year: number): number | undefined {
  for (const a of ind.aggregation === 'sum' ? [areaId] : ancestorsOf(areaId)) {
    const t = bundle.targets.find(
      (x) => x.indicatorId === ind.id && x.areaId === a && x.year === year,
    )
    if (t) return t.value
  }
  return undefined
}
function statusOf(ind: Indicator, areaId: string, y: number): Status {
  const T = targetFor(ind, areaId, 2025)
  if (T === undefined) return 'no-target'
  let A: number | undefined
  for (let yy = y; yy >= 2020 && A === undefined; yy--) A = rolledUp(ind, areaId, yy)
  if (A === undefined) return 'no-data'
  const decrease = ind.direction === 'decrease'
  if (decrease ? A <= T : A >= T) return 'achieved'
  const B = rolledUp(ind, areaId, 2020)!
  const E = targetFor(ind, areaId, y) ?? B + ((T - B) * (y - 2020)) / 5
  const r = (A - B) / (E - B)
  return r >= 0.9 ? 'on-track' : r >= 0.6 ? 'at-risk' : 'off-track'
}

describe('areas differ', () => {
  it('reaches every status at province level (2023, 2024) and district level (2025)', () => {
    const seen = new Set<Status>()
    for (const ind of indicators) {
      seen.add(statusOf(ind, '74', 2023))
      seen.add(statusOf(ind, '74', 2024))
      for (const d of districts) seen.add(statusOf(ind, d.id, 2025))
    }
    for (const s of ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const)
      expect(seen.has(s), s).toBe(true)
    // The province itself shows a mix in the mid-term year.
    const mid = new Set(indicators.map((i) => statusOf(i, '74', 2023)))
    expect(mid.size).toBeGreaterThanOrEqual(4)
  })

  it('has communes that lead and communes that lag', () => {
    const values = (code: string, year: number) =>
      bundle.measurements
        .filter((m) => m.indicatorId === indicatorId(code) && m.year === year)
        .map((m) => m.value)
    const offices2023 = values('02.1', 2023)
    expect(offices2023.some((v) => v === 100)).toBe(true)
    expect(offices2023.some((v) => v < 50)).toBe(true)
    const signed2025 = values('02.2', 2025)
    expect(Math.min(...signed2025)).toBeLessThan(90)
    expect(Math.max(...signed2025)).toBeGreaterThan(99)
    const enterprises2025 = values('02.5', 2025)
    expect(Math.max(...enterprises2025) - Math.min(...enterprises2025)).toBeGreaterThan(20)
  })
})

describe('models', () => {
  const tdm = communesUnder('718').add('718')

  it('has 1,000–3,000 well-formed models', () => {
    expect(bundle.models.length).toBeGreaterThanOrEqual(1000)
    expect(bundle.models.length).toBeLessThanOrEqual(3000)
    const fields = new Set(bundle.models.map((m) => m.field))
    const statuses = new Set(bundle.models.map((m) => m.status))
    expect(fields.size).toBe(4)
    expect(statuses).toEqual(new Set(['registered', 'active', 'recognized', 'discontinued']))
    for (const m of bundle.models) {
      expect(m.id).toMatch(/^mh-\d{4}$/)
      expect(m.isNew).toBe(m.startedOn >= '2021-01-01')
      expect(m.startedOn >= '2016-01-01' && m.startedOn <= '2025-06-30', m.id).toBe(true)
      expect(m.status === 'recognized', m.id).toBe(m.recognition !== undefined)
      if (m.recognition)
        expect(m.recognition.year).toBeGreaterThanOrEqual(Number(m.startedOn.slice(0, 4)))
      // The owner sits in the model's area or above it.
      expect(ancestorsOf(m.areaId), m.id).toContain(unitById.get(m.unitId)!.areaId)
    }
    expect(bundle.models.filter((m) => m.movementId === 'dan-van-kheo').length).toBeGreaterThan(
      bundle.models.length / 2,
    )
    expect(bundle.models.some((m) => m.programmeIds.includes('de-an-02'))).toBe(true)
  })

  it('gives Thủ Dầu Một (city and wards) exactly 47 new models', () => {
    const inTdm = bundle.models.filter((m) => tdm.has(m.areaId))
    expect(inTdm.filter((m) => m.isNew)).toHaveLength(47)
    expect(inTdm.some((m) => !m.isNew)).toBe(true)
  })

  it('contains every named model where the sources place it', () => {
    const expected: [string, string][] = [
      ['Cà phê sáng – trò chuyện cùng dân', '718'],
      ['Thu gom rác ban đêm', '718'],
      ['Heo đất an sinh xã hội', '718'],
      ['Tuyến đường camera an ninh', '718'],
      ['CLB Lý luận trẻ', '718'],
      ['5 không 3 sạch', '718'],
      ['Nhà trọ nhân văn, yêu thương', '718'],
      ['Gần đoàn viên – sát cơ sở', '718'],
      ['Ngày Thứ Bảy văn minh', '74'],
      ['Tiếng kẻng đưa rác ra xe', '25756'],
      ['Hẻm 3 trong 1', '25750'],
      ['Đổi rác lấy quà', '25762'],
      ['Cụm dân cư biết giữ gìn vệ sinh chung', '25744'],
      ...NAMED_MODELS.map((f) => [f.name, f.areaId] as [string, string]),
    ]
    for (const [name, areaId] of expected) {
      const m = bundle.models.find(
        (x) => x.name === name && x.areaId === areaId && !x.replicatedFromId,
      )
      expect(m, `${name} @ ${areaId}`).toBeDefined()
    }
  })

  it('has replication chains (depth ≥ 3), replicas starting after their source', () => {
    const depth = (id: string): number => {
      const m = modelById.get(id)!
      return m.replicatedFromId ? 1 + depth(m.replicatedFromId) : 0
    }
    const replicas = bundle.models.filter((m) => m.replicatedFromId)
    expect(replicas.length).toBeGreaterThan(20)
    for (const r of replicas) {
      const source = modelById.get(r.replicatedFromId!)!
      expect(r.startedOn > source.startedOn, r.id).toBe(true)
    }
    expect(Math.max(...bundle.models.map((m) => depth(m.id)))).toBeGreaterThanOrEqual(3)
    // Cà phê sáng started in Thủ Dầu Một and reached another district through its wards.
    const cafe = bundle.models.find(
      (m) => m.name === 'Cà phê sáng – trò chuyện cùng dân' && m.areaId === '718',
    )!
    const family = bundle.models.filter((m) => {
      for (
        let x: typeof m | undefined = m;
        x;
        x = x.replicatedFromId ? modelById.get(x.replicatedFromId) : undefined
      ) {
        if (x.id === cafe.id) return true
      }
      return false
    })
    expect(Math.max(...family.map((m) => depth(m.id)))).toBeGreaterThanOrEqual(3)
    expect(new Set(family.map((m) => ancestorsOf(m.areaId).at(-2))).size).toBeGreaterThan(1)
  })
})

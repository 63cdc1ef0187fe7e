/**
 * Deterministic generator of the default dataset bundle (Bình Dương,
 * Project 02, "Dân vận khéo" models). Pure: the same seed always gives a
 * deep-equal bundle; no clock, no Math.random. Real facts come from
 * ./binh-duong.ts; everything below province level is generated
 * (see NOTES.md). Run `npm run data` to write mocks/data/binh-duong.json.
 */
import type {
  Area,
  Bundle,
  Indicator,
  Measurement,
  Model,
  ModelField,
  ModelStatus,
  Movement,
  Programme,
  Target,
  Unit,
  UnitType,
} from '@/api/schemas'
import {
  COMMUNE_PREFIX,
  DISTRICT_PARTY_COMMITTEE,
  DISTRICT_PREFIX,
  DISTRICT_YOUTH_UNION,
  DISTRICTS,
  NAMED_MODELS,
  NAMED_REPLICAS,
  PROVINCE,
  type CommuneKind,
  type DistrictFact,
  type DistrictKind,
} from './binh-duong'
import { createRng, type Rng } from './random'

export const DEFAULT_SEED = 20250624
export const PROGRAMME_ID = 'de-an-02'
const BASELINE_YEAR = 2020
const END_YEAR = 2025
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const
/** The data ends with the final review of 24 June 2025. */
const LAST_DAY = '2025-06-30'

/** Project 02 indicator ids (`de-an-02.<n>`). */
export const indicatorId = (code: string) => `de-an-${code}`

// ---- Published province figures (final review, 24 June 2025) ---------------

/** Exact 2025 province figures: ratios as fractions, sums as counts. */
export const PUBLISHED_2025 = {
  '02.1': { numerator: 587, denominator: 587 },
  '02.2': { numerator: 98, denominator: 100 },
  '02.3': { numerator: 97, denominator: 100 },
  '02.4': { numerator: 95, denominator: 100 },
  '02.5': { numerator: 19, denominator: 100 },
  '02.6': { numerator: 100, denominator: 100 },
  '02.7': { value: 50 },
  '02.8': { value: 117 },
  '02.9': { value: 62 },
} as const

// ---- Small numeric helpers ----------------------------------------------------

/** xs[i], or a thrown error (never a silent undefined). */
function at<T>(xs: readonly T[], i: number): T {
  const v = xs[i]
  if (v === undefined) throw new RangeError(`index ${i} out of range (length ${xs.length})`)
  return v
}
function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`missing ${what}`)
  return v
}
const logistic = (x: number) => 1 / (1 + Math.exp(-x))
const logit = (p: number) => Math.log(p / (1 - p))
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/**
 * Splits `total` into integers proportional to `weights` (largest remainder),
 * never exceeding `caps`. Deterministic; ties go to the lower index.
 */
export function allocate(
  total: number,
  weights: readonly number[],
  caps?: readonly number[],
): number[] {
  const n = weights.length
  const cap = (i: number) => (caps ? (caps[i] ?? 0) : Number.POSITIVE_INFINITY)
  const out = new Array<number>(n).fill(0)
  if (total <= 0) return out
  let active = weights.map((w, i) => i).filter((i) => (weights[i] ?? 0) > 0 && cap(i) > 0)
  const capacity = sum(active.map(cap))
  if (capacity < total) throw new Error(`allocate: capacity ${capacity} < total ${total}`)
  let remaining = total
  const quota = new Array<number>(n).fill(0)
  // Water-filling: pin entries whose share exceeds their cap, then share the rest.
  for (;;) {
    const w = sum(active.map((i) => weights[i] ?? 0))
    const over = active.filter((i) => (remaining * (weights[i] ?? 0)) / w >= cap(i))
    if (over.length === 0) {
      for (const i of active) quota[i] = (remaining * (weights[i] ?? 0)) / w
      break
    }
    for (const i of over) {
      quota[i] = cap(i)
      remaining -= cap(i)
    }
    active = active.filter((i) => !over.includes(i))
    if (active.length === 0 || remaining <= 0) break
  }
  for (let i = 0; i < n; i++) out[i] = Math.floor(quota[i] ?? 0)
  let left = total - sum(out)
  const order = out
    .map((_, i) => i)
    .filter((i) => (quota[i] ?? 0) > 0)
    .sort((a, b) => at(quota, b) - at(out, b) - (at(quota, a) - at(out, a)) || a - b)
  while (left > 0) {
    let moved = false
    for (const i of order) {
      if (left === 0) break
      if (at(out, i) < cap(i)) {
        out[i] = at(out, i) + 1
        left -= 1
        moved = true
      }
    }
    if (!moved) throw new Error('allocate: could not place the remainder')
  }
  return out
}

/**
 * Numerators for one year of a ratio indicator: commune i has rate
 * logistic(s + kappa·lead_i); the shift s is found so that the numerators add
 * up to exactly `total`. Leaders stay ahead, laggards behind, the sum is exact.
 */
function fitNumerators(
  dens: readonly number[],
  leads: readonly number[],
  kappa: number,
  total: number,
): { numerators: number[]; shift: number } {
  const D = sum(dens)
  if (total >= D) return { numerators: dens.slice(), shift: 40 }
  if (total <= 0) return { numerators: dens.map(() => 0), shift: -40 }
  const mass = (s: number) => sum(dens.map((d, i) => d * logistic(s + kappa * (leads[i] ?? 0))))
  let lo = -40
  let hi = 40
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2
    if (mass(mid) < total) lo = mid
    else hi = mid
  }
  const s = (lo + hi) / 2
  const raw = dens.map((d, i) => d * logistic(s + kappa * (leads[i] ?? 0)))
  return { numerators: allocate(total, raw, dens), shift: s }
}

// ---- Dates --------------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
function dayOfYear(y: number, index: number): string {
  const t = new Date(Date.UTC(y, 0, 1 + index))
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}
/** A random day in `year` (in 2025 only up to 30 June). */
function randomDay(rng: Rng, year: number): string {
  const days = year === 2025 ? 181 : year % 4 === 0 ? 366 : 365
  return dayOfYear(year, rng.int(0, days - 1))
}

// ---- Areas --------------------------------------------------------------------

/** Everything the generator knows about one commune (the unit of generation). */
interface CommuneInfo {
  id: string
  name: string
  kind: CommuneKind
  district: DistrictFact
  urban: boolean
  population: number
  households: number
  neighbourhoods: number
  agencies: number
  enterprises: number
  supermarkets: number
  markets: number
  boardingHouses: number
}

/** Industrial weight of a district (enterprises, boarding houses): illustrative. */
const INDUSTRY: Record<string, number> = {
  '718': 1.0,
  '719': 0.9,
  '720': 0.3,
  '721': 1.4,
  '722': 0.3,
  '723': 1.3,
  '724': 1.6,
  '725': 1.6,
  '726': 0.6,
}
/** Illustrative population weights for districts without a sourced figure. */
const POPULATION_WEIGHT: Record<string, number> = {
  '718': 345,
  '719': 112,
  '720': 125,
  '722': 98,
  '724': 485,
  '725': 640,
  '726': 72,
}
/**
 * Illustrative overall lead of a district (positive = ahead of the province
 * curve). Not based on any published result: it only makes areas differ.
 */
const DISTRICT_LEAD: Record<string, number> = {
  '718': 0.9,
  '719': -0.3,
  '720': -0.7,
  '721': 0.1,
  '722': -0.9,
  '723': 0.6,
  '724': 0.4,
  '725': 0.5,
  '726': -0.6,
}
/** Illustrative enterprises (units) per district. */
const ENTERPRISES_PER_DISTRICT: Record<string, number> = {
  '718': 2,
  '719': 2,
  '720': 1,
  '721': 3,
  '722': 1,
  '723': 3,
  '724': 3,
  '725': 3,
  '726': 2,
}

const areaName = (kind: CommuneKind, name: string) => `${COMMUNE_PREFIX[kind]} ${name}`
const districtName = (d: DistrictFact) => `${DISTRICT_PREFIX[d.kind]} ${d.name}`
/** "phường Phú Cường", "thành phố Thủ Dầu Một": the lower-case form inside unit names. */
const lowerName = (full: string) => full.charAt(0).toLowerCase() + full.slice(1)

function gridTiles(n: number): { row: number; col: number }[] {
  const cols = Math.ceil(Math.sqrt(n))
  return Array.from({ length: n }, (_, i) => ({ row: Math.floor(i / cols), col: i % cols }))
}

function buildCommunes(rng: Rng): CommuneInfo[] {
  // District populations: sourced where known, the rest of the province total by weight.
  const known = DISTRICTS.filter((d) => d.population)
  const rest = PROVINCE.population - sum(known.map((d) => d.population?.value ?? 0))
  const unknown = DISTRICTS.filter((d) => !d.population)
  const unknownPop = allocate(
    rest,
    unknown.map((d) => (POPULATION_WEIGHT[d.code] ?? 100) * rng.float(0.97, 1.03)),
  )
  const districtPop = new Map<string, number>()
  known.forEach((d) => districtPop.set(d.code, d.population?.value ?? 0))
  unknown.forEach((d, i) => districtPop.set(d.code, at(unknownPop, i)))

  // Khu phố / ấp per district: sourced where known; the rest of 587 by commune count.
  const knownKp = sum(DISTRICTS.map((d) => d.neighbourhoods?.value ?? 0))
  const unknownKpDistricts = DISTRICTS.filter((d) => !d.neighbourhoods)
  const unknownKp = allocate(
    PROVINCE.neighbourhoods - knownKp,
    unknownKpDistricts.map(
      (d) => d.communes.length * (d.kind === 'city' ? 1.1 : 1) * rng.float(0.95, 1.05),
    ),
  )
  const districtKp = new Map<string, number>()
  DISTRICTS.forEach((d) => d.neighbourhoods && districtKp.set(d.code, d.neighbourhoods.value))
  unknownKpDistricts.forEach((d, i) => districtKp.set(d.code, at(unknownKp, i)))

  const out: CommuneInfo[] = []
  for (const d of DISTRICTS) {
    const city = d.kind !== 'rural-district'
    const weights = d.communes.map((c) => {
      if (c.kind === 'ward') return rng.float(0.9, 1.7)
      if (c.kind === 'township') return rng.float(1.4, 2.0)
      return city ? rng.float(0.35, 0.6) : rng.float(0.6, 1.2)
    })
    const fixed = d.communes.map((c) => c.population?.value ?? 0)
    const free = allocate(
      must(districtPop.get(d.code), `population of ${d.code}`) - sum(fixed),
      weights.map((w, i) => (fixed[i] ? 0 : w)),
    )
    const pops = d.communes.map((_, i) => at(fixed, i) || at(free, i))
    const kpTotal = must(districtKp.get(d.code), `khu phố of ${d.code}`)
    const kp = allocate(
      kpTotal - 2 * d.communes.length,
      pops.map((p) => Math.sqrt(p) * rng.float(0.85, 1.15)),
    ).map((k) => k + 2)
    const f = INDUSTRY[d.code] ?? 1
    d.communes.forEach((c, i) => {
      const urban = c.kind !== 'commune'
      const population = at(pops, i)
      const size = urban ? rng.float(2.9, 3.3) : rng.float(3.3, 3.8)
      const markets =
        c.kind === 'ward'
          ? rng.weighted([
              [0, 25],
              [1, 50],
              [2, 20],
              [3, 5],
            ] as const)
          : c.kind === 'township'
            ? rng.int(1, 2)
            : rng.weighted([
                [0, 50],
                [1, 50],
              ] as const)
      const supermarkets =
        c.kind === 'ward'
          ? rng.weighted([
              [0, 8],
              [1, 30],
              [2, 30],
              [3, 20],
              [4, 12],
            ] as const) + (f >= 1.5 ? 1 : 0)
          : c.kind === 'township'
            ? rng.int(1, 2)
            : rng.chance(city ? 0.3 : 0.05)
              ? 1
              : 0
      out.push({
        id: c.code,
        name: areaName(c.kind, c.name),
        kind: c.kind,
        district: d,
        urban,
        population,
        households: Math.round(population / size),
        neighbourhoods: at(kp, i),
        agencies:
          c.kind === 'ward'
            ? d.code === '718'
              ? rng.int(35, 80)
              : rng.int(20, 50)
            : c.kind === 'township'
              ? rng.int(30, 50)
              : rng.int(10, 25),
        enterprises: Math.round(
          (c.kind === 'ward'
            ? rng.int(250, 900)
            : c.kind === 'township'
              ? rng.int(80, 250)
              : rng.int(15, 120)) * f,
        ),
        supermarkets,
        markets,
        boardingHouses: Math.round(
          (c.kind === 'ward'
            ? d.code === '718'
              ? rng.int(200, 700)
              : rng.int(300, 1500)
            : c.kind === 'township'
              ? rng.int(50, 250)
              : rng.int(10, 150)) * f,
        ),
      })
    })
  }
  return out
}

function buildAreas(communes: CommuneInfo[]): Area[] {
  const areas: Area[] = []
  const byDistrict = (code: string) => communes.filter((c) => c.district.code === code)
  areas.push({
    id: PROVINCE.code,
    name: PROVINCE.name,
    level: 'province',
    kind: 'province',
    parentId: null,
    households: sum(communes.map((c) => c.households)),
    population: sum(communes.map((c) => c.population)),
  })
  for (const d of DISTRICTS) {
    const cs = byDistrict(d.code)
    areas.push({
      id: d.code,
      name: districtName(d),
      level: 'district',
      kind: d.kind,
      parentId: PROVINCE.code,
      households: sum(cs.map((c) => c.households)),
      population: sum(cs.map((c) => c.population)),
      tile: d.tile,
    })
  }
  for (const d of DISTRICTS) {
    const cs = byDistrict(d.code)
    const tiles = gridTiles(cs.length)
    cs.forEach((c, i) =>
      areas.push({
        id: c.id,
        name: c.name,
        level: 'commune',
        kind: c.kind,
        parentId: d.code,
        households: c.households,
        population: c.population,
        tile: at(tiles, i),
      }),
    )
  }
  return areas
}

// ---- Units --------------------------------------------------------------------

const unitId = (areaId: string, type: string) => `u-${areaId}-${type}`

function buildUnits(
  communes: CommuneInfo[],
  rng: Rng,
): { units: Unit[]; enterprises: Map<string, Unit[]> } {
  const units: Unit[] = []
  const p = PROVINCE.code
  const add = (id: string, name: string, type: UnitType, areaId: string, parentUnitId?: string) =>
    units.push(parentUnitId ? { id, name, type, areaId, parentUnitId } : { id, name, type, areaId })

  add(unitId(p, 'party'), 'Tỉnh ủy Bình Dương', 'party-committee', p)
  add(
    unitId(p, 'mass-mobilization'),
    'Ban Dân vận Tỉnh ủy Bình Dương',
    'party-committee',
    p,
    unitId(p, 'party'),
  )
  add(unitId(p, 'government'), 'Ủy ban nhân dân tỉnh Bình Dương', 'government', p)
  add(
    unitId(p, 'culture'),
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương',
    'government',
    p,
    unitId(p, 'government'),
  )
  add(
    unitId(p, 'fatherland-front'),
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Dương',
    'fatherland-front',
    p,
  )
  add(unitId(p, 'womens-union'), 'Hội Liên hiệp Phụ nữ tỉnh Bình Dương', 'womens-union', p)
  add(unitId(p, 'youth-union'), 'Tỉnh Đoàn Bình Dương', 'youth-union', p)
  add(unitId(p, 'farmers-association'), 'Hội Nông dân tỉnh Bình Dương', 'farmers-association', p)
  add(
    unitId(p, 'veterans-association'),
    'Hội Cựu chiến binh tỉnh Bình Dương',
    'veterans-association',
    p,
  )
  add(unitId(p, 'trade-union'), 'Liên đoàn Lao động tỉnh Bình Dương', 'trade-union', p)
  add(unitId(p, 'armed-forces'), 'Bộ Chỉ huy Quân sự tỉnh Bình Dương', 'armed-forces', p)

  const enterprises = new Map<string, Unit[]>()
  for (const d of DISTRICTS) {
    const a = d.code
    const full = lowerName(districtName(d))
    const kind: DistrictKind = d.kind
    add(
      unitId(a, 'party'),
      `${DISTRICT_PARTY_COMMITTEE[kind]} ${d.name}`,
      'party-committee',
      a,
      unitId(p, 'party'),
    )
    add(
      unitId(a, 'mass-mobilization'),
      `Ban Dân vận ${DISTRICT_PARTY_COMMITTEE[kind]} ${d.name}`,
      'party-committee',
      a,
      unitId(a, 'party'),
    )
    add(
      unitId(a, 'government'),
      `Ủy ban nhân dân ${full}`,
      'government',
      a,
      unitId(p, 'government'),
    )
    add(
      unitId(a, 'fatherland-front'),
      `Ủy ban Mặt trận Tổ quốc Việt Nam ${full}`,
      'fatherland-front',
      a,
      unitId(p, 'fatherland-front'),
    )
    add(
      unitId(a, 'womens-union'),
      `Hội Liên hiệp Phụ nữ ${full}`,
      'womens-union',
      a,
      unitId(p, 'womens-union'),
    )
    add(
      unitId(a, 'youth-union'),
      `${DISTRICT_YOUTH_UNION[kind]} ${d.name}`,
      'youth-union',
      a,
      unitId(p, 'youth-union'),
    )
    add(
      unitId(a, 'farmers-association'),
      `Hội Nông dân ${full}`,
      'farmers-association',
      a,
      unitId(p, 'farmers-association'),
    )
    add(
      unitId(a, 'veterans-association'),
      `Hội Cựu chiến binh ${full}`,
      'veterans-association',
      a,
      unitId(p, 'veterans-association'),
    )
    add(
      unitId(a, 'trade-union'),
      `Liên đoàn Lao động ${full}`,
      'trade-union',
      a,
      unitId(p, 'trade-union'),
    )
    add(
      unitId(a, 'armed-forces'),
      `Ban Chỉ huy Quân sự ${full}`,
      'armed-forces',
      a,
      unitId(p, 'armed-forces'),
    )
    // Illustrative enterprises, placed in the district's most industrial communes.
    const cs = communes.filter((c) => c.district.code === d.code)
    const count = ENTERPRISES_PER_DISTRICT[d.code] ?? 1
    const hosts = rng
      .shuffle(cs)
      .sort((x, y) => y.enterprises - x.enterprises)
      .slice(0, count)
    hosts.forEach((c, i) => {
      const u: Unit = {
        id: unitId(a, `enterprise-${i + 1}`),
        name: `Doanh nghiệp minh họa ${i + 1} – ${d.name}`,
        type: 'enterprise',
        areaId: c.id,
      }
      units.push(u)
      enterprises.set(c.id, [...(enterprises.get(c.id) ?? []), u])
    })
  }
  for (const c of communes) {
    const a = c.id
    const d = c.district.code
    const full = lowerName(c.name)
    add(unitId(a, 'party'), `Đảng ủy ${full}`, 'party-committee', a, unitId(d, 'party'))
    add(
      unitId(a, 'government'),
      `Ủy ban nhân dân ${full}`,
      'government',
      a,
      unitId(d, 'government'),
    )
    add(
      unitId(a, 'fatherland-front'),
      `Ủy ban Mặt trận Tổ quốc Việt Nam ${full}`,
      'fatherland-front',
      a,
      unitId(d, 'fatherland-front'),
    )
    add(
      unitId(a, 'womens-union'),
      `Hội Liên hiệp Phụ nữ ${full}`,
      'womens-union',
      a,
      unitId(d, 'womens-union'),
    )
    add(
      unitId(a, 'youth-union'),
      `Đoàn TNCS Hồ Chí Minh ${full}`,
      'youth-union',
      a,
      unitId(d, 'youth-union'),
    )
    add(
      unitId(a, 'veterans-association'),
      `Hội Cựu chiến binh ${full}`,
      'veterans-association',
      a,
      unitId(d, 'veterans-association'),
    )
    if (c.kind !== 'ward') {
      add(
        unitId(a, 'farmers-association'),
        `Hội Nông dân ${full}`,
        'farmers-association',
        a,
        unitId(d, 'farmers-association'),
      )
    }
  }
  return { units, enterprises }
}

// ---- Movements and the programme ------------------------------------------------

function buildMovements(): Movement[] {
  return [
    {
      id: 'dan-van-kheo',
      name: 'Dân vận khéo',
      description:
        'Phong trào thi đua "Dân vận khéo" do Ban Dân vận Trung ương phát động từ năm 2009: các cấp ủy, chính quyền, Mặt trận, đoàn thể, doanh nghiệp xây dựng và nhân rộng mô hình trên bốn lĩnh vực kinh tế, văn hóa – xã hội, quốc phòng – an ninh, xây dựng hệ thống chính trị.',
      startYear: 2009,
    },
    {
      id: 'toan-dan-doan-ket',
      name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      description:
        'Phong trào xây dựng gia đình văn hóa, khu phố, ấp văn hóa, cơ quan, doanh nghiệp đạt chuẩn văn hóa; bình xét hằng năm.',
      startYear: 2000,
    },
    {
      id: 'ngay-thu-bay-van-minh',
      name: 'Ngày Thứ Bảy văn minh',
      description:
        'Ra quân vào ngày thứ Bảy: làm sạch đường phố, khu dân cư, chỉnh trang đô thị, gắn với Đề án 02 của tỉnh Bình Dương. (Năm bắt đầu: giả định, chưa xác minh.)',
      startYear: 2021,
    },
    {
      id: 'vi-nguoi-ngheo',
      name: 'Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
      description:
        'Phong trào thi đua giai đoạn 2021–2025: hỗ trợ hộ nghèo, hộ cận nghèo về nhà ở, sinh kế, y tế, giáo dục.',
      startYear: 2021,
      endYear: 2025,
    },
  ]
}

const FINAL_SOURCE =
  'Kết quả tổng kết Đề án 02 (hội nghị ngày 24/6/2025, Báo Bình Dương). Số liệu dưới cấp tỉnh và theo năm: minh họa.'
const ILLUSTRATIVE_SOURCE =
  'Chỉ tiêu minh họa: danh mục chỉ tiêu chính thức của Đề án 02 chưa tìm thấy; số liệu minh họa.'

function buildProgramme(): Programme {
  const ind = (x: Omit<Indicator, 'id'>): Indicator => ({ id: indicatorId(x.code), ...x })
  const indicators: Indicator[] = [
    ind({
      code: '02.1',
      name: 'Trụ sở khu phố, ấp được nâng cấp, sửa chữa',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Trụ sở đã nâng cấp',
      denominatorLabel: 'Tổng số trụ sở khu phố, ấp',
      description:
        'Tỷ lệ trụ sở (văn phòng) khu phố, ấp đã được nâng cấp, sửa chữa. Tổng kết 2025: 100% (587/587).',
      source: `UBND cấp xã báo cáo, lũy kế đến cuối năm. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.2',
      name: 'Hộ gia đình ký cam kết thực hiện nếp sống văn hóa, văn minh',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Hộ đã ký cam kết',
      denominatorLabel: 'Tổng số hộ gia đình',
      description:
        'Tỷ lệ hộ gia đình ký cam kết thực hiện nếp sống văn hóa, văn minh. Tổng kết 2025: 98%.',
      source: `Ban Công tác Mặt trận khu phố, ấp tổng hợp; Ủy ban MTTQ cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.3',
      name: 'Hộ ký cam kết thực hiện tốt nội dung cam kết',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Hộ thực hiện tốt',
      denominatorLabel: 'Hộ đã ký cam kết',
      description: 'Trong số hộ đã ký cam kết, tỷ lệ hộ thực hiện tốt. Tổng kết 2025: 97%.',
      source: `Bình xét cuối năm tại khu phố, ấp; Ủy ban MTTQ cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.4',
      name: 'Cơ quan, đơn vị đăng ký đạt chuẩn văn hóa',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Cơ quan, đơn vị đăng ký đạt chuẩn văn hóa',
      denominatorLabel: 'Tổng số cơ quan, đơn vị',
      description: 'Tỷ lệ cơ quan, đơn vị đăng ký và đạt chuẩn văn hóa. Tổng kết 2025: 95%.',
      source: `UBND cấp xã báo cáo, tổng hợp qua Sở VHTTDL. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.5',
      name: 'Doanh nghiệp đăng ký đạt chuẩn văn hóa',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Doanh nghiệp đã đăng ký',
      denominatorLabel: 'Tổng số doanh nghiệp đang hoạt động',
      description: 'Tỷ lệ doanh nghiệp đăng ký xây dựng đạt chuẩn văn hóa. Tổng kết 2025: 19%.',
      source: `UBND cấp xã, Liên đoàn Lao động báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.6',
      name: 'Siêu thị đăng ký đạt chuẩn văn hóa',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Siêu thị đã đăng ký',
      denominatorLabel: 'Tổng số siêu thị',
      description:
        'Tỷ lệ siêu thị đăng ký đạt chuẩn văn hóa, văn minh thương mại. Tổng kết 2025: 100%. Xã không có siêu thị: không có số liệu.',
      source: `UBND cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.7',
      name: 'Chợ đăng ký đạt chuẩn văn hóa',
      unit: 'count',
      direction: 'increase',
      aggregation: 'sum',
      description:
        'Số chợ đạt chuẩn văn hóa (tồn tại cuối năm). Tổng kết 2025: 50 chợ so với kế hoạch 48 chợ, tức 104,16% kế hoạch (số công bố "104,16%" là tỷ lệ so với kế hoạch, không phải tỷ lệ trên tổng số chợ).',
      source: `UBND cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.8',
      name: 'Công viên được xây mới, cải tạo',
      unit: 'count',
      direction: 'increase',
      aggregation: 'sum',
      description:
        'Số công viên, vườn hoa được xây mới hoặc cải tạo, lũy kế từ đầu giai đoạn (năm gốc 2020 = 0). Tổng kết 2025: 117, nâng tổng số công viên, vườn hoa toàn tỉnh lên 352.',
      source: `UBND cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.9',
      name: 'Nhà vệ sinh công cộng được xây dựng',
      unit: 'count',
      direction: 'increase',
      aggregation: 'sum',
      description:
        'Số nhà vệ sinh công cộng xây mới, lũy kế từ đầu giai đoạn (năm gốc 2020 = 0). Tổng kết 2025: 62 (bài báo bị cắt sau "62 nhà vệ sinh…": chưa xác minh đầy đủ).',
      source: `UBND cấp xã báo cáo. ${FINAL_SOURCE}`,
    }),
    ind({
      code: '02.10',
      name: 'Điểm tập kết rác tự phát',
      unit: 'count',
      direction: 'decrease',
      aggregation: 'sum',
      description: 'Số điểm rác thải tự phát còn tồn tại cuối năm trên địa bàn (càng ít càng tốt).',
      source: `UBND cấp xã rà soát cuối năm. ${ILLUSTRATIVE_SOURCE}`,
    }),
    ind({
      code: '02.11',
      name: 'Mức độ hài lòng của người dân về nếp sống văn minh đô thị',
      unit: 'score',
      direction: 'increase',
      aggregation: 'mean',
      denominatorLabel: 'Số người được khảo sát',
      description:
        'Điểm hài lòng trung bình (thang 0–100) từ khảo sát người dân; cấp trên tính bình quân có trọng số theo số người được khảo sát.',
      source: `Khảo sát xã hội học hằng năm do Ủy ban MTTQ cấp xã thực hiện. ${ILLUSTRATIVE_SOURCE}`,
    }),
    ind({
      code: '02.12',
      name: 'Nhà trọ đạt chuẩn "nhà trọ văn minh"',
      unit: 'percent',
      direction: 'increase',
      aggregation: 'ratio',
      numeratorLabel: 'Nhà trọ đạt chuẩn',
      denominatorLabel: 'Tổng số nhà trọ',
      description: 'Tỷ lệ nhà trọ, khu nhà trọ đạt chuẩn sạch, an toàn, văn minh.',
      source: `UBND cấp xã, công an khu vực rà soát. ${ILLUSTRATIVE_SOURCE}`,
    }),
  ]
  // A programme's first indicator is its headline on the Overview: households
  // signing the civilized-lifestyle commitment (code order is kept for lists).
  const headline = indicators.findIndex((i) => i.code === '02.2')
  indicators.unshift(...indicators.splice(headline, 1))
  return {
    id: PROGRAMME_ID,
    name: 'Công tác dân vận tham gia xây dựng nếp sống văn hóa, văn minh trên địa bàn tỉnh Bình Dương giai đoạn 2021–2025',
    shortName: 'Đề án 02',
    issuedBy: 'Ban Thường vụ Tỉnh ủy Bình Dương',
    startYear: 2021,
    endYear: END_YEAR,
    baselineYear: BASELINE_YEAR,
    indicators,
  }
}

// ---- Targets (illustrative) ------------------------------------------------------

/** Province targets for 2025 (illustrative; markets = the plan of 48). */
const PROVINCE_TARGETS: Record<string, number> = {
  '02.1': 100,
  '02.2': 95,
  '02.3': 95,
  '02.4': 90,
  '02.5': 30,
  '02.6': 100,
  '02.7': 48,
  '02.8': 100,
  '02.9': 80,
  '02.10': 150,
  '02.11': 82,
  '02.12': 70,
}
/** Mid-term (2023) province milestones. */
const PROVINCE_MILESTONES_2023: Record<string, number> = {
  '02.1': 75,
  '02.2': 90,
  '02.9': 40,
  '02.10': 300,
  '02.12': 55,
}
/** District-level own targets for ratio indicators (stricter than the province). */
const DISTRICT_RATIO_TARGETS: [string, string, number][] = [
  ['02.2', '718', 99],
  ['02.5', '718', 35],
  ['02.4', '724', 98],
  ['02.12', '725', 80],
]

function buildTargets(communes: CommuneInfo[], rng: Rng): Target[] {
  const targets: Target[] = []
  const t = (code: string, areaId: string, year: number, value: number) =>
    targets.push({ indicatorId: indicatorId(code), areaId, year, value })
  for (const [code, value] of Object.entries(PROVINCE_TARGETS))
    t(code, PROVINCE.code, END_YEAR, value)
  for (const [code, value] of Object.entries(PROVINCE_MILESTONES_2023))
    t(code, PROVINCE.code, 2023, value)
  for (const [code, area, value] of DISTRICT_RATIO_TARGETS) t(code, area, END_YEAR, value)

  const districtWeight = (d: DistrictFact, f: (c: CommuneInfo) => number) =>
    sum(communes.filter((c) => c.district.code === d.code).map(f))
  // Markets: the plan of 48 split by each district's markets — adds up.
  const markets = allocate(
    must(PROVINCE_TARGETS['02.7'], 'target 02.7'),
    DISTRICTS.map((d) => districtWeight(d, (c) => c.markets) + 0.5),
  )
  DISTRICTS.forEach((d, i) => t('02.7', d.code, END_YEAR, at(markets, i)))
  // Parks: allocations add up to 94, not the province's 100 — a deliberate
  // inconsistency for the UI's "allocations vs province target" check.
  const parks = allocate(
    must(PROVINCE_TARGETS['02.8'], 'target 02.8') - 6,
    DISTRICTS.map(
      (d) =>
        districtWeight(d, (c) => (c.urban ? 2 : 1) * Math.sqrt(c.population)) * rng.float(0.9, 1.1),
    ),
  )
  DISTRICTS.forEach((d, i) => t('02.8', d.code, END_YEAR, at(parks, i)))
  // Toilets: every district but Dĩ An gets an allocation (Dĩ An deliberately has none).
  const toiletDistricts = DISTRICTS.filter((d) => d.code !== '724')
  const toilets = allocate(
    must(PROVINCE_TARGETS['02.9'], 'target 02.9'),
    toiletDistricts.map((d) =>
      districtWeight(d, (c) => (c.urban ? 2 : 1) * Math.sqrt(c.population)),
    ),
  )
  toiletDistricts.forEach((d, i) => t('02.9', d.code, END_YEAR, at(toilets, i)))
  return targets
}

// ---- Measurements --------------------------------------------------------------

interface Figure {
  value: number
  numerator?: number
  denominator?: number
}
/** figures[communeIndex][yearIndex]; undefined = nothing to report (no denominator). */
type Series = (Figure | undefined)[][]

/** Deliberate coverage gaps: indicator code → commune → years not reported. */
function buildGaps(communes: CommuneInfo[], rng: Rng): Set<string> {
  const gaps = new Set<string>()
  const add = (code: string, communeId: string, years: readonly number[]) =>
    years.forEach((y) => gaps.add(`${code}|${communeId}|${y}`))
  const all = [
    '02.1',
    '02.2',
    '02.3',
    '02.4',
    '02.5',
    '02.6',
    '02.7',
    '02.8',
    '02.9',
    '02.10',
    '02.11',
    '02.12',
  ]
  // Phú Giáo did not run the satisfaction survey at all: "no data" for a whole district.
  communes.filter((c) => c.district.code === '722').forEach((c) => add('02.11', c.id, YEARS))
  // Xã Thanh Tuyền (Dầu Tiếng): 2024–2025 not reported for several indicators.
  for (const code of ['02.4', '02.5', '02.10', '02.11', '02.12']) add(code, '25810', [2024, 2025])
  // Xã Hiếu Liêm (Bắc Tân Uyên): no 2025 report by the June review (except the offices figure).
  for (const code of all.filter((c) => c !== '02.1')) add(code, '25908', [2025])
  // Xã An Thái (Phú Giáo): 2024 household and agency figures missing.
  for (const code of ['02.2', '02.3', '02.4']) add(code, '25865', [2024])
  // A few scattered gaps in 2021–2023.
  const others = communes.filter((c) => !['25810', '25908', '25865'].includes(c.id))
  for (let k = 0; k < 14; k++) {
    const c = rng.pick(others)
    add(rng.pick(all), c.id, [rng.int(2021, 2023)])
  }
  return gaps
}

interface Leads {
  /** lead[code][communeIndex] */
  get(code: string): number[]
}

function buildLeads(communes: CommuneInfo[], rng: Rng): Leads {
  const cache = new Map<string, number[]>()
  return {
    get(code) {
      const hit = cache.get(code)
      if (hit) return hit
      const r = rng.fork(`lead/${code}`)
      const districtNoise = new Map(DISTRICTS.map((d) => [d.code, r.normal() * 0.45]))
      const leads = communes.map(
        (c) =>
          (DISTRICT_LEAD[c.district.code] ?? 0) +
          (districtNoise.get(c.district.code) ?? 0) +
          r.normal() * 0.55,
      )
      cache.set(code, leads)
      return leads
    },
  }
}

/** Growth factor back in time: value(y) = value(2025) / (1 + g)^(2025 − y). */
const backInTime = (v: number, g: number, y: number) =>
  Math.round(v / Math.pow(1 + g, END_YEAR - y))

/** Adds `delta` (possibly negative) spread over the largest listed entries. */
function spread(values: number[], indices: number[], delta: number) {
  const order = indices.slice().sort((a, b) => at(values, b) - at(values, a) || a - b)
  const k = Math.min(order.length, 10)
  const parts = allocate(
    Math.abs(delta),
    order.slice(0, k).map(() => 1),
  )
  order.slice(0, k).forEach((i, j) => (values[i] = at(values, i) + Math.sign(delta) * at(parts, j)))
}
/** Makes the sum of `values` over `indices` a multiple of m (nearest, up or down). */
function roundSumTo(values: number[], indices: number[], m: number) {
  const s = sum(indices.map((i) => at(values, i)))
  const r = s % m
  if (r === 0) return
  spread(values, indices, r <= m / 2 ? -r : m - r)
}

/** Time profile: 0 at the baseline, 1 in 2025; leaders move early, laggards late. */
const progress = (y: number, lead: number, gamma: number) => {
  const t = (y - BASELINE_YEAR) / (END_YEAR - BASELINE_YEAR)
  return Math.pow(t, gamma * Math.exp(-0.35 * lead))
}

function buildMeasurements(communes: CommuneInfo[], programme: Programme, rng: Rng): Measurement[] {
  const gaps = buildGaps(communes, rng.fork('gaps'))
  const leads = buildLeads(communes, rng.fork('leads'))
  const present = (code: string, ci: number, y: number) =>
    !gaps.has(`${code}|${at(communes, ci).id}|${y}`)
  const presentIdx = (code: string, y: number) =>
    communes.map((_, i) => i).filter((i) => present(code, i, y))
  const n = communes.length
  const yearIndex = (y: number) => y - BASELINE_YEAR

  // Denominators, 2025 first (with the sums made exact where a percentage is published).
  const hh2025 = communes.map((c) => c.households)
  roundSumTo(hh2025, presentIdx('02.2', 2025), 5000) // 98 % of it, and 97 % of that, are whole numbers
  communes.forEach((c, i) => (c.households = at(hh2025, i)))
  const agencies2025 = communes.map((c) => c.agencies)
  roundSumTo(agencies2025, presentIdx('02.4', 2025), 20)
  const enterprises2025 = communes.map((c) => c.enterprises)
  roundSumTo(enterprises2025, presentIdx('02.5', 2025), 100)
  communes.forEach((c, i) => {
    c.agencies = at(agencies2025, i)
    c.enterprises = at(enterprises2025, i)
  })
  const drng = rng.fork('denominators')
  const agencyDrift = communes.map(() => drng.float(0, 0.8))
  const marketsDrop = communes.map(() => drng.float(0.2, 0.6))
  const den = {
    '02.1': (c: CommuneInfo) => c.neighbourhoods,
    '02.2': (c: CommuneInfo, y: number) => backInTime(c.households, c.urban ? 0.025 : 0.012, y),
    '02.4': (c: CommuneInfo, y: number, i: number) =>
      c.agencies - Math.floor((END_YEAR - y) * at(agencyDrift, i)),
    '02.5': (c: CommuneInfo, y: number) => backInTime(c.enterprises, 0.06, y),
    '02.6': (c: CommuneInfo, y: number, i: number) =>
      Math.max(0, c.supermarkets - Math.floor((END_YEAR - y) * at(marketsDrop, i))),
    '02.12': (c: CommuneInfo, y: number) => backInTime(c.boardingHouses, 0.02, y),
  }

  const series = new Map<string, Series>()
  const empty = (): Series => communes.map(() => YEARS.map(() => undefined))

  /** A ratio indicator fitted year by year to the province path (exact in 2025). */
  const ratio = (
    code: string,
    path: readonly number[],
    kappa: number,
    denominator: (c: CommuneInfo, y: number, i: number) => number,
    monotone = false,
  ): Series => {
    const out = empty()
    const lead = leads.get(code)
    for (const y of YEARS) {
      const dens = communes.map((c, i) => denominator(c, y, i))
      const idx = presentIdx(code, y).filter((i) => at(dens, i) > 0)
      const D = sum(idx.map((i) => at(dens, i)))
      const published =
        y === END_YEAR ? PUBLISHED_2025[code as keyof typeof PUBLISHED_2025] : undefined
      let total: number
      if (published && 'numerator' in published) {
        const { numerator: p, denominator: q } = published
        const g = gcd(p, q)
        if ((D * (p / g)) % (q / g) !== 0)
          throw new Error(`${code}: 2025 denominator ${D} does not give ${p}/${q}`)
        total = (D * (p / g)) / (q / g)
      } else {
        total = Math.round((D * at(path, yearIndex(y))) / 100)
      }
      const fit = fitNumerators(
        idx.map((i) => at(dens, i)),
        idx.map((i) => at(lead, i)),
        kappa,
        total,
      )
      const nums = new Array<number>(n).fill(0)
      idx.forEach((i, k) => (nums[i] = at(fit.numerators, k)))
      // Communes not reporting this year still get a figure (it may feed another indicator).
      communes.forEach((_, i) => {
        if (!idx.includes(i) && at(dens, i) > 0) {
          nums[i] = Math.round(at(dens, i) * logistic(fit.shift + kappa * at(lead, i)))
        }
      })
      communes.forEach((_, i) => {
        const d = at(dens, i)
        if (d <= 0) return
        let num = at(nums, i)
        const prev = at(out, i)[yearIndex(y) - 1]
        if (monotone && prev?.numerator !== undefined && y !== END_YEAR)
          num = Math.min(d, Math.max(num, prev.numerator))
        at(out, i)[yearIndex(y)] = { value: (num / d) * 100, numerator: num, denominator: d }
      })
    }
    return out
  }

  series.set('02.1', ratio('02.1', [38, 50, 62, 73, 86, 100], 1.3, den['02.1'], true))
  const signed = ratio('02.2', [72, 84, 91, 95.6, 97.2, 98], 1.1, den['02.2'])
  series.set('02.2', signed)
  series.set(
    '02.3',
    ratio(
      '02.3',
      [80, 85, 89, 92.5, 95, 97],
      0.9,
      (_c, y, i) => at(signed, i)[yearIndex(y)]?.numerator ?? 0,
    ),
  )
  series.set('02.4', ratio('02.4', [66, 73, 80, 86, 91, 95], 1.0, den['02.4']))
  series.set('02.5', ratio('02.5', [4, 5.5, 8, 11, 15, 19], 0.9, den['02.5']))
  series.set('02.6', ratio('02.6', [40, 58, 76, 92, 100, 100], 1.4, den['02.6']))
  series.set('02.12', ratio('02.12', [30, 38, 47, 56, 65, 74], 0.9, den['02.12']))

  /** A cumulative count: baseline (2020) → 2025 along each commune's time profile. */
  const cumulative = (code: string, base: number[], final: number[], gamma: number): Series => {
    const lead = leads.get(code)
    // A per-commune offset in [0, 1) dithers the rounding of small counts, so
    // communes do not all step up in the same year; still monotone, exact at both ends.
    const drng = rng.fork(`dither/${code}`)
    const offset = communes.map(() => drng.next())
    return communes.map((_, i) =>
      YEARS.map((y) => {
        const b = at(base, i)
        const f = at(final, i)
        const p = progress(y, at(lead, i), gamma)
        const step =
          f >= b
            ? Math.floor((f - b) * p + at(offset, i))
            : -Math.floor((b - f) * p + at(offset, i))
        return { value: b + (p === 0 ? 0 : step) }
      }),
    )
  }
  const srng = rng.fork('sums')
  const final2025Present = (code: string) => new Set(presentIdx(code, END_YEAR))
  {
    // 02.7 markets meeting cultural standards: 22 (2020, illustrative) → 50 (2025, published).
    const code = '02.7'
    const lead = leads.get(code)
    const ok = final2025Present(code)
    const caps = communes.map((c, i) => (ok.has(i) ? c.markets : 0))
    const final = allocate(
      PUBLISHED_2025['02.7'].value,
      communes.map((c, i) => c.markets * Math.exp(0.8 * at(lead, i))),
      caps,
    )
    const base = allocate(
      22,
      final.map((f, i) => f * Math.exp(0.8 * at(lead, i))),
      final,
    )
    series.set(code, cumulative(code, base, final, 1.1))
  }
  {
    // 02.8 parks built or renovated since 2020: 0 → 117 (published).
    const code = '02.8'
    const lead = leads.get(code)
    const ok = final2025Present(code)
    const w = communes.map((c, i) =>
      ok.has(i)
        ? (c.urban ? 2.2 : 1) *
          Math.sqrt(c.population / 10000) *
          Math.exp(0.6 * at(lead, i)) *
          srng.float(0.7, 1.3)
        : 0,
    )
    const final = allocate(PUBLISHED_2025['02.8'].value, w)
    series.set(
      code,
      cumulative(
        code,
        final.map(() => 0),
        final,
        1.2,
      ),
    )
  }
  {
    // 02.9 public toilets built since 2020: 0 → 62 (published), a slow start.
    const code = '02.9'
    const lead = leads.get(code)
    const ok = final2025Present(code)
    const w = communes.map((c, i) =>
      ok.has(i)
        ? (c.urban ? 2.5 : 1) *
          Math.sqrt(c.population / 10000) *
          Math.exp(0.6 * at(lead, i)) *
          srng.float(0.7, 1.3)
        : 0,
    )
    const final = allocate(PUBLISHED_2025['02.9'].value, w)
    series.set(
      code,
      cumulative(
        code,
        final.map(() => 0),
        final,
        1.8,
      ),
    )
  }
  {
    // 02.10 spontaneous waste-dumping hotspots (decrease): 412 in 2020 (illustrative).
    const code = '02.10'
    const lead = leads.get(code)
    const base = allocate(
      412,
      communes.map(
        (c) =>
          Math.pow(c.population / 10000, 0.7) *
          (INDUSTRY[c.district.code] ?? 1) *
          srng.float(0.6, 1.4),
      ),
    )
    const final = base.map((b, i) => Math.round(b * logistic(logit(0.3) - 0.9 * at(lead, i))))
    series.set(code, cumulative(code, base, final, 1.1))
  }
  {
    // 02.11 satisfaction score (mean, weighted by respondents).
    const code = '02.11'
    const lead = leads.get(code)
    const mrng = rng.fork('survey')
    series.set(
      code,
      communes.map((_, i) =>
        YEARS.map((y) => {
          const l = at(lead, i)
          const raw = 70.5 + 2.5 * (y - BASELINE_YEAR) * (1 + 0.2 * l) + 3 * l + mrng.normal() * 1.2
          const value = Math.round(Math.min(98, Math.max(40, raw)) * 10) / 10
          return { value, denominator: mrng.int(8, 30) * 10 }
        }),
      ),
    )
  }

  // Records: status, reporter and time.
  const mrng = rng.fork('records')
  const measurements: Measurement[] = []
  for (const indicator of programme.indicators) {
    const s = series.get(indicator.code)
    if (!s) throw new Error(`no series for ${indicator.code}`)
    for (const y of YEARS) {
      communes.forEach((c, i) => {
        const fig = at(s, i)[yearIndex(y)]
        if (!fig || !present(indicator.code, i, y)) return
        const status: Measurement['status'] =
          y <= 2023
            ? 'verified'
            : y === 2024
              ? mrng.chance(0.92)
                ? 'verified'
                : 'submitted'
              : mrng.weighted([
                  ['verified', 55],
                  ['submitted', 35],
                  ['draft', 10],
                ] as const)
        const reportedAt =
          y < END_YEAR
            ? `${y + 1}-01-${pad(mrng.int(3, 15))}T${pad(mrng.int(8, 16))}:${pad(mrng.pick([0, 15, 30, 45]))}:00+07:00`
            : `2025-06-${pad(mrng.int(2, 20))}T${pad(mrng.int(8, 16))}:${pad(mrng.pick([0, 15, 30, 45]))}:00+07:00`
        const reporter =
          indicator.code === '02.2' || indicator.code === '02.3' || indicator.code === '02.11'
            ? 'fatherland-front'
            : 'government'
        const m: Measurement = {
          id: `m-${indicator.code}-${c.id}-${y}`,
          indicatorId: indicator.id,
          areaId: c.id,
          year: y,
          value: fig.value,
          ...(fig.numerator !== undefined ? { numerator: fig.numerator } : {}),
          ...(fig.denominator !== undefined ? { denominator: fig.denominator } : {}),
          status,
          reportedBy: unitId(c.id, reporter),
          reportedAt,
          ...(status === 'draft' ? { note: 'Số liệu sơ bộ, đang rà soát trước khi gửi.' } : {}),
          version: 1,
        }
        measurements.push(m)
      })
    }
  }
  return measurements
}

// ---- Models ----------------------------------------------------------------------

type Where = 'any' | 'urban' | 'rural'
interface Template {
  name: string
  field: ModelField
  units: UnitType[]
  where: Where
  description: string
  p02?: boolean
  movement?: 'toan-dan-doan-ket' | 'ngay-thu-bay-van-minh' | 'vi-nguoi-ngheo'
  /** May carry a "(khu phố n)" / "(ấp n)" suffix. */
  local?: boolean
}

const T = (
  name: string,
  field: ModelField,
  units: UnitType[],
  where: Where,
  description: string,
  extra: Partial<Pick<Template, 'p02' | 'movement' | 'local'>> = {},
): Template => ({ name, field, units, where, description, ...extra })

/** Generic model types seen across provinces; names are descriptive, not real model names. */
const TEMPLATES: Template[] = [
  // economic
  T(
    'Tổ hợp tác trồng bưởi an toàn',
    'economic',
    ['farmers-association'],
    'rural',
    'Liên kết hộ trồng bưởi theo quy trình an toàn, chia sẻ kỹ thuật và đầu ra sản phẩm.',
  ),
  T(
    'Chi hội nông dân nghề nghiệp trồng cao su',
    'economic',
    ['farmers-association'],
    'rural',
    'Hội viên trồng cao su trao đổi kỹ thuật cạo mủ, chăm sóc vườn cây, cùng tiêu thụ sản phẩm.',
    { local: true },
  ),
  T(
    'Nuôi bò sinh sản giúp hội viên thoát nghèo',
    'economic',
    ['farmers-association', 'veterans-association'],
    'rural',
    'Trao bò giống cho hội viên khó khăn, bê đầu tiên chuyển cho hộ tiếp theo.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Tổ tiết kiệm và vay vốn xoay vòng',
    'economic',
    ['womens-union'],
    'any',
    'Hội viên góp vốn xoay vòng, hỗ trợ nhau phát triển kinh tế gia đình.',
    { local: true },
  ),
  T(
    'Hỗ trợ phụ nữ khởi nghiệp',
    'economic',
    ['womens-union'],
    'any',
    'Tư vấn, kết nối vốn và đầu ra cho phụ nữ khởi nghiệp, kinh doanh nhỏ.',
  ),
  T(
    'Cựu chiến binh giúp nhau làm kinh tế',
    'economic',
    ['veterans-association'],
    'any',
    'Hội viên cựu chiến binh chia sẻ vốn, kinh nghiệm sản xuất, kinh doanh.',
  ),
  T(
    'Thanh niên khởi nghiệp, lập nghiệp',
    'economic',
    ['youth-union'],
    'any',
    'Hỗ trợ đoàn viên, thanh niên ý tưởng khởi nghiệp, vay vốn và học nghề.',
  ),
  T(
    'Chợ phiên nông sản an toàn',
    'economic',
    ['farmers-association', 'government'],
    'rural',
    'Phiên chợ định kỳ bán nông sản an toàn do nông dân trực tiếp sản xuất.',
    { p02: true },
  ),
  T(
    'Vườn cây ăn trái kiểu mẫu',
    'economic',
    ['farmers-association'],
    'rural',
    'Vườn cây ăn trái áp dụng tưới tiết kiệm, phân hữu cơ; nơi tham quan học tập cho hội viên.',
    { local: true },
  ),
  T(
    'Trồng sầu riêng theo hướng VietGAP',
    'economic',
    ['farmers-association'],
    'rural',
    'Nhóm hộ trồng sầu riêng theo quy trình VietGAP, liên kết tiêu thụ.',
  ),
  T(
    'Hỗ trợ sinh kế cho hộ cận nghèo',
    'economic',
    ['fatherland-front', 'womens-union'],
    'any',
    'Vận động nguồn lực hỗ trợ con giống, phương tiện làm ăn cho hộ cận nghèo.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Doanh nghiệp đồng hành cùng người lao động',
    'economic',
    ['enterprise'],
    'urban',
    'Doanh nghiệp đối thoại định kỳ với người lao động, hỗ trợ nhà ở, con em công nhân.',
    { p02: true },
  ),
  T(
    'Giới thiệu việc làm cho lao động nhập cư',
    'economic',
    ['trade-union', 'government'],
    'urban',
    'Kết nối người lao động nhập cư với doanh nghiệp đang tuyển dụng trên địa bàn.',
  ),
  T(
    'Bữa cơm ca chất lượng cho công nhân',
    'economic',
    ['enterprise', 'trade-union'],
    'urban',
    'Công đoàn cùng doanh nghiệp nâng chất lượng bữa ăn ca, kiểm tra an toàn thực phẩm.',
  ),
  // cultural-social
  T(
    'Tuyến hẻm xanh – sạch – đẹp',
    'cultural-social',
    ['fatherland-front', 'womens-union', 'youth-union'],
    'urban',
    'Người dân tự quản vệ sinh, trồng cây xanh, chỉnh trang hẻm.',
    { p02: true, local: true, movement: 'toan-dan-doan-ket' },
  ),
  T(
    'Tuyến đường hoa',
    'cultural-social',
    ['womens-union', 'youth-union', 'fatherland-front'],
    'any',
    'Trồng và chăm sóc hoa dọc tuyến đường, mỗi hộ nhận một đoạn.',
    { p02: true, local: true },
  ),
  T(
    'Khu dân cư không rác thải nhựa',
    'cultural-social',
    ['womens-union', 'fatherland-front'],
    'any',
    'Hạn chế túi ni-lông, đồ nhựa dùng một lần; thu gom rác nhựa tái chế.',
    { p02: true, local: true },
  ),
  T(
    'Phân loại rác thải tại nguồn',
    'cultural-social',
    ['womens-union', 'government'],
    'any',
    'Hướng dẫn hộ gia đình phân loại rác hữu cơ, tái chế, còn lại trước khi thu gom.',
    { p02: true },
  ),
  T(
    'Ngày Chủ nhật xanh',
    'cultural-social',
    ['youth-union'],
    'any',
    'Đoàn viên ra quân dọn vệ sinh, trồng cây vào sáng Chủ nhật.',
    { p02: true },
  ),
  T(
    'Tủ sách pháp luật khu dân cư',
    'cultural-social',
    ['government', 'youth-union'],
    'any',
    'Tủ sách đặt tại văn phòng khu phố, ấp phục vụ người dân tra cứu pháp luật.',
    { local: true },
  ),
  T(
    'Bữa cơm yêu thương',
    'cultural-social',
    ['womens-union', 'fatherland-front'],
    'any',
    'Nấu và trao suất cơm miễn phí cho người bệnh, người lao động khó khăn.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Tủ bánh mì 0 đồng',
    'cultural-social',
    ['youth-union', 'fatherland-front'],
    'urban',
    'Tủ bánh mì miễn phí mỗi sáng cho người lao động nghèo, học sinh.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Quỹ khuyến học khu dân cư',
    'cultural-social',
    ['fatherland-front', 'veterans-association'],
    'any',
    'Vận động đóng góp quỹ khen thưởng học sinh giỏi, hỗ trợ học sinh khó khăn.',
    { local: true },
  ),
  T(
    'Nhà trọ văn minh',
    'cultural-social',
    ['fatherland-front', 'government'],
    'urban',
    'Chủ nhà trọ và người thuê cam kết giữ vệ sinh, an ninh trật tự, sống văn minh.',
    { p02: true, local: true },
  ),
  T(
    'Chăm sóc người cao tuổi cô đơn',
    'cultural-social',
    ['fatherland-front', 'veterans-association', 'womens-union'],
    'any',
    'Thăm hỏi, chăm sóc định kỳ người cao tuổi neo đơn.',
  ),
  T(
    'Lớp học tình thương',
    'cultural-social',
    ['youth-union', 'womens-union'],
    'any',
    'Lớp học miễn phí cho con em công nhân, trẻ em có hoàn cảnh khó khăn.',
  ),
  T(
    'Câu lạc bộ gia đình hạnh phúc',
    'cultural-social',
    ['womens-union'],
    'any',
    'Sinh hoạt chuyên đề về nuôi dạy con, phòng chống bạo lực gia đình.',
    { movement: 'toan-dan-doan-ket' },
  ),
  T(
    'Gia đình văn hóa – nếp sống văn minh',
    'cultural-social',
    ['fatherland-front'],
    'any',
    'Vận động hộ gia đình đăng ký và giữ vững danh hiệu gia đình văn hóa.',
    { p02: true, local: true, movement: 'toan-dan-doan-ket' },
  ),
  T(
    'Chợ văn minh – thương nhân thân thiện',
    'cultural-social',
    ['government', 'womens-union'],
    'any',
    'Tiểu thương niêm yết giá, giữ vệ sinh, ứng xử văn minh với khách hàng.',
    { p02: true },
  ),
  T(
    'Công sở xanh – sạch – đẹp',
    'cultural-social',
    ['government', 'party-committee'],
    'any',
    'Cơ quan giữ cảnh quan xanh, sạch; cán bộ ứng xử văn hóa nơi công sở.',
    { p02: true },
  ),
  T(
    'Nhà vệ sinh công cộng sạch đẹp',
    'cultural-social',
    ['government'],
    'urban',
    'Xã hội hóa xây dựng, duy tu nhà vệ sinh công cộng tại chợ, công viên.',
    { p02: true },
  ),
  T(
    'Ra quân Ngày Thứ Bảy văn minh',
    'cultural-social',
    ['youth-union', 'fatherland-front', 'government'],
    'any',
    'Ra quân dọn vệ sinh, chỉnh trang vỉa hè, khơi thông cống rãnh vào sáng thứ Bảy.',
    { p02: true, movement: 'ngay-thu-bay-van-minh', local: true },
  ),
  T(
    'Mái ấm tình thương cho hộ khó khăn',
    'cultural-social',
    ['fatherland-front', 'womens-union'],
    'any',
    'Vận động xây mới, sửa chữa nhà cho hộ nghèo, hộ khó khăn về nhà ở.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Tặng thẻ bảo hiểm y tế cho hộ cận nghèo',
    'cultural-social',
    ['fatherland-front', 'womens-union'],
    'any',
    'Vận động mạnh thường quân mua thẻ bảo hiểm y tế cho người khó khăn.',
    { movement: 'vi-nguoi-ngheo' },
  ),
  T(
    'Thùng rác xanh trước cửa nhà',
    'cultural-social',
    ['womens-union'],
    'any',
    'Mỗi hộ có thùng rác có nắp, đặt đúng nơi, đúng giờ thu gom.',
    { p02: true, local: true },
  ),
  T(
    'Trồng cây xanh trên các tuyến đường',
    'cultural-social',
    ['youth-union', 'veterans-association'],
    'any',
    'Trồng và chăm sóc cây xanh, tạo bóng mát dọc các tuyến đường.',
    { p02: true },
  ),
  T(
    'Sân chơi cho thiếu nhi khu dân cư',
    'cultural-social',
    ['youth-union'],
    'any',
    'Cải tạo khoảng đất trống thành sân chơi an toàn cho thiếu nhi.',
    { p02: true, local: true },
  ),
  T(
    'Khơi thông dòng chảy kênh rạch',
    'cultural-social',
    ['youth-union', 'government'],
    'any',
    'Ra quân vớt rác, phát quang, nạo vét kênh rạch, chống ngập.',
    { p02: true },
  ),
  // defense-security
  T(
    'Tổ tự quản an ninh trật tự',
    'defense-security',
    ['fatherland-front', 'government'],
    'any',
    'Người dân tự quản, phát hiện và báo tin về an ninh trật tự trong khu dân cư.',
    { local: true },
  ),
  T(
    'Camera an ninh khu dân cư',
    'defense-security',
    ['fatherland-front', 'government'],
    'urban',
    'Vận động hộ dân lắp camera giám sát, kết nối với công an phường.',
    { local: true },
  ),
  T(
    'Khu dân cư an toàn về an ninh trật tự',
    'defense-security',
    ['fatherland-front'],
    'any',
    'Xây dựng khu dân cư không tội phạm, không tệ nạn xã hội.',
    { local: true },
  ),
  T(
    'Cựu chiến binh tham gia giữ gìn an ninh trật tự',
    'defense-security',
    ['veterans-association'],
    'any',
    'Hội viên cựu chiến binh tham gia tuần tra, hòa giải mâu thuẫn ở cơ sở.',
  ),
  T(
    'Thanh niên xung kích bảo đảm trật tự an toàn giao thông',
    'defense-security',
    ['youth-union'],
    'any',
    'Đội thanh niên hướng dẫn giao thông giờ cao điểm, trước cổng trường.',
  ),
  T(
    'Cổng trường an toàn giao thông',
    'defense-security',
    ['youth-union', 'womens-union'],
    'any',
    'Phối hợp nhà trường, phụ huynh bảo đảm trật tự giao thông trước cổng trường.',
  ),
  T(
    'Nhà trọ an toàn về an ninh trật tự',
    'defense-security',
    ['government', 'fatherland-front'],
    'urban',
    'Quản lý lưu trú, phòng cháy chữa cháy, phòng chống tội phạm trong khu nhà trọ.',
    { p02: true },
  ),
  T(
    'Tuần tra nhân dân ban đêm',
    'defense-security',
    ['government', 'veterans-association'],
    'rural',
    'Tổ tuần tra nhân dân canh gác, giữ gìn trật tự vào ban đêm.',
    { local: true },
  ),
  T(
    'Bộ đội giúp dân thu hoạch mùa vụ',
    'defense-security',
    ['armed-forces'],
    'rural',
    'Lực lượng vũ trang giúp dân thu hoạch, làm đường giao thông nông thôn.',
  ),
  T(
    'Tổ liên gia an toàn phòng cháy, chữa cháy',
    'defense-security',
    ['government'],
    'urban',
    'Các hộ liền kề cùng trang bị bình chữa cháy, hỗ trợ nhau khi có sự cố.',
    { local: true },
  ),
  T(
    'Khu dân cư không ma túy',
    'defense-security',
    ['fatherland-front', 'youth-union'],
    'any',
    'Tuyên truyền phòng chống ma túy, hỗ trợ người sau cai nghiện hòa nhập cộng đồng.',
  ),
  T(
    'Công nhân giữ gìn an ninh trật tự nơi làm việc',
    'defense-security',
    ['enterprise', 'trade-union'],
    'urban',
    'Tổ công nhân tự quản an ninh trật tự, phòng chống cháy nổ tại doanh nghiệp.',
  ),
  // political-system
  T(
    'Đối thoại định kỳ giữa lãnh đạo và nhân dân',
    'political-system',
    ['party-committee', 'government'],
    'any',
    'Lãnh đạo địa phương đối thoại trực tiếp với nhân dân hằng quý, giải quyết kiến nghị.',
  ),
  T(
    'Bí thư chi bộ gần dân',
    'political-system',
    ['party-committee'],
    'any',
    'Bí thư chi bộ khu phố, ấp định kỳ thăm hộ dân, nắm tình hình và giải quyết vướng mắc.',
    { local: true },
  ),
  T(
    'Tiếp công dân tại khu phố, ấp',
    'political-system',
    ['government'],
    'any',
    'Tổ chức tiếp công dân lưu động tại văn phòng khu phố, ấp.',
  ),
  T(
    'Ngày thứ Năm lắng nghe dân nói',
    'political-system',
    ['party-committee', 'government'],
    'any',
    'Ngày cố định trong tuần để lãnh đạo lắng nghe ý kiến người dân.',
  ),
  T(
    'Nhóm Zalo kết nối khu phố',
    'political-system',
    ['fatherland-front'],
    'urban',
    'Nhóm trực tuyến thông tin chính sách, tiếp nhận phản ánh của người dân.',
    { local: true },
  ),
  T(
    'Chi hội kiểu mẫu',
    'political-system',
    ['womens-union', 'farmers-association', 'veterans-association'],
    'any',
    'Chi hội sinh hoạt đổi mới, thu hút hội viên, làm nòng cốt phong trào ở khu dân cư.',
    { local: true },
  ),
  T(
    'Đảng viên phụ trách hộ gia đình',
    'political-system',
    ['party-committee'],
    'any',
    'Mỗi đảng viên phụ trách một nhóm hộ, tuyên truyền và vận động thực hiện chủ trương.',
    { local: true },
  ),
  T(
    'Bộ phận một cửa thân thiện',
    'political-system',
    ['government'],
    'any',
    'Cán bộ một cửa hướng dẫn tận tình, giải quyết hồ sơ đúng hẹn, lấy ý kiến hài lòng.',
  ),
  T(
    'Số hóa sinh hoạt đoàn thể',
    'political-system',
    ['youth-union', 'womens-union'],
    'any',
    'Quản lý hội viên, sinh hoạt và tuyên truyền trên nền tảng số.',
  ),
  T(
    'Công đoàn đồng hành cùng doanh nghiệp',
    'political-system',
    ['trade-union', 'enterprise'],
    'urban',
    'Công đoàn cơ sở cùng doanh nghiệp xây dựng quan hệ lao động hài hòa, ổn định.',
  ),
  T(
    'Phát triển đảng viên trong doanh nghiệp',
    'political-system',
    ['party-committee', 'enterprise'],
    'urban',
    'Bồi dưỡng công nhân ưu tú, phát triển đảng viên trong doanh nghiệp ngoài nhà nước.',
  ),
]

const MOVEMENT_START: Record<string, number> = {
  'dan-van-kheo': 2009,
  'toan-dan-doan-ket': 2000,
  'ngay-thu-bay-van-minh': 2021,
  'vi-nguoi-ngheo': 2021,
}

function buildModels(
  communes: CommuneInfo[],
  units: Unit[],
  enterprises: Map<string, Unit[]>,
  rng: Rng,
): Model[] {
  const models: Model[] = []
  const unitIds = new Set(units.map((u) => u.id))
  const communeById = new Map(communes.map((c) => [c.id, c]))
  const isTdm = (areaId: string) =>
    areaId === '718' || communeById.get(areaId)?.district.code === '718'
  let seq = 0
  const nextId = () => `mh-${pad(++seq, 4)}`

  const push = (m: Omit<Model, 'id' | 'version'>): Model => {
    if (!unitIds.has(m.unitId)) throw new Error(`model ${m.name}: unknown unit ${m.unitId}`)
    const model: Model = { id: nextId(), ...m, version: 1 }
    models.push(model)
    return model
  }
  const isNew = (startedOn: string) => startedOn >= '2021-01-01'

  // 1. Named models and their replication chains.
  const byKey = new Map<string, Model>()
  for (const f of NAMED_MODELS) {
    const m = push({
      name: f.name,
      movementId: f.movementId,
      field: f.field,
      unitId: f.unitId,
      areaId: f.areaId,
      startedOn: f.startedOn,
      status: f.status,
      isNew: isNew(f.startedOn),
      ...(f.beneficiaries !== undefined ? { beneficiaries: f.beneficiaries } : {}),
      ...(f.fundsMobilizedVnd !== undefined ? { fundsMobilizedVnd: f.fundsMobilizedVnd } : {}),
      ...(f.recognition ? { recognition: f.recognition } : {}),
      programmeIds: f.programme ? [PROGRAMME_ID] : [],
      description: f.description,
    })
    byKey.set(f.key, m)
  }
  const nrng = rng.fork('named-replicas')
  for (const [sourceKey, key, areaId, owner, startedOn] of NAMED_REPLICAS) {
    const source = byKey.get(sourceKey)
    if (!source) throw new Error(`replica ${key}: unknown source ${sourceKey}`)
    if (startedOn <= source.startedOn) throw new Error(`replica ${key} starts before its source`)
    const status: ModelStatus =
      startedOn >= '2024-01-01' ? 'active' : nrng.pick(['active', 'recognized'] as const)
    const m = push({
      name: source.name,
      movementId: source.movementId,
      field: source.field,
      unitId: owner,
      areaId,
      startedOn,
      status,
      isNew: isNew(startedOn),
      replicatedFromId: source.id,
      ...(status === 'recognized'
        ? {
            recognition: {
              level: nrng.pick(['commune', 'district'] as const),
              year: Number(startedOn.slice(0, 4)) + 1,
            },
          }
        : {}),
      ...(nrng.chance(0.8) ? { beneficiaries: nrng.int(80, 1500) } : {}),
      programmeIds: source.programmeIds.slice(),
      description: `Nhân rộng từ mô hình cùng tên. ${source.description}`,
    })
    byKey.set(key, m)
  }

  const namedCount = models.length

  // 2. Generated models for every district (district-wide) and commune.
  const grng = rng.fork('generated')
  const unitsAt = new Map<string, Unit[]>()
  for (const u of units) unitsAt.set(u.areaId, [...(unitsAt.get(u.areaId) ?? []), u])

  const chooseUnit = (r: Rng, areaId: string, districtId: string, types: UnitType[]): string => {
    const local = (unitsAt.get(areaId) ?? []).filter((u) => types.includes(u.type))
    const upper = (unitsAt.get(districtId) ?? []).filter(
      (u) => types.includes(u.type) && u.type !== 'enterprise',
    )
    if (local.length > 0 && (upper.length === 0 || r.chance(0.88))) return r.pick(local).id
    if (upper.length > 0) return r.pick(upper).id
    return unitId(areaId, 'government')
  }
  const pickYear = (r: Rng, mode: 'any' | 'new' | 'old') => {
    const years: [number, number][] = [
      [2016, 6],
      [2017, 7],
      [2018, 8],
      [2019, 9],
      [2020, 10],
      [2021, 10],
      [2022, 11],
      [2023, 11],
      [2024, 10],
      [2025, 5],
    ]
    return r.weighted(
      years.filter(([y]) => (mode === 'new' ? y >= 2021 : mode === 'old' ? y < 2021 : true)),
    )
  }
  const statusFor = (r: Rng, year: number): ModelStatus => {
    if (year === 2025)
      return r.weighted([
        ['registered', 70],
        ['active', 30],
      ] as const)
    if (year === 2024)
      return r.weighted([
        ['registered', 25],
        ['active', 60],
        ['recognized', 15],
      ] as const)
    if (year >= 2021)
      return r.weighted([
        ['registered', 5],
        ['active', 45],
        ['recognized', 42],
        ['discontinued', 8],
      ] as const)
    return r.weighted([
      ['active', 40],
      ['recognized', 40],
      ['discontinued', 20],
    ] as const)
  }
  const recognitionFor = (r: Rng, year: number) => ({
    level: r.weighted([
      ['commune', 45],
      ['district', 38],
      ['province', 15],
      ['central', 2],
    ] as const),
    year: Math.min(2025, r.int(year + 1, year + 3)),
  })
  const extras = (r: Rng, field: ModelField) => {
    const out: { beneficiaries?: number; fundsMobilizedVnd?: number } = {}
    const [bMin, bMax, fChance, fMin, fMax] =
      field === 'economic'
        ? [8, 300, 0.85, 50, 2000]
        : field === 'cultural-social'
          ? [50, 3500, 0.6, 5, 800]
          : field === 'defense-security'
            ? [200, 9000, 0.55, 10, 600]
            : [30, 1500, 0.25, 2, 80]
    if (r.chance(0.9)) out.beneficiaries = r.int(bMin, bMax)
    if (r.chance(fChance)) out.fundsMobilizedVnd = r.int(fMin, fMax) * 1_000_000
    return out
  }

  const generateOne = (
    r: Rng,
    areaId: string,
    districtId: string,
    commune: CommuneInfo | undefined,
    mode: 'any' | 'new' | 'old',
  ): Model => {
    const hasEnterprise = (enterprises.get(areaId) ?? []).length > 0
    const eligible = TEMPLATES.filter((t) => {
      if (t.units.length === 1 && t.units[0] === 'enterprise' && !hasEnterprise) return false
      if (!commune) return !t.units.includes('enterprise') || t.units.length > 1
      if (t.where === 'urban') return commune.urban
      if (t.where === 'rural') return commune.kind !== 'ward'
      return true
    })
    const t = r.pick(eligible)
    const types = t.units.filter((u) => u !== 'enterprise' || hasEnterprise)
    const owner = chooseUnit(r, areaId, districtId, types.length > 0 ? types : ['government'])
    const year = pickYear(r, mode)
    const startedOn = randomDay(r, year)
    const status = statusFor(r, year)
    let movementId = 'dan-van-kheo'
    if (
      t.movement &&
      year >= (MOVEMENT_START[t.movement] ?? 0) &&
      r.chance(t.movement === 'toan-dan-doan-ket' ? 0.35 : 0.6)
    ) {
      movementId = t.movement
    }
    const related = t.p02 === true && (year >= 2021 || (status !== 'discontinued' && r.chance(0.5)))
    let name = t.name
    if (t.local && commune && r.chance(0.35)) {
      name = `${t.name} (${commune.kind === 'commune' ? 'ấp' : 'khu phố'} ${r.int(1, commune.neighbourhoods)})`
    }
    return push({
      name,
      movementId,
      field: t.field,
      unitId: owner,
      areaId,
      startedOn,
      status,
      isNew: isNew(startedOn),
      ...extras(r, t.field),
      ...(status === 'recognized' ? { recognition: recognitionFor(r, year) } : {}),
      programmeIds: related ? [PROGRAMME_ID] : [],
      description: t.description,
    })
  }

  // Thủ Dầu Một: exactly 47 new models (city + wards), the rest maintained from before 2021.
  const TDM_NEW = 47
  const tdmAreas = ['718', ...communes.filter((c) => c.district.code === '718').map((c) => c.id)]
  const tdmNamedNew = models.filter((m) => isTdm(m.areaId) && m.isNew).length
  const tdmQuota = allocate(
    TDM_NEW - tdmNamedNew,
    tdmAreas.map((a) => (a === '718' ? 2 : 1) * grng.float(0.6, 1.4)),
  )
  tdmAreas.forEach((areaId, i) => {
    const r = grng.fork(`tdm/${areaId}`)
    const commune = communeById.get(areaId)
    for (let k = 0; k < at(tdmQuota, i); k++) generateOne(r, areaId, '718', commune, 'new')
    const old = areaId === '718' ? r.int(8, 12) : r.int(6, 9)
    for (let k = 0; k < old; k++) generateOne(r, areaId, '718', commune, 'old')
  })
  for (const d of DISTRICTS.filter((x) => x.code !== '718')) {
    const r = grng.fork(`district/${d.code}`)
    const count = r.int(6, 10)
    for (let k = 0; k < count; k++) generateOne(r, d.code, d.code, undefined, 'any')
    for (const c of communes.filter((x) => x.district.code === d.code)) {
      const rc = grng.fork(`commune/${c.id}`)
      const n =
        c.kind === 'ward' ? rc.int(11, 18) : c.kind === 'township' ? rc.int(11, 16) : rc.int(8, 14)
      for (let k = 0; k < n; k++) generateOne(rc, c.id, d.code, c, 'any')
    }
  }

  // 3. Generated replication: good models spread to neighbouring communes (never into
  // Thủ Dầu Một, whose 47 new models are fixed), up to 3 generations deep.
  const rrng = rng.fork('replication')
  const generated = models.slice(namedCount)
  const candidates = generated.filter(
    (m) =>
      (m.status === 'recognized' || m.status === 'active') &&
      m.startedOn < '2024-01-01' &&
      !(unitsAt.get(m.areaId) ?? []).some((u) => u.id === m.unitId && u.type === 'enterprise'),
  )
  const sources = rrng.sample(candidates, 70)
  const queue: { model: Model; depth: number }[] = sources.map((model) => ({ model, depth: 0 }))
  const unitTypeOf = new Map(units.map((u) => [u.id, u.type]))
  while (queue.length > 0) {
    const { model: source, depth } = must(queue.shift(), 'queue entry')
    const sourceCommune = communeById.get(source.areaId)
    const districtId = sourceCommune ? sourceCommune.district.code : source.areaId
    const sameDistrict = communes.filter(
      (c) => c.district.code === districtId && c.id !== source.areaId,
    )
    const elsewhere = communes.filter((c) => c.district.code !== districtId)
    const copies = rrng.int(1, depth === 0 ? 3 : 2)
    for (let k = 0; k < copies; k++) {
      const pool = (rrng.chance(0.75) && sameDistrict.length > 0 ? sameDistrict : elsewhere).filter(
        (c) => c.district.code !== '718',
      )
      if (pool.length === 0) continue
      const target = rrng.pick(pool)
      const startedOn = addDays(source.startedOn, rrng.int(60, 540))
      if (startedOn > LAST_DAY) continue
      const year = Number(startedOn.slice(0, 4))
      const type = unitTypeOf.get(source.unitId) ?? 'government'
      const owner = chooseUnit(rrng, target.id, target.district.code, [type])
      const status = statusFor(rrng, year)
      const replica = push({
        name: source.name.replace(/ \((khu phố|ấp) \d+\)$/, ''),
        movementId: source.movementId,
        field: source.field,
        unitId: owner,
        areaId: target.id,
        startedOn,
        status,
        isNew: isNew(startedOn),
        replicatedFromId: source.id,
        ...extras(rrng, source.field),
        ...(status === 'recognized' ? { recognition: recognitionFor(rrng, year) } : {}),
        programmeIds: year >= 2021 ? source.programmeIds.slice() : [],
        description: `Nhân rộng từ mô hình cùng tên. ${source.description}`,
      })
      if (
        depth < 2 &&
        (replica.status === 'active' || replica.status === 'recognized') &&
        rrng.chance(0.45)
      ) {
        queue.push({ model: replica, depth: depth + 1 })
      }
    }
  }

  const tdmNew = models.filter((m) => isTdm(m.areaId) && m.isNew).length
  if (tdmNew !== TDM_NEW)
    throw new Error(`Thủ Dầu Một has ${tdmNew} new models, expected ${TDM_NEW}`)
  return models
}

// ---- The bundle ------------------------------------------------------------------

export function generateBundle(options: { seed?: number } = {}): Bundle {
  const seed = options.seed ?? DEFAULT_SEED
  const rng = createRng(seed, 'binh-duong')
  const communes = buildCommunes(rng.fork('communes'))
  const { units, enterprises } = buildUnits(communes, rng.fork('units'))
  const movements = buildMovements()
  const programme = buildProgramme()
  // Measurements adjust household/agency/enterprise counts (exact published
  // percentages), so areas are built after them.
  const measurements = buildMeasurements(communes, programme, rng.fork('measurements'))
  const areas = buildAreas(communes)
  const targets = buildTargets(communes, rng.fork('targets'))
  const models = buildModels(communes, units, enterprises, rng.fork('models'))
  return { areas, units, movements, programmes: [programme], targets, measurements, models }
}

/**
 * The stable on-disk form: one record per line (diff-friendly, byte-identical
 * for the same bundle).
 */
export function serializeBundle(bundle: Bundle): string {
  const keys = [
    'areas',
    'units',
    'movements',
    'programmes',
    'targets',
    'measurements',
    'models',
  ] as const
  const parts = keys.map((k) => {
    const list = bundle[k] as unknown[]
    return list.length === 0
      ? `"${k}":[]`
      : `"${k}":[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]`
  })
  return `{\n${parts.join(',\n')}\n}\n`
}

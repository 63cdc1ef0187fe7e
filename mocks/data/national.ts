/**
 * The large generated dataset for benchmarks and scale tests: a whole
 * country before the 2025 reform — 63 provinces, ~700 districts, ~10,000
 * communes, ~200,000 models. Everything in it is synthetic and named so
 * ("Tỉnh mẫu 07", "Huyện mẫu 07.03", "Xã mẫu 07.03.12"): no real place
 * names or codes are invented. The programme, its indicators and the
 * movements are those of the default bundle; model names are drawn from
 * the default bundle's models. Deterministic for a seed.
 */
import type { Area, Bundle, Measurement, Model, Target, Unit } from '@/api/schemas'
import { generateBundle } from './generate'
import { createRng } from './random'

export type NationalOptions = {
  seed?: number
  provinces?: number
  districtsPerProvince?: number
  /** Communes per district alternate between this and one more. */
  communesPerDistrict?: number
  modelsPerCommune?: number
  /** Indicator codes that get commune measurements (all get province targets). */
  measuredCodes?: readonly string[]
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025]

export function generateNationalBundle(options: NationalOptions = {}): Bundle {
  const {
    seed = 1,
    provinces = 63,
    districtsPerProvince = 11,
    communesPerDistrict = 14,
    modelsPerCommune = 20,
    measuredCodes = ['02.2', '02.8', '02.11'],
  } = options
  const rng = createRng(seed, 'national')
  const base = generateBundle()
  const programme = base.programmes[0]
  if (!programme) throw new Error('The default bundle has no programme')
  const modelPool = base.models.filter((m) => !m.replicatedFromId)

  const areas: Area[] = []
  const units: Unit[] = []
  const measurements: Measurement[] = []
  const targets: Target[] = []
  const models: Model[] = []
  const measured = programme.indicators.filter((i) => measuredCodes.includes(i.code))
  const baseTargets = new Map(
    base.targets
      .filter((t) => t.areaId === '74' && t.year === 2025)
      .map((t) => [t.indicatorId, t.value]),
  )

  for (let p = 1; p <= provinces; p++) {
    const pid = `n${pad(p)}`
    areas.push({
      id: pid,
      name: `Tỉnh mẫu ${pad(p)}`,
      level: 'province',
      kind: 'province',
      parentId: null,
    })
    units.push({
      id: `u-${pid}-party`,
      name: `Tỉnh ủy mẫu ${pad(p)}`,
      type: 'party-committee',
      areaId: pid,
    })
    for (const indicator of programme.indicators) {
      const value = baseTargets.get(indicator.id)
      if (value !== undefined && indicator.aggregation !== 'sum')
        targets.push({ indicatorId: indicator.id, areaId: pid, year: 2025, value })
    }
    const provinceModels: Model[] = []
    for (let d = 1; d <= districtsPerProvince; d++) {
      const did = `${pid}-${pad(d)}`
      areas.push({
        id: did,
        name: `Huyện mẫu ${pad(p)}.${pad(d)}`,
        level: 'district',
        kind: 'rural-district',
        parentId: pid,
        tile: { row: Math.floor((d - 1) / 4), col: (d - 1) % 4 },
      })
      const communes = communesPerDistrict + (d % 2)
      for (let c = 1; c <= communes; c++) {
        const cid = `${did}-${pad(c)}`
        const households = rng.int(1500, 9000)
        areas.push({
          id: cid,
          name: `Xã mẫu ${pad(p)}.${pad(d)}.${pad(c)}`,
          level: 'commune',
          kind: 'commune',
          parentId: did,
          households,
          population: households * rng.int(3, 4),
          tile: { row: Math.floor((c - 1) / 4), col: (c - 1) % 4 },
        })
        const unit = `u-${cid}-government`
        units.push({
          id: unit,
          name: `UBND xã mẫu ${pad(p)}.${pad(d)}.${pad(c)}`,
          type: 'government',
          areaId: cid,
        })
        units.push({
          id: `u-${cid}-fatherland-front`,
          name: `Ủy ban MTTQ xã mẫu ${pad(p)}.${pad(d)}.${pad(c)}`,
          type: 'fatherland-front',
          areaId: cid,
        })

        const lead = rng.float(0.6, 1.1)
        for (const indicator of measured) {
          YEARS.forEach((year, index) => {
            const progress = Math.min(1, (index / 5) * lead)
            const base = {
              id: `m-${indicator.code}-${cid}-${year}`,
              indicatorId: indicator.id,
              areaId: cid,
              year,
              status: 'verified' as const,
              reportedBy: unit,
              reportedAt: `${year + 1 > 2025 ? 2025 : year + 1}-0${year === 2025 ? 6 : 1}-15T09:00:00+07:00`,
              version: 1,
            }
            if (indicator.aggregation === 'ratio') {
              const numerator = Math.round(households * (0.7 + 0.28 * progress))
              measurements.push({
                ...base,
                numerator,
                denominator: households,
                value: (numerator * 100) / households,
              })
            } else if (indicator.aggregation === 'mean') {
              measurements.push({
                ...base,
                value: Math.round(60 + 30 * progress),
                denominator: rng.int(50, 300),
              })
            } else {
              measurements.push({ ...base, value: Math.round(4 * progress * lead) })
            }
          })
        }

        for (let m = 0; m < modelsPerCommune; m++) {
          const template = modelPool[rng.int(0, modelPool.length - 1)]
          if (!template) continue
          const year = rng.int(2016, 2025)
          const month = year === 2025 ? rng.int(1, 6) : rng.int(1, 12)
          const source =
            provinceModels.length > 20 && rng.chance(0.1)
              ? provinceModels[rng.int(0, provinceModels.length - 1)]
              : undefined
          const startedOn = `${year}-${pad(month)}-${pad(rng.int(1, 28))}`
          const replicatedFromId = source && source.startedOn < startedOn ? source.id : undefined
          const status = rng.chance(0.3)
            ? 'recognized'
            : rng.chance(0.8)
              ? 'active'
              : rng.chance(0.5)
                ? 'registered'
                : 'discontinued'
          const model: Model = {
            id: `mh-${cid}-${pad(m)}`,
            name: template.name,
            movementId: template.movementId,
            field: template.field,
            unitId: rng.chance(0.5) ? unit : `u-${cid}-fatherland-front`,
            areaId: cid,
            startedOn,
            status,
            isNew: year >= 2021,
            ...(replicatedFromId ? { replicatedFromId } : {}),
            beneficiaries: rng.int(20, 5000),
            fundsMobilizedVnd: rng.int(0, 500) * 1_000_000,
            ...(status === 'recognized'
              ? {
                  recognition: {
                    level: rng.chance(0.7) ? ('commune' as const) : ('district' as const),
                    year: Math.min(2025, year + 1),
                  },
                }
              : {}),
            programmeIds: template.programmeIds,
            description: template.description,
            version: 1,
          }
          models.push(model)
          provinceModels.push(model)
        }
      }
    }
  }
  return {
    areas,
    units,
    movements: base.movements,
    programmes: [programme],
    targets,
    measurements,
    models,
  }
}

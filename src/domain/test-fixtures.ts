import type { Area, Indicator, Measurement, Model, Programme, Target } from '@/api/schemas'

/**
 * Hand-built fixtures for the domain unit tests (imported by *.test.ts only).
 * A province with two districts of two communes each:
 *
 *   74 Bình Dương
 *   ├─ 718 Thủ Dầu Một     ├─ 25747 Phú Cường, 25750 Hiệp Thành
 *   └─ 721 Dầu Tiếng       └─ 25777 Dầu Tiếng (thị trấn), 25780 Minh Hoà
 */
export const makeArea = (
  id: string,
  name: string,
  parentId: string | null,
  level: Area['level'] = parentId === null ? 'province' : 'commune',
): Area => ({
  id,
  name,
  level,
  kind: level === 'province' ? 'province' : level === 'district' ? 'city' : 'ward',
  parentId,
})

export const smallProvince: Area[] = [
  makeArea('25780', 'Minh Hoà', '721'),
  makeArea('25747', 'Phú Cường', '718'),
  makeArea('718', 'Thủ Dầu Một', '74', 'district'),
  makeArea('74', 'Bình Dương', null),
  makeArea('25750', 'Hiệp Thành', '718'),
  makeArea('721', 'Dầu Tiếng', '74', 'district'),
  makeArea('25777', 'Dầu Tiếng', '721'),
]

export const makeIndicator = (
  aggregation: Indicator['aggregation'],
  overrides: Partial<Indicator> = {},
): Indicator => ({
  id: `ind-${aggregation}`,
  code: '02.1',
  name: `Indicator (${aggregation})`,
  unit: aggregation === 'ratio' ? 'percent' : 'count',
  direction: 'increase',
  aggregation,
  description: '',
  source: '',
  ...overrides,
})

let nextMeasurementId = 1

export const makeMeasurement = (
  indicatorId: string,
  areaId: string,
  year: number,
  value: number,
  overrides: Partial<Measurement> = {},
): Measurement => ({
  id: `m${nextMeasurementId++}`,
  indicatorId,
  areaId,
  year,
  value,
  status: 'verified',
  reportedBy: 'u1',
  reportedAt: '2024-01-01T00:00:00Z',
  version: 1,
  ...overrides,
})

/** A ratio measurement: value = numerator × 100 / denominator. */
export const makeRatio = (
  indicatorId: string,
  areaId: string,
  year: number,
  numerator: number,
  denominator: number,
): Measurement =>
  makeMeasurement(indicatorId, areaId, year, (numerator * 100) / denominator, {
    numerator,
    denominator,
  })

export const makeTarget = (
  indicatorId: string,
  areaId: string,
  year: number,
  value: number,
): Target => ({ indicatorId, areaId, year, value })

export const makeProgramme = (indicators: Indicator[]): Programme => ({
  id: 'p02',
  name: 'Đề án 02',
  shortName: 'ĐA 02',
  issuedBy: 'Tỉnh uỷ Bình Dương',
  startYear: 2021,
  endYear: 2025,
  baselineYear: 2020,
  indicators,
})

export const makeModel = (id: string, areaId: string, replicatedFromId?: string): Model => ({
  id,
  name: `Model ${id}`,
  movementId: 'dvk',
  field: 'cultural-social',
  unitId: 'u1',
  areaId,
  startedOn: '2022-03-01',
  status: 'active',
  isNew: true,
  ...(replicatedFromId !== undefined && { replicatedFromId }),
  programmeIds: ['p02'],
  description: '',
  version: 1,
})

// First: no eval probe under the CSP (see the module).
import '../shared/lib/zod-config'
import { z } from 'zod'

/**
 * The data contract of ../shared/DOMAIN.md, as zod schemas. Every API type in
 * the app is `z.infer` of one of these; the mock backend and the dataset
 * bundle are validated by the same schemas.
 */

const year = z.number().int().min(1900).max(2100)
const id = z.string().min(1)
const isoDate = z.iso.date()
const isoDateTime = z.iso.datetime({ offset: true })

export const areaLevels = ['province', 'district', 'commune'] as const
export const areaKinds = [
  'province',
  'city',
  'town',
  'rural-district',
  'ward',
  'commune',
  'township',
] as const

export const areaSchema = z.object({
  id,
  name: z.string().min(1),
  level: z.enum(areaLevels),
  kind: z.enum(areaKinds),
  parentId: id.nullable(),
  households: z.number().int().nonnegative().optional(),
  population: z.number().int().nonnegative().optional(),
  tile: z
    .object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() })
    .optional(),
})
export type Area = z.infer<typeof areaSchema>
export type AreaLevel = Area['level']

export const unitTypes = [
  'party-committee',
  'government',
  'fatherland-front',
  'womens-union',
  'youth-union',
  'farmers-association',
  'veterans-association',
  'trade-union',
  'enterprise',
  'armed-forces',
  'other',
] as const
export type UnitType = (typeof unitTypes)[number]

export const unitSchema = z.object({
  id,
  name: z.string().min(1),
  type: z.enum(unitTypes),
  areaId: id,
  parentUnitId: id.optional(),
})
export type Unit = z.infer<typeof unitSchema>

export const movementSchema = z.object({
  id,
  name: z.string().min(1),
  description: z.string(),
  startYear: year,
  endYear: year.optional(),
})
export type Movement = z.infer<typeof movementSchema>

export const indicatorUnits = ['percent', 'count', 'vnd', 'score'] as const
export const directions = ['increase', 'decrease'] as const
export const aggregations = ['sum', 'ratio', 'mean'] as const

export const indicatorSchema = z.object({
  id,
  code: z.string().min(1),
  name: z.string().min(1),
  unit: z.enum(indicatorUnits),
  direction: z.enum(directions),
  aggregation: z.enum(aggregations),
  numeratorLabel: z.string().optional(),
  denominatorLabel: z.string().optional(),
  description: z.string(),
  source: z.string(),
})
export type Indicator = z.infer<typeof indicatorSchema>
export type Direction = Indicator['direction']
export type Aggregation = Indicator['aggregation']

export const programmeSchema = z.object({
  id,
  name: z.string().min(1),
  shortName: z.string().min(1),
  issuedBy: z.string(),
  startYear: year,
  endYear: year,
  baselineYear: year,
  indicators: z.array(indicatorSchema),
})
export type Programme = z.infer<typeof programmeSchema>

/** `GET /programmes` lists programmes without their indicators. */
export const programmeSummarySchema = programmeSchema.omit({ indicators: true })
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>

export const targetSchema = z.object({
  indicatorId: id,
  areaId: id,
  year,
  value: z.number().finite(),
})
export type Target = z.infer<typeof targetSchema>

export const measurementStatuses = ['draft', 'submitted', 'verified'] as const

export const measurementSchema = z.object({
  id,
  indicatorId: id,
  areaId: id,
  year,
  value: z.number().finite(),
  numerator: z.number().finite().nonnegative().optional(),
  denominator: z.number().finite().positive().optional(),
  status: z.enum(measurementStatuses),
  reportedBy: id,
  reportedAt: isoDateTime,
  note: z.string().optional(),
  version: z.number().int().positive(),
})
export type Measurement = z.infer<typeof measurementSchema>

export const modelFields = [
  'economic',
  'cultural-social',
  'defense-security',
  'political-system',
] as const
export type ModelField = (typeof modelFields)[number]
export const modelStatuses = ['registered', 'active', 'recognized', 'discontinued'] as const
export type ModelStatus = (typeof modelStatuses)[number]
export const recognitionLevels = ['commune', 'district', 'province', 'central'] as const

export const modelSchema = z.object({
  id,
  name: z.string().min(1),
  movementId: id,
  field: z.enum(modelFields),
  unitId: id,
  areaId: id,
  startedOn: isoDate,
  status: z.enum(modelStatuses),
  isNew: z.boolean(),
  replicatedFromId: id.optional(),
  beneficiaries: z.number().int().nonnegative().optional(),
  fundsMobilizedVnd: z.number().nonnegative().optional(),
  recognition: z.object({ level: z.enum(recognitionLevels), year }).optional(),
  programmeIds: z.array(id),
  description: z.string(),
  version: z.number().int().positive(),
})
export type Model = z.infer<typeof modelSchema>

export const roles = ['viewer', 'editor', 'admin'] as const
export const meSchema = z.object({
  id,
  name: z.string().min(1),
  role: z.enum(roles),
  areaIds: z.array(id),
})
export type Me = z.infer<typeof meSchema>

// ---- API responses -------------------------------------------------------

export const modelPageSchema = z.object({
  items: z.array(modelSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
})
export type ModelPage = z.infer<typeof modelPageSchema>

export const modelStatsGroups = ['area', 'field', 'unitType', 'movement', 'year', 'status'] as const
export type ModelStatsGroup = (typeof modelStatsGroups)[number]
export const modelStatSchema = z.object({
  key: z.string(),
  count: z.number().int().nonnegative(),
  newCount: z.number().int().nonnegative(),
})
export type ModelStat = z.infer<typeof modelStatSchema>

export const modelLineageSchema = z.object({
  ancestors: z.array(modelSchema),
  descendants: z.array(modelSchema),
})
export type ModelLineage = z.infer<typeof modelLineageSchema>

export const historyEntrySchema = z.object({
  at: isoDateTime,
  by: id,
  /** EXTENSION (optional): the display name of `by` (a user, or the reporting unit). */
  byName: z.string().optional(),
  action: z.enum(['created', 'updated', 'submitted', 'verified', 'returned']),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  comment: z.string().optional(),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
})
export type ApiErrorBody = z.infer<typeof apiErrorSchema>

// ---- The dataset bundle ---------------------------------------------------

export const bundleSchema = z.object({
  areas: z.array(areaSchema),
  units: z.array(unitSchema),
  movements: z.array(movementSchema),
  programmes: z.array(programmeSchema),
  targets: z.array(targetSchema),
  measurements: z.array(measurementSchema),
  models: z.array(modelSchema),
})
export type Bundle = z.infer<typeof bundleSchema>

// First: no eval probe under the CSP (see the module).
import '../shared/lib/zod-config'
import { z } from 'zod/mini'

/**
 * The data contract of ../shared/DOMAIN.md, as zod schemas. Every API type in
 * the app is `z.infer` of one of these; the mock backend and the dataset
 * bundle are validated by the same schemas.
 */

const year = z.int().check(z.minimum(1900), z.maximum(2100))
const id = z.string().check(z.minLength(1))
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
  name: z.string().check(z.minLength(1)),
  level: z.enum(areaLevels),
  kind: z.enum(areaKinds),
  parentId: z.nullable(id),
  households: z.optional(z.int().check(z.nonnegative())),
  population: z.optional(z.int().check(z.nonnegative())),
  tile: z.optional(
    z.object({ row: z.int().check(z.nonnegative()), col: z.int().check(z.nonnegative()) }),
  ),
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
  name: z.string().check(z.minLength(1)),
  type: z.enum(unitTypes),
  areaId: id,
  parentUnitId: z.optional(id),
})
export type Unit = z.infer<typeof unitSchema>

export const movementSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
  startYear: year,
  endYear: z.optional(year),
})
export type Movement = z.infer<typeof movementSchema>

export const indicatorUnits = ['percent', 'count', 'vnd', 'score'] as const
export const directions = ['increase', 'decrease'] as const
export const aggregations = ['sum', 'ratio', 'mean'] as const

export const indicatorSchema = z.object({
  id,
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  unit: z.enum(indicatorUnits),
  direction: z.enum(directions),
  aggregation: z.enum(aggregations),
  numeratorLabel: z.optional(z.string()),
  denominatorLabel: z.optional(z.string()),
  description: z.string(),
  source: z.string(),
})
export type Indicator = z.infer<typeof indicatorSchema>
export type Direction = Indicator['direction']
export type Aggregation = Indicator['aggregation']

export const programmeSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  shortName: z.string().check(z.minLength(1)),
  issuedBy: z.string(),
  startYear: year,
  endYear: year,
  baselineYear: year,
  indicators: z.array(indicatorSchema),
})
export type Programme = z.infer<typeof programmeSchema>

/** `GET /programmes` lists programmes without their indicators. */
export const programmeSummarySchema = z.omit(programmeSchema, { indicators: true })
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>

export const targetSchema = z.object({
  indicatorId: id,
  areaId: id,
  year,
  value: z.number(),
})
export type Target = z.infer<typeof targetSchema>

export const measurementStatuses = ['draft', 'submitted', 'verified'] as const

export const measurementSchema = z.object({
  id,
  indicatorId: id,
  areaId: id,
  year,
  value: z.number(),
  numerator: z.optional(z.number().check(z.nonnegative())),
  denominator: z.optional(z.number().check(z.positive())),
  status: z.enum(measurementStatuses),
  reportedBy: id,
  reportedAt: isoDateTime,
  note: z.optional(z.string()),
  version: z.int().check(z.positive()),
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
  name: z.string().check(z.minLength(1)),
  movementId: id,
  field: z.enum(modelFields),
  unitId: id,
  areaId: id,
  startedOn: isoDate,
  status: z.enum(modelStatuses),
  isNew: z.boolean(),
  replicatedFromId: z.optional(id),
  beneficiaries: z.optional(z.int().check(z.nonnegative())),
  fundsMobilizedVnd: z.optional(z.number().check(z.nonnegative())),
  recognition: z.optional(z.object({ level: z.enum(recognitionLevels), year })),
  programmeIds: z.array(id),
  description: z.string(),
  version: z.int().check(z.positive()),
})
export type Model = z.infer<typeof modelSchema>

export const roles = ['viewer', 'editor', 'admin'] as const
export const meSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  role: z.enum(roles),
  areaIds: z.array(id),
})
export type Me = z.infer<typeof meSchema>

// ---- API responses -------------------------------------------------------

export const modelPageSchema = z.object({
  items: z.array(modelSchema),
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
})
export type ModelPage = z.infer<typeof modelPageSchema>

export const modelStatsGroups = ['area', 'field', 'unitType', 'movement', 'year', 'status'] as const
export type ModelStatsGroup = (typeof modelStatsGroups)[number]
export const modelStatSchema = z.object({
  key: z.string(),
  count: z.int().check(z.nonnegative()),
  newCount: z.int().check(z.nonnegative()),
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
  byName: z.optional(z.string()),
  action: z.enum(['created', 'updated', 'submitted', 'verified', 'returned']),
  changes: z.array(z.object({ field: z.string(), old: z.unknown(), new: z.unknown() })),
  comment: z.optional(z.string()),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.unknown()),
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

// ---- GET /models/summary (an extension) ------------------------------------

/**
 * Everything the registry shows beside its table, for one filter, in one response:
 * `facets` counts each facet's values under every *other* filter (what choosing a value
 * would give), keyed by the query parameter's value (`isNew`: "true" / "false");
 * `groups` counts by field, by child area (as `/models/stats?groupBy=area`) and by
 * start year under all the filters. Only non-empty groups are listed, sorted by key.
 */
export const modelSummarySchema = z.object({
  facets: z.object({
    field: z.array(modelStatSchema),
    status: z.array(modelStatSchema),
    unitType: z.array(modelStatSchema),
    movement: z.array(modelStatSchema),
    isNew: z.array(modelStatSchema),
  }),
  groups: z.object({
    field: z.array(modelStatSchema),
    area: z.array(modelStatSchema),
    year: z.array(modelStatSchema),
  }),
})
export type ModelSummary = z.infer<typeof modelSummarySchema>

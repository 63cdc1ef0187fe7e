// First: no eval probe under the CSP (see the module).
import '../shared/lib/zod-config'
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { request } from './http'
import {
  modelLineageSchema,
  modelPageSchema,
  modelSchema,
  modelStatSchema,
  modelSummarySchema,
  recognitionLevels,
  type Model,
  type ModelField,
  type ModelStatsGroup,
  type ModelStatus,
  type UnitType,
} from './schemas'

export type RecognitionLevel = (typeof recognitionLevels)[number]

export type ModelFilters = {
  q?: string
  areaId?: string
  movementId?: string
  field?: readonly ModelField[]
  status?: readonly ModelStatus[]
  unitType?: readonly UnitType[]
  isNew?: boolean
  from?: number
  to?: number
  /** Extensions of the contract (replication and recognition views). */
  recognitionLevel?: readonly RecognitionLevel[]
  /** Recognised in this year or earlier. */
  recognizedTo?: number
  /** Has (true) or has not (false) a direct replica in another area. */
  replicated?: boolean
  /** Is (true) or is not (false) itself a replica. */
  isReplica?: boolean
}

export const modelSorts = ['name', 'startedOn', 'status', 'area', 'beneficiaries'] as const
export type ModelSort = (typeof modelSorts)[number]

export type ModelListParams = ModelFilters & {
  sort?: ModelSort
  order?: 'asc' | 'desc'
  page?: number
  pageSize?: number
}

/** `GET /models/most-replicated` (an extension of the contract). */
export const replicatedModelSchema = z.object({
  model: modelSchema,
  replicas: z.int().check(z.nonnegative()),
  descendants: z.int().check(z.nonnegative()),
  reach: z.int().check(z.nonnegative()),
})
export type ReplicatedModel = z.infer<typeof replicatedModelSchema>

/** `GET /models/recognition` (an extension): recognised models and commended units per area and level. */
export const recognitionStatSchema = z.object({
  key: z.string(),
  level: z.enum(recognitionLevels),
  models: z.int().check(z.nonnegative()),
  units: z.int().check(z.nonnegative()),
})
export type RecognitionStat = z.infer<typeof recognitionStatSchema>

/** What the register and edit forms send: a model without the server's id and version. */
export type ModelInput = Omit<Model, 'id' | 'version'>

export const modelQueries = {
  all: () => ['models'] as const,
  list: (params: ModelListParams) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'list', params],
      queryFn: ({ signal }) => request(modelPageSchema, '/models', { params, signal }),
    }),
  stats: (groupBy: ModelStatsGroup, filters: ModelFilters) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'stats', groupBy, filters],
      queryFn: ({ signal }) =>
        request(z.array(modelStatSchema), '/models/stats', {
          params: { groupBy, ...filters },
          signal,
        }),
    }),
  /** Facet counts and chart series of one filter in one request (an extension of the contract). */
  summary: (filters: ModelFilters) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'summary', filters] as const,
      queryFn: ({ signal }) =>
        request(modelSummarySchema, '/models/summary', { params: filters, signal }),
    }),
  mostReplicated: (filters: ModelFilters, limit = 10) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'most-replicated', filters, limit],
      queryFn: ({ signal }) =>
        request(z.array(replicatedModelSchema), '/models/most-replicated', {
          params: { ...filters, limit },
          signal,
        }),
    }),
  recognition: (filters: ModelFilters) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'recognition', filters],
      queryFn: ({ signal }) =>
        request(z.array(recognitionStatSchema), '/models/recognition', {
          params: filters,
          signal,
        }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        request(modelSchema, `/models/${encodeURIComponent(id)}`, { signal }),
    }),
  lineage: (id: string) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'detail', id, 'lineage'],
      queryFn: ({ signal }) =>
        request(modelLineageSchema, `/models/${encodeURIComponent(id)}/lineage`, { signal }),
    }),
}

/** `POST /models`: the server assigns id and version 1. */
export const createModel = (input: ModelInput) =>
  request(modelSchema, '/models', { method: 'POST', body: input })

/**
 * `PATCH /models/:id` with the version the edit started from (a stale one answers 409 with
 * the current record in `details.current`). Optional fields left out of `input` are cleared.
 */
export const updateModel = (id: string, version: number, input: ModelInput) =>
  request(modelSchema, `/models/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: {
      replicatedFromId: null,
      beneficiaries: null,
      fundsMobilizedVnd: null,
      recognition: null,
      ...input,
      version,
    },
  })

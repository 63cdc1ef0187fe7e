import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { request } from './http'
import {
  modelLineageSchema,
  modelPageSchema,
  modelSchema,
  modelStatSchema,
  type ModelField,
  type ModelStatsGroup,
  type ModelStatus,
  type UnitType,
} from './schemas'

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
}

export type ModelListParams = ModelFilters & {
  sort?: string
  order?: 'asc' | 'desc'
  page?: number
  pageSize?: number
}

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

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { request } from './http'
import { historyEntrySchema, measurementSchema } from './schemas'

export type MeasurementFilters = {
  programmeId: string
  /** The area and everything below it: what a roll-up needs in one request. */
  ancestorId?: string
  areaId?: string
  parentId?: string
  indicatorId?: string
  from?: number
  to?: number
}

export const measurementQueries = {
  all: () => ['measurements'] as const,
  lists: () => [...measurementQueries.all(), 'list'] as const,
  list: (filters: MeasurementFilters) =>
    queryOptions({
      queryKey: [...measurementQueries.lists(), filters],
      queryFn: ({ signal }) =>
        request(z.array(measurementSchema), '/measurements', { params: filters, signal }),
    }),
  history: (id: string) =>
    queryOptions({
      queryKey: [...measurementQueries.all(), 'history', id],
      queryFn: ({ signal }) =>
        request(z.array(historyEntrySchema), `/measurements/${encodeURIComponent(id)}/history`, {
          signal,
        }),
    }),
}

import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { request } from './http'
import {
  areaSchema,
  meSchema,
  movementSchema,
  programmeSchema,
  programmeSummarySchema,
  targetSchema,
  unitSchema,
} from './schemas'

/** Reference data changes rarely: it is cached for the session. */
const REFERENCE_STALE_TIME = 30 * 60_000

export const referenceQueries = {
  all: () => ['reference'] as const,
  areas: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'areas'],
      queryFn: ({ signal }) => request(z.array(areaSchema), '/areas', { signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
  units: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'units'],
      queryFn: ({ signal }) => request(z.array(unitSchema), '/units', { signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
  movements: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'movements'],
      queryFn: ({ signal }) => request(z.array(movementSchema), '/movements', { signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
  programmes: () =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'programmes'],
      queryFn: ({ signal }) => request(z.array(programmeSummarySchema), '/programmes', { signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
  programme: (id: string) =>
    queryOptions({
      queryKey: [...referenceQueries.all(), 'programmes', id],
      queryFn: ({ signal }) =>
        request(programmeSchema, `/programmes/${encodeURIComponent(id)}`, { signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
  me: () =>
    queryOptions({
      queryKey: ['me'],
      queryFn: ({ signal }) => request(meSchema, '/me', { signal }),
    }),
}

export const targetQueries = {
  all: () => ['targets'] as const,
  list: (programmeId: string) =>
    queryOptions({
      queryKey: [...targetQueries.all(), { programmeId }],
      queryFn: ({ signal }) =>
        request(z.array(targetSchema), '/targets', { params: { programmeId }, signal }),
      staleTime: REFERENCE_STALE_TIME,
    }),
}

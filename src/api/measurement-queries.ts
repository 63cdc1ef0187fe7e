// First: no eval probe under the CSP (see the module).
import '../shared/lib/zod-config'
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { request } from './http'
import { historyEntrySchema, measurementSchema, type Measurement } from './schemas'

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

/** The reporting work lists (`GET /measurements/worklist`): inside the current user's areas. */
export const worklists = ['drafts', 'submitted', 'returned'] as const
export type Worklist = (typeof worklists)[number]

export const worklistItemSchema = z.object({
  measurement: measurementSchema,
  /** The newest history entry: who last touched the figure, and a return's comment. */
  latest: historyEntrySchema,
})
export type WorklistItem = z.infer<typeof worklistItemSchema>

export const importSummarySchema = z.object({
  added: z.int().check(z.nonnegative()),
  changed: z.int().check(z.nonnegative()),
  unchanged: z.int().check(z.nonnegative()),
})
export type ImportSummary = z.infer<typeof importSummarySchema>

/**
 * A figure the server rolled up (`GET /measurements/figures`) by the rule of
 * src/domain/roll-up.ts: what a dashboard needs instead of every measurement below an area.
 */
export const keyedFigureSchema = z.object({
  indicatorId: z.string(),
  areaId: z.string(),
  year: z.int(),
  value: z.number(),
  numerator: z.optional(z.number()),
  denominator: z.optional(z.number()),
  source: z.enum(['own', 'roll-up']),
  contributingAreaIds: z.array(z.string()),
  missingAreaIds: z.array(z.string()),
})

/** The figures of one area (`areaId`) or of the children of one area (`parentId`). */
export type FigureFilters = { programmeId: string } & (
  { areaId: string; parentId?: never } | { parentId: string; areaId?: never }
)

const path = (id: string, suffix = '') => `/measurements/${encodeURIComponent(id)}${suffix}`

export const measurementQueries = {
  all: () => ['measurements'] as const,
  lists: () => [...measurementQueries.all(), 'list'] as const,
  list: (filters: MeasurementFilters) =>
    queryOptions({
      queryKey: [...measurementQueries.lists(), filters],
      queryFn: ({ signal }) =>
        request(z.array(measurementSchema), '/measurements', { params: filters, signal }),
    }),
  /** Every indicator and year of the programme, rolled up by the server. */
  figures: (filters: FigureFilters) =>
    queryOptions({
      queryKey: [...measurementQueries.all(), 'figures', filters],
      queryFn: ({ signal }) =>
        request(z.array(keyedFigureSchema), '/measurements/figures', { params: filters, signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...measurementQueries.all(), 'detail', id],
      queryFn: ({ signal }) => request(measurementSchema, path(id), { signal }),
    }),
  history: (id: string) =>
    queryOptions({
      queryKey: [...measurementQueries.all(), 'history', id],
      queryFn: ({ signal }) =>
        request(z.array(historyEntrySchema), path(id, '/history'), { signal }),
    }),
  /** Depends on who is signed in: the key carries the user id. */
  worklist: (list: Worklist, programmeId: string, userId: string) =>
    queryOptions({
      queryKey: [...measurementQueries.all(), 'worklist', { list, programmeId, userId }],
      queryFn: ({ signal }) =>
        request(z.array(worklistItemSchema), '/measurements/worklist', {
          params: { list, programmeId },
          signal,
        }),
    }),
}

// ---- Writes (mutation functions; callers invalidate measurementQueries.all()) ----

/** The figure fields of a write; for ratio indicators the server computes `value`. */
export type FigureInput = {
  value?: number
  numerator?: number
  denominator?: number
  note?: string
  reportedBy?: string
  /** Send the figure for verification in the same write. */
  submit?: boolean
}

export type NewMeasurement = FigureInput & { indicatorId: string; areaId: string; year: number }

export const createMeasurement = (input: NewMeasurement): Promise<Measurement> =>
  request(measurementSchema, '/measurements', { method: 'POST', body: input })

/** A stale `version` fails with a 409 whose `details.current` is the record on the server. */
export const updateMeasurement = (
  id: string,
  input: FigureInput & { version: number },
): Promise<Measurement> => request(measurementSchema, path(id), { method: 'PATCH', body: input })

export type Transition = 'submit' | 'verify' | 'return'

/** draft → submitted (submit), submitted → verified (verify) or back to draft (return). */
export const transitionMeasurement = (
  id: string,
  action: Transition,
  body: { version: number; comment?: string },
): Promise<Measurement> =>
  request(measurementSchema, path(id, `/${action}`), { method: 'POST', body })

export type ImportRow = {
  /** The row number in the file, for the server's messages. */
  row: number
  indicatorId: string
  areaId: string
  year: number
  value?: number
  numerator?: number
  denominator?: number
  note?: string
}

/** All or nothing: any invalid row and nothing is stored. */
export const importMeasurements = (rows: ImportRow[]): Promise<ImportSummary> =>
  request(importSummarySchema, '/measurements/import', { method: 'POST', body: { rows } })

/** The record a 409 answer carries in `details.current`, if it is one. */
export function conflictCurrent(details: unknown): Measurement | undefined {
  const parsed = z.object({ current: measurementSchema }).safeParse(details)
  return parsed.success ? parsed.data.current : undefined
}

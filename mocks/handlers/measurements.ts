/**
 * Measurements.
 *
 * `GET /measurements?programmeId=&indicatorId=&areaId=&parentId=&ancestorId=&from=&to=`
 * — all filters optional and combined with AND:
 * - `areaId`: that area only; `parentId`: its direct children only (the drill-down);
 * - `ancestorId` — an EXTENSION of the DOMAIN.md contract: the area itself and
 *   every area below it, so the app can roll a whole subtree up in one request;
 * - `from` / `to`: an inclusive year range.
 * Unknown ids, malformed years and from > to answer 400 `invalid_query`.
 *
 * `GET /measurements/:id`, `GET /measurements/:id/history` (oldest first; a
 * seeded measurement has one 'created' entry from reportedAt / reportedBy).
 * History entries carry `byName` (EXTENSION, optional in the schema): the
 * user's name, or the reporting unit's name for the seeded entries.
 *
 * Writes (EXTENSIONS of the contract where DOMAIN.md says nothing). Every write
 * goes through `forbidWrite` (401 / 403: viewers never write, editors only in
 * their areas), records a history entry (who, when, old → new) and bumps `version`.
 * - `POST /measurements` `{ indicatorId, areaId, year, value? | numerator + denominator,
 *   note?, reportedBy?, submit? }` → 201 the new record (status `draft`, or
 *   `submitted` with `submit: true`). A record for the same indicator, area and
 *   year already exists → 409 `already_exists` with `details.current`.
 * - `PATCH /measurements/:id` `{ version, value?, numerator?, denominator?, note?,
 *   reportedBy?, submit? }` → 200. A stale `version` → 409 `version_conflict` with
 *   `details.current`. Changing a figure puts it back to `draft` (a verified figure
 *   needs verifying again) unless `submit: true` sends it on at once.
 * - Workflow: draft → submitted → verified, and submitted → draft by a return.
 *   `POST /measurements/:id/submit` `{ version }` (editor or admin in scope; from draft),
 *   `POST /measurements/:id/verify` `{ version, comment? }` and
 *   `POST /measurements/:id/return` `{ version, comment }` (admins only, from submitted;
 *   a return needs a comment). Wrong state → 409 `invalid_transition`, stale → 409
 *   `version_conflict`, both with `details.current`.
 * - `GET /measurements/worklist?list=drafts|submitted|returned&programmeId=` → `[{ measurement,
 *   latest }]` (latest = the newest history entry) inside the current user's areas, newest
 *   first. `returned` = drafts whose newest entry is a return; `drafts` excludes those.
 * - `POST /measurements/import` `{ rows: [{ row?, indicatorId, areaId, year, value?,
 *   numerator?, denominator?, note? }] }` — all or nothing: any invalid row → 400
 *   `invalid_rows` (details `[{ row, field, message }]`), any row outside the user's areas
 *   → 403 (details name the rows); otherwise → 200 `{ added, changed, unchanged }`.
 *   Imported figures are drafts; `row` is the file's row number used in messages.
 *
 * Validation (400 `invalid_body`, details `[{ field, message }]`) mirrors the client's
 * (src/domain/measurement-rules.ts): year within the programme; values non-negative;
 * counts whole; ratio indicators need numerator ≤ denominator, denominator > 0 (the server
 * computes value = numerator × 100 / denominator); the reporting unit sits in the area or
 * above it.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import type { HistoryEntry, Indicator, Measurement } from '@/api/schemas'
import type { Db } from '../db'
import {
  apiError,
  checkYearRange,
  idParam,
  invalidBody,
  notFound,
  readBody,
  readQuery,
  yearParam,
  type FieldProblem,
  type HandlerContext,
} from '../handler-context'
import { forbidWrite } from '../permissions'

const MAX_IMPORT_ROWS = 20_000

const numberField = z.number()
const figureFields = {
  value: z.optional(numberField),
  numerator: z.optional(numberField),
  denominator: z.optional(numberField),
  note: z.optional(z.string().check(z.maxLength(2000))),
  reportedBy: z.optional(z.string().check(z.minLength(1))),
}
const createSchema = z.strictObject({
  indicatorId: z.string().check(z.minLength(1)),
  areaId: z.string().check(z.minLength(1)),
  year: z.int(),
  ...figureFields,
  submit: z.optional(z.boolean()),
})
const patchSchema = z.strictObject({
  version: z.int().check(z.positive()),
  ...figureFields,
  submit: z.optional(z.boolean()),
})
const transitionSchema = z.strictObject({
  version: z.int().check(z.positive()),
  comment: z.optional(z.string().check(z.maxLength(2000))),
})
const importSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        row: z.optional(z.int().check(z.positive())),
        indicatorId: z.string(),
        areaId: z.string(),
        year: z.int(),
        ...figureFields,
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_IMPORT_ROWS)),
})

type FigureInput = {
  indicatorId: string
  areaId: string
  year: number
  value?: number | undefined
  numerator?: number | undefined
  denominator?: number | undefined
  note?: string | undefined
  reportedBy?: string | undefined
}

export function measurementHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const area = () => z.optional(idParam((id) => db.areas.has(id), 'area'))
  const querySchema = z
    .object({
      programmeId: z.optional(idParam((id) => db.programmes.has(id), 'programme')),
      indicatorId: z.optional(
        idParam((id) => db.programmeOfIndicator(id) !== undefined, 'indicator'),
      ),
      areaId: area(),
      parentId: area(),
      ancestorId: area(),
      from: z.optional(yearParam),
      to: z.optional(yearParam),
    })
    .check(z.superRefine(checkYearRange))
  const worklistSchema = z.object({
    list: z.enum(['drafts', 'submitted', 'returned'], {
      error: 'must be one of: drafts, submitted, returned',
    }),
    programmeId: z.optional(idParam((id) => db.programmes.has(id), 'programme')),
  })

  const indicatorOf = (indicatorId: string): Indicator | undefined => {
    const programmeId = db.programmeOfIndicator(indicatorId)
    return programmeId === undefined
      ? undefined
      : db.programmes.get(programmeId)?.indicators.find((i) => i.id === indicatorId)
  }
  const keyOf = (indicatorId: string, areaId: string, year: number) =>
    `${indicatorId}|${areaId}|${year}`
  const existingByKey = () => {
    const map = new Map<string, Measurement>()
    for (const m of db.measurements.values()) map.set(keyOf(m.indicatorId, m.areaId, m.year), m)
    return map
  }
  const findExisting = (indicatorId: string, areaId: string, year: number) => {
    for (const m of db.measurements.values())
      if (m.indicatorId === indicatorId && m.areaId === areaId && m.year === year) return m
    return undefined
  }
  const actor = () => db.currentUser()?.id ?? 'unknown'
  const now = () => new Date().toISOString()

  /** Checks a complete figure and returns the stored fields, or the problems. */
  const checkFigure = (
    input: FigureInput,
  ):
    | { ok: true; fields: Pick<Measurement, 'value' | 'numerator' | 'denominator'> }
    | { ok: false; problems: FieldProblem[] } => {
    const problems: FieldProblem[] = []
    const indicator = indicatorOf(input.indicatorId)
    if (!indicator)
      problems.push({ field: 'indicatorId', message: `unknown indicator '${input.indicatorId}'` })
    if (!db.areas.has(input.areaId))
      problems.push({ field: 'areaId', message: `unknown area '${input.areaId}'` })
    const programme = indicator
      ? db.programmes.get(db.programmeOfIndicator(indicator.id) ?? '')
      : undefined
    if (programme && (input.year < programme.startYear || input.year > programme.endYear))
      problems.push({
        field: 'year',
        message: `must be within the programme (${programme.startYear}–${programme.endYear})`,
      })
    if (input.reportedBy !== undefined) {
      const unit = db.units.get(input.reportedBy)
      if (!unit)
        problems.push({ field: 'reportedBy', message: `unknown unit '${input.reportedBy}'` })
      else if (!db.areas.isWithin(input.areaId, unit.areaId))
        problems.push({ field: 'reportedBy', message: 'the unit must sit in the area or above it' })
    }
    if (!indicator) return { ok: false, problems }
    const nonNegative = (field: 'value' | 'numerator' | 'denominator', v: number | undefined) => {
      if (v === undefined) problems.push({ field, message: 'is required' })
      else if (v < 0) problems.push({ field, message: 'must not be negative' })
      else if (field !== 'value' && !Number.isInteger(v))
        problems.push({ field, message: 'must be a whole number' })
    }
    if (indicator.aggregation === 'ratio') {
      nonNegative('numerator', input.numerator)
      nonNegative('denominator', input.denominator)
      const { numerator, denominator } = input
      if (denominator === 0) problems.push({ field: 'denominator', message: 'must be above 0' })
      if (numerator !== undefined && denominator !== undefined && numerator > denominator)
        problems.push({ field: 'numerator', message: 'must not exceed the denominator' })
      if (problems.length > 0 || numerator === undefined || denominator === undefined)
        return { ok: false, problems }
      return {
        ok: true,
        fields: { value: (numerator * 100) / denominator, numerator, denominator },
      }
    }
    nonNegative('value', input.value)
    if (input.value !== undefined && indicator.unit === 'count' && !Number.isInteger(input.value))
      problems.push({ field: 'value', message: 'must be a whole number' })
    if (
      indicator.aggregation === 'mean' &&
      input.denominator !== undefined &&
      !(input.denominator > 0 && Number.isInteger(input.denominator))
    )
      problems.push({ field: 'denominator', message: 'must be a whole number above 0' })
    if (problems.length > 0 || input.value === undefined) return { ok: false, problems }
    return {
      ok: true,
      fields: {
        value: input.value,
        ...(indicator.aggregation === 'mean' &&
          input.denominator !== undefined && { denominator: input.denominator }),
      },
    }
  }

  /** The default reporting unit: the previous one, else a unit of the area. */
  const defaultUnit = (areaId: string): string => {
    const units = [...db.units.values()].filter((u) => u.areaId === areaId)
    return (
      units.find((u) => u.type === 'fatherland-front')?.id ??
      units[0]?.id ??
      db.currentUser()?.id ??
      'unknown'
    )
  }

  const diff = (before: Measurement | undefined, after: Measurement): HistoryEntry['changes'] => {
    const fields = ['value', 'numerator', 'denominator', 'note', 'reportedBy', 'status'] as const
    const changes: HistoryEntry['changes'] = []
    for (const field of fields) {
      const old = before?.[field] ?? null
      const next = after[field] ?? null
      if (old !== next) changes.push({ field, old, new: next })
    }
    return changes
  }

  const create = (
    input: FigureInput,
    fields: Pick<Measurement, 'value' | 'numerator' | 'denominator'>,
    submit: boolean,
    comment?: string,
  ) => {
    const indicator = indicatorOf(input.indicatorId)
    const code = indicator?.code ?? input.indicatorId
    let id = `m-${code}-${input.areaId}-${input.year}`
    for (let n = 2; db.measurements.has(id); n++)
      id = `m-${code}-${input.areaId}-${input.year}-${n}`
    const at = now()
    const record: Measurement = {
      id,
      indicatorId: input.indicatorId,
      areaId: input.areaId,
      year: input.year,
      ...fields,
      status: submit ? 'submitted' : 'draft',
      reportedBy: input.reportedBy ?? defaultUnit(input.areaId),
      reportedAt: at,
      ...(input.note ? { note: input.note } : {}),
      version: 1,
    }
    const draft: Measurement = { ...record, status: 'draft' }
    db.putMeasurement(draft, {
      at,
      by: actor(),
      action: 'created',
      changes: diff(undefined, draft),
      ...(comment && { comment }),
    })
    if (submit)
      db.putMeasurement(record, {
        at,
        by: actor(),
        action: 'submitted',
        changes: [{ field: 'status', old: 'draft', new: 'submitted' }],
      })
    return record
  }

  const update = (
    current: Measurement,
    input: FigureInput,
    fields: Pick<Measurement, 'value' | 'numerator' | 'denominator'>,
    submit: boolean,
    comment?: string,
  ): Measurement | undefined => {
    const candidate: Measurement = {
      id: current.id,
      indicatorId: current.indicatorId,
      areaId: current.areaId,
      year: current.year,
      ...fields,
      status: current.status,
      reportedBy: input.reportedBy ?? current.reportedBy,
      reportedAt: current.reportedAt,
      ...(input.note !== undefined
        ? input.note
          ? { note: input.note }
          : {}
        : current.note !== undefined && { note: current.note }),
      version: current.version,
    }
    const figureChanged = diff(current, candidate).length > 0
    if (!figureChanged && !(submit && current.status === 'draft')) return undefined
    const at = now()
    const saved: Measurement = {
      ...candidate,
      status: submit ? 'submitted' : figureChanged ? 'draft' : current.status,
      reportedAt: figureChanged ? at : current.reportedAt,
      version: current.version + 1,
    }
    if (figureChanged) {
      const changes = diff(current, { ...saved, status: submit ? 'draft' : saved.status })
      db.putMeasurement(submit ? { ...saved, status: 'draft' } : saved, {
        at,
        by: actor(),
        action: 'updated',
        changes,
        ...(comment && { comment }),
      })
    }
    if (submit) {
      const wasDraft = figureChanged || current.status === 'draft'
      db.putMeasurement(saved, {
        at,
        by: actor(),
        action: 'submitted',
        changes: [{ field: 'status', old: wasDraft ? 'draft' : current.status, new: 'submitted' }],
      })
    }
    return saved
  }

  const conflict = (code: string, message: string, current: Measurement) =>
    apiError(409, code, message, { current })

  const transition =
    (action: 'submit' | 'verify' | 'return'): Parameters<typeof http.post<{ id: string }>>[1] =>
    async ({ params, request }) => {
      const current = db.measurements.get(params.id)
      if (!current) return notFound('Measurement', params.id)
      const forbidden = forbidWrite(db, current.areaId)
      if (forbidden) return forbidden
      const user = db.currentUser()
      if (action !== 'submit' && user?.role !== 'admin')
        return apiError(403, 'forbidden', `Only administrators may ${action} figures`, {
          role: user?.role,
        })
      const body = await readBody(request, transitionSchema)
      if (!body.ok) return body.response
      const comment = body.data.comment?.trim()
      if (action === 'return' && !comment)
        return invalidBody([{ field: 'comment', message: 'a return needs a comment' }])
      if (body.data.version !== current.version)
        return conflict(
          'version_conflict',
          `Measurement ${current.id} was changed by someone else (version ${current.version}, not ${body.data.version})`,
          current,
        )
      const from = action === 'submit' ? 'draft' : 'submitted'
      if (current.status !== from)
        return conflict(
          'invalid_transition',
          `Cannot ${action} a ${current.status} figure (only a ${from} one)`,
          current,
        )
      const status = action === 'verify' ? 'verified' : action === 'return' ? 'draft' : 'submitted'
      const saved: Measurement = { ...current, status, version: current.version + 1 }
      db.putMeasurement(saved, {
        at: now(),
        by: actor(),
        action: action === 'submit' ? 'submitted' : action === 'verify' ? 'verified' : 'returned',
        changes: [{ field: 'status', old: current.status, new: status }],
        ...(comment && { comment }),
      })
      return HttpResponse.json(saved)
    }

  const withNames = (entry: HistoryEntry): HistoryEntry => ({
    ...entry,
    byName:
      entry.byName ?? db.users.find((u) => u.id === entry.by)?.name ?? db.units.get(entry.by)?.name,
  })

  return [
    http.get(ctx.route('/measurements'), ({ request }) => {
      const query = readQuery(request, querySchema)
      if (!query.ok) return query.response
      const q = query.data
      const [enter, exit] = q.ancestorId === undefined ? [0, 0] : db.areas.rangeOf(q.ancestorId)
      const matches = (m: Measurement) => {
        if (q.indicatorId !== undefined && m.indicatorId !== q.indicatorId) return false
        if (q.programmeId !== undefined && db.programmeOfIndicator(m.indicatorId) !== q.programmeId)
          return false
        if (q.areaId !== undefined && m.areaId !== q.areaId) return false
        if (q.parentId !== undefined && db.areas.get(m.areaId)?.parentId !== q.parentId)
          return false
        if (q.ancestorId !== undefined) {
          const position = db.areas.positionOf(m.areaId)
          if (position < enter || position >= exit) return false
        }
        if (q.from !== undefined && m.year < q.from) return false
        if (q.to !== undefined && m.year > q.to) return false
        return true
      }
      const result: Measurement[] = []
      for (const m of db.measurements.values()) if (matches(m)) result.push(m)
      return HttpResponse.json(result)
    }),

    http.get(ctx.route('/measurements/worklist'), ({ request }) => {
      const query = readQuery(request, worklistSchema)
      if (!query.ok) return query.response
      const { list, programmeId } = query.data
      const user = db.currentUser()
      if (!user) return apiError(401, 'unauthenticated', 'No user is signed in')
      const wanted = list === 'submitted' ? 'submitted' : 'draft'
      const items: { measurement: Measurement; latest: HistoryEntry }[] = []
      for (const m of db.measurements.values()) {
        if (m.status !== wanted) continue
        if (programmeId !== undefined && db.programmeOfIndicator(m.indicatorId) !== programmeId)
          continue
        if (!user.areaIds.some((scope) => db.areas.isWithin(m.areaId, scope))) continue
        const latest = db.historyOf(m.id).at(-1)
        if (!latest) continue
        const returned = latest.action === 'returned'
        if (list === 'returned' ? !returned : list === 'drafts' && returned) continue
        items.push({ measurement: m, latest: withNames(latest) })
      }
      items.sort((a, b) => Date.parse(b.latest.at) - Date.parse(a.latest.at))
      return HttpResponse.json(items)
    }),

    http.post(ctx.route('/measurements/import'), async ({ request }) => {
      const body = await readBody(request, importSchema)
      if (!body.ok) return body.response
      const rows = body.data.rows.map((r, i) => ({ ...r, row: r.row ?? i + 1 }))
      const outside = rows.filter((r) => db.areas.has(r.areaId) && forbidWrite(db, r.areaId))
      const user = db.currentUser()
      if (!user) return apiError(401, 'unauthenticated', 'No user is signed in')
      if (user.role === 'viewer')
        return apiError(403, 'forbidden', `${user.name} is a viewer and may not change data`)
      if (outside.length > 0)
        return apiError(
          403,
          'forbidden',
          `${user.name} may not change data of the areas in row(s) ${outside
            .slice(0, 10)
            .map((r) => r.row)
            .join(', ')}${outside.length > 10 ? ', …' : ''}`,
          outside.map((r) => ({ row: r.row, field: 'areaId', message: 'outside your areas' })),
        )
      const problems: { row: number; field: string; message: string }[] = []
      const checked: {
        input: (typeof rows)[number]
        fields: Pick<Measurement, 'value' | 'numerator' | 'denominator'>
      }[] = []
      const seen = new Map<string, number>()
      for (const input of rows) {
        const result = checkFigure(input)
        if (!result.ok) {
          for (const p of result.problems) problems.push({ row: input.row, ...p })
          continue
        }
        const key = keyOf(input.indicatorId, input.areaId, input.year)
        const first = seen.get(key)
        if (first !== undefined) {
          problems.push({ row: input.row, field: 'areaId', message: `duplicate of row ${first}` })
          continue
        }
        seen.set(key, input.row)
        checked.push({ input, fields: result.fields })
      }
      if (problems.length > 0)
        return apiError(
          400,
          'invalid_rows',
          `Nothing was imported: ${problems.length} problem(s), first in row ${problems[0]?.row}`,
          problems,
        )
      const existing = existingByKey()
      const summary = { added: 0, changed: 0, unchanged: 0 }
      for (const { input, fields } of checked) {
        const current = existing.get(keyOf(input.indicatorId, input.areaId, input.year))
        if (!current) {
          create(input, fields, false, 'CSV import')
          summary.added++
        } else if (update(current, input, fields, false, 'CSV import')) summary.changed++
        else summary.unchanged++
      }
      return HttpResponse.json(summary)
    }),

    http.post(ctx.route('/measurements'), async ({ request }) => {
      const body = await readBody(request, createSchema)
      if (!body.ok) return body.response
      const { submit = false, ...input } = body.data
      if (db.areas.has(input.areaId)) {
        const forbidden = forbidWrite(db, input.areaId)
        if (forbidden) return forbidden
      }
      const result = checkFigure(input)
      if (!result.ok) return invalidBody(result.problems)
      const current = findExisting(input.indicatorId, input.areaId, input.year)
      if (current)
        return conflict(
          'already_exists',
          `A figure for this indicator, area and year already exists (${current.id})`,
          current,
        )
      return HttpResponse.json(create(input, result.fields, submit), { status: 201 })
    }),

    http.get<{ id: string }>(ctx.route('/measurements/:id'), ({ params }) => {
      const m = db.measurements.get(params.id)
      return m ? HttpResponse.json(m) : notFound('Measurement', params.id)
    }),

    http.patch<{ id: string }>(ctx.route('/measurements/:id'), async ({ params, request }) => {
      const current = db.measurements.get(params.id)
      if (!current) return notFound('Measurement', params.id)
      const forbidden = forbidWrite(db, current.areaId)
      if (forbidden) return forbidden
      const body = await readBody(request, patchSchema)
      if (!body.ok) return body.response
      const { version, submit = false, ...changes } = body.data
      const input: FigureInput = {
        indicatorId: current.indicatorId,
        areaId: current.areaId,
        year: current.year,
        value: changes.value ?? current.value,
        numerator: changes.numerator ?? current.numerator,
        denominator: changes.denominator ?? current.denominator,
        note: changes.note,
        reportedBy: changes.reportedBy,
      }
      const result = checkFigure(input)
      if (!result.ok) return invalidBody(result.problems)
      if (version !== current.version)
        return conflict(
          'version_conflict',
          `Measurement ${current.id} was changed by someone else (version ${current.version}, not ${version})`,
          current,
        )
      if (submit && current.status === 'verified' && !figureDiffers(current, result.fields, input))
        return conflict('invalid_transition', 'A verified figure is not submitted again', current)
      return HttpResponse.json(update(current, input, result.fields, submit) ?? current)
    }),

    http.post<{ id: string }>(ctx.route('/measurements/:id/submit'), transition('submit')),
    http.post<{ id: string }>(ctx.route('/measurements/:id/verify'), transition('verify')),
    http.post<{ id: string }>(ctx.route('/measurements/:id/return'), transition('return')),

    http.get<{ id: string }>(ctx.route('/measurements/:id/history'), ({ params }) =>
      db.measurements.has(params.id)
        ? HttpResponse.json(db.historyOf(params.id).map(withNames))
        : notFound('Measurement', params.id),
    ),
  ]
}

function figureDiffers(
  current: Measurement,
  fields: Pick<Measurement, 'value' | 'numerator' | 'denominator'>,
  input: FigureInput,
): boolean {
  return (
    current.value !== fields.value ||
    current.numerator !== fields.numerator ||
    current.denominator !== fields.denominator ||
    (input.note !== undefined && (input.note || undefined) !== current.note) ||
    (input.reportedBy !== undefined && input.reportedBy !== current.reportedBy)
  )
}

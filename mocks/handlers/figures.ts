/**
 * Rolled-up figures — an EXTENSION of the DOMAIN.md contract.
 *
 * `GET /measurements/figures?programmeId=&areaId=` — the figures of one area;
 * `GET /measurements/figures?programmeId=&parentId=` — the figures of each child of one area.
 * Exactly one of `areaId` and `parentId`. For every indicator of the programme and every year
 * from its baseline to its end, the figure rolled up by the DOMAIN.md rule (../roll-up.ts; every
 * status counts, as on the dashboards):
 * `[{ indicatorId, areaId, year, value, numerator?, denominator?, source: own|roll-up,
 *    contributingAreaIds, missingAreaIds }]`; years without a figure are left out.
 * A dashboard needs these few hundred rows, not every measurement below the area (a whole
 * country has hundreds of thousands).
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { z } from 'zod/mini'
import type { Measurement, Programme } from '@/api/schemas'
import type { Db } from '../db'
import { idParam, invalidQuery, readQuery, type HandlerContext } from '../handler-context'
import { rollUpOnServer, type ServerFigure } from '../roll-up'

export function figureHandlers(db: Db, ctx: HandlerContext): HttpHandler[] {
  const area = () => z.optional(idParam((id) => db.areas.has(id), 'area'))
  const querySchema = z.object({
    programmeId: idParam((id) => db.programmes.has(id), 'programme'),
    areaId: area(),
    parentId: area(),
  })
  // The answers, per query, until a measurement is written.
  const cache = new Map<string, ServerFigure[]>()
  let cachedRevision = db.measurementRevision

  /** Every indicator × area × year figure of `areaIds`, which all lie below `scopeId`. */
  const compute = (programme: Programme, scopeId: string, areaIds: string[]) => {
    // The measurements below the scope, by indicator|area|year (the latest version wins).
    const [enter, exit] = db.areas.rangeOf(scopeId)
    const own = new Map<string, Measurement>()
    for (const m of db.measurements.values()) {
      const position = db.areas.positionOf(m.areaId)
      if (position < enter || position >= exit) continue
      if (db.programmeOfIndicator(m.indicatorId) !== programme.id) continue
      const key = `${m.indicatorId}|${m.areaId}|${m.year}`
      const current = own.get(key)
      if (!current || m.version >= current.version) own.set(key, m)
    }
    const figures: ServerFigure[] = []
    for (const indicator of programme.indicators)
      for (const id of areaIds)
        for (let year = programme.baselineYear; year <= programme.endYear; year++) {
          const ownOf = (area: string) => own.get(`${indicator.id}|${area}|${year}`)
          const figure = rollUpOnServer(indicator, db.areas, ownOf, id, year)
          if (figure) figures.push(figure)
        }
    return figures
  }

  return [
    http.get(ctx.route('/measurements/figures'), ({ request }) => {
      const query = readQuery(request, querySchema)
      if (!query.ok) return query.response
      const { programmeId, areaId, parentId } = query.data
      const programme = db.programmes.get(programmeId)
      if (!programme || (areaId === undefined) === (parentId === undefined))
        return invalidQuery([
          { field: 'areaId', message: 'give exactly one of areaId and parentId' },
        ])
      if (cachedRevision !== db.measurementRevision) {
        cache.clear()
        cachedRevision = db.measurementRevision
      }
      const key = `${programmeId}|${areaId ?? ''}|${parentId ?? ''}`
      let figures = cache.get(key)
      if (!figures) {
        figures =
          areaId !== undefined
            ? compute(programme, areaId, [areaId])
            : compute(
                programme,
                parentId as string,
                db.areas.childrenOf(parentId as string).map((a) => a.id),
              )
        cache.set(key, figures)
      }
      return HttpResponse.json(figures)
    }),
  ]
}

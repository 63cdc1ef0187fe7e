import type { RecognitionLevel, RecognitionStat } from '@/api/model-queries'
import type { Area, Model, ModelStat } from '@/api/schemas'

export type ReplicationRow = {
  area: Area
  /** Models in the area (rolled up). */
  count: number
  /** Of those, models with a replica in another area. */
  replicated: number
  /** Of those, models that are themselves replicas. */
  replicas: number
  /** replicated / count in percent (undefined without models). */
  replicatedShare: number | undefined
  /** replicas / count in percent (undefined without models). */
  replicaShare: number | undefined
}

const share = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : undefined)

/**
 * Replication rates per child area from three `stats?groupBy=area` answers over the same
 * filters: all models, those replicated elsewhere (`replicated=true`) and the replicas
 * (`isReplica=true`). One row per child in the given order, then the area itself when models
 * sit on it directly; the last row is the whole area (the totals).
 */
export function replicationRates(
  all: ModelStat[],
  replicated: ModelStat[],
  replicas: ModelStat[],
  area: Area,
  children: Area[],
): { rows: ReplicationRow[]; total: ReplicationRow } {
  const count = (stats: ModelStat[]) => new Map(stats.map((s) => [s.key, s.count]))
  const [a, r, c] = [count(all), count(replicated), count(replicas)]
  const row = (target: Area, key: string): ReplicationRow => {
    const n = a.get(key) ?? 0
    const rep = r.get(key) ?? 0
    const copies = c.get(key) ?? 0
    return {
      area: target,
      count: n,
      replicated: rep,
      replicas: copies,
      replicatedShare: share(rep, n),
      replicaShare: share(copies, n),
    }
  }
  const rows = children.map((child) => row(child, child.id))
  if ((a.get(area.id) ?? 0) > 0) rows.push(row(area, area.id))
  const sum = (key: 'count' | 'replicated' | 'replicas') =>
    rows.reduce((total, x) => total + x[key], 0)
  const total = {
    area,
    count: sum('count'),
    replicated: sum('replicated'),
    replicas: sum('replicas'),
    replicatedShare: share(sum('replicated'), sum('count')),
    replicaShare: share(sum('replicas'), sum('count')),
  }
  return { rows, total }
}

/**
 * The latest recognition year that is certainly 12 (or `months`) months past on `today`
 * (ISO date). Only the year of a recognition is known, so it is taken at its latest
 * possible date, 31 December: recognised in Y is "12 months ago" from 31 December Y + 1.
 */
export function recognitionCutoffYear(today: string, months = 12): number {
  const year = Number(today.slice(0, 4))
  const monthDay = today.slice(5)
  const wholeYears = Math.ceil(months / 12)
  return monthDay >= '12-31' ? year - wholeYears : year - wholeYears - 1
}

export type SpreadYear = {
  year: number
  /** Replicas started that year. */
  added: number
  /** The model and its replicas started up to that year. */
  cumulative: number
  /** Distinct areas covered up to that year. */
  reach: number
}

/**
 * How a model spread: per year from its own start to its last replica's, the replicas started,
 * the running total (the model included) and the running reach.
 */
export function spreadTimeline(model: Model, descendants: Model[]): SpreadYear[] {
  const yearOf = (m: Model) => Number(m.startedOn.slice(0, 4))
  const first = yearOf(model)
  const last = Math.max(first, ...descendants.map(yearOf))
  const all = [model, ...descendants]
  const timeline: SpreadYear[] = []
  for (let year = first; year <= last; year++) {
    const upTo = all.filter((m) => yearOf(m) <= year)
    timeline.push({
      year,
      added: descendants.filter((m) => yearOf(m) === year).length,
      cumulative: upTo.length,
      reach: new Set(upTo.map((m) => m.areaId)).size,
    })
  }
  return timeline
}

export type LineageNode = { model: Model; children: LineageNode[] }

/**
 * The replication tree below a model from its descendants (each names its source in
 * `replicatedFromId`); replicas in start-date order. Descendants whose source is not in
 * the tree are left out; every model appears once.
 */
export function lineageTree(model: Model, descendants: Model[]): LineageNode {
  const bySource = new Map<string, Model[]>()
  const listed = new Set<string>()
  for (const d of descendants) {
    if (d.replicatedFromId === undefined || listed.has(d.id)) continue
    listed.add(d.id)
    const list = bySource.get(d.replicatedFromId)
    if (list) list.push(d)
    else bySource.set(d.replicatedFromId, [d])
  }
  const seen = new Set<string>()
  const build = (m: Model): LineageNode => {
    seen.add(m.id)
    const children = [...(bySource.get(m.id) ?? [])].sort((a, b) =>
      a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0,
    )
    return { model: m, children: children.filter((c) => !seen.has(c.id)).map(build) }
  }
  return build(model)
}

export type RecognitionRow = {
  area: Area
  levels: Record<RecognitionLevel, { models: number; units: number }>
  models: number
}

/**
 * Recognised models and commended units per child area and level, from
 * `GET /models/recognition`. One row per child (zeros included), then the area itself when
 * it has recognitions of its own. `units` counts distinct commended units per level.
 */
export function recognitionTable(
  stats: RecognitionStat[],
  area: Area,
  children: Area[],
  levels: readonly RecognitionLevel[],
): RecognitionRow[] {
  const row = (target: Area): RecognitionRow => {
    const cells = stats.filter((s) => s.key === target.id)
    const byLevel = Object.fromEntries(
      levels.map((level) => {
        const cell = cells.find((s) => s.level === level)
        return [level, { models: cell?.models ?? 0, units: cell?.units ?? 0 }]
      }),
    ) as RecognitionRow['levels']
    return {
      area: target,
      levels: byLevel,
      models: cells.reduce((sum, s) => sum + s.models, 0),
    }
  }
  const rows = children.map(row)
  if (stats.some((s) => s.key === area.id)) rows.push(row(area))
  return rows
}

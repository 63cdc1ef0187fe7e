import { bundleSchema, type Bundle } from './schemas'

/** How many problems a failed bundle check names before it stops listing. */
const MAX_PROBLEMS = 10

export class BundleError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid dataset bundle:\n  - ${problems.join('\n  - ')}`)
    this.name = 'BundleError'
    this.problems = problems
  }
}

/**
 * Parses a dataset bundle: the schema first, then referential integrity (every
 * id a record points at exists). Throws a BundleError naming the first invalid
 * records by collection, index and id; never returns a half-valid bundle.
 */
export function parseBundle(input: unknown): Bundle {
  const parsed = bundleSchema.safeParse(input)
  if (!parsed.success) {
    throw new BundleError(
      parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
        const where = describePath(input, issue.path)
        return `${where}: ${issue.message}`
      }),
    )
  }
  const problems = referenceProblems(parsed.data)
  if (problems.length > 0) throw new BundleError(problems.slice(0, MAX_PROBLEMS))
  return parsed.data
}

function describePath(input: unknown, path: PropertyKey[]): string {
  const [collection, index, ...rest] = path
  let record: unknown = input
  for (const key of [collection, index]) {
    record =
      record && typeof record === 'object'
        ? (record as Record<PropertyKey, unknown>)[key as PropertyKey]
        : undefined
  }
  const recordId =
    record && typeof record === 'object' && 'id' in record ? ` (id ${String(record.id)})` : ''
  const head =
    index === undefined ? String(collection) : `${String(collection)}[${String(index)}]${recordId}`
  return rest.length > 0 ? `${head}.${rest.map(String).join('.')}` : head
}

function referenceProblems(bundle: Bundle): string[] {
  const problems: string[] = []
  const ids = <T extends { id: string }>(list: T[]) => new Set(list.map((x) => x.id))
  const areas = ids(bundle.areas)
  const units = ids(bundle.units)
  const movements = ids(bundle.movements)
  const programmes = ids(bundle.programmes)
  const models = ids(bundle.models)
  const indicators = new Set(bundle.programmes.flatMap((p) => p.indicators.map((i) => i.id)))

  const check = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where}: unknown ${what}`)
  }
  const duplicates = (name: string, list: { id: string }[]) => {
    const seen = new Set<string>()
    list.forEach((x, i) => {
      if (seen.has(x.id)) problems.push(`${name}[${i}] (id ${x.id}): duplicate id`)
      seen.add(x.id)
    })
  }
  duplicates('areas', bundle.areas)
  duplicates('units', bundle.units)
  duplicates('models', bundle.models)
  duplicates('measurements', bundle.measurements)

  bundle.areas.forEach((a, i) => {
    if (a.parentId !== null)
      check(areas.has(a.parentId), `areas[${i}] (id ${a.id}).parentId`, `area ${a.parentId}`)
  })
  bundle.units.forEach((u, i) => {
    check(areas.has(u.areaId), `units[${i}] (id ${u.id}).areaId`, `area ${u.areaId}`)
    if (u.parentUnitId)
      check(
        units.has(u.parentUnitId),
        `units[${i}] (id ${u.id}).parentUnitId`,
        `unit ${u.parentUnitId}`,
      )
  })
  bundle.targets.forEach((t, i) => {
    check(areas.has(t.areaId), `targets[${i}].areaId`, `area ${t.areaId}`)
    check(indicators.has(t.indicatorId), `targets[${i}].indicatorId`, `indicator ${t.indicatorId}`)
  })
  bundle.measurements.forEach((m, i) => {
    const where = `measurements[${i}] (id ${m.id})`
    check(areas.has(m.areaId), `${where}.areaId`, `area ${m.areaId}`)
    check(indicators.has(m.indicatorId), `${where}.indicatorId`, `indicator ${m.indicatorId}`)
    check(units.has(m.reportedBy), `${where}.reportedBy`, `unit ${m.reportedBy}`)
  })
  bundle.models.forEach((m, i) => {
    const where = `models[${i}] (id ${m.id})`
    check(areas.has(m.areaId), `${where}.areaId`, `area ${m.areaId}`)
    check(units.has(m.unitId), `${where}.unitId`, `unit ${m.unitId}`)
    check(movements.has(m.movementId), `${where}.movementId`, `movement ${m.movementId}`)
    if (m.replicatedFromId)
      check(
        models.has(m.replicatedFromId),
        `${where}.replicatedFromId`,
        `model ${m.replicatedFromId}`,
      )
    m.programmeIds.forEach((p) =>
      check(programmes.has(p), `${where}.programmeIds`, `programme ${p}`),
    )
  })
  return problems
}

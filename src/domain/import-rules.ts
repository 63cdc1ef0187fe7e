import type { Indicator, Measurement, Programme } from '@/api/schemas'
import type { MeasurementIndex } from './measurement-index'
import {
  checkFigure,
  jumpWarning,
  type JumpWarning,
  type NumberEntry,
  type ProblemCode,
} from './measurement-rules'

/**
 * Validation of a measurements CSV before anything is stored. Each problem
 * names the row (as a spreadsheet numbers it: the header is row 1) and the
 * column. Rows are checked one at a time (`createImportValidator`), so a
 * caller can spread 10,000 rows over several tasks and keep the page responsive.
 */
export const importColumns = [
  'indicator',
  'area',
  'year',
  'value',
  'numerator',
  'denominator',
  'note',
] as const
export type ImportColumn = (typeof importColumns)[number]
const requiredColumns: ImportColumn[] = ['indicator', 'area', 'year']

export type HeaderProblem =
  | { code: 'missing-column'; column: ImportColumn }
  | { code: 'unknown-column'; header: string; index: number }
  | { code: 'repeated-column'; column: ImportColumn; index: number }

/**
 * Which column holds what. `names` lists the accepted header texts of each
 * column (e.g. the headers in every UI language); matching ignores case,
 * surrounding spaces and diacritics-free variants are not guessed.
 */
export const mapHeader = (
  header: readonly string[],
  names: Record<ImportColumn, readonly string[]>,
): { columns: Partial<Record<ImportColumn, number>>; problems: HeaderProblem[] } => {
  const normalize = (text: string) => text.trim().toLocaleLowerCase('vi')
  const lookup = new Map<string, ImportColumn>()
  for (const column of importColumns)
    for (const name of names[column]) lookup.set(normalize(name), column)
  const columns: Partial<Record<ImportColumn, number>> = {}
  const problems: HeaderProblem[] = []
  header.forEach((text, index) => {
    if (text.trim() === '') return
    const column = lookup.get(normalize(text))
    if (!column) problems.push({ code: 'unknown-column', header: text, index })
    else if (columns[column] !== undefined)
      problems.push({ code: 'repeated-column', column, index })
    else columns[column] = index
  })
  for (const column of requiredColumns)
    if (columns[column] === undefined) problems.push({ code: 'missing-column', column })
  return { columns, problems }
}

export type ImportProblem = {
  row: number
  column: ImportColumn
  code: ProblemCode
  params?: Record<string, string | number>
}

export type ImportWarning =
  | (JumpWarning & { row: number; column: ImportColumn })
  | { row: number; column: ImportColumn; code: 'replaces-verified'; params?: undefined }

export type ImportRecord = {
  indicatorId: string
  areaId: string
  year: number
  value?: number
  numerator?: number
  denominator?: number
  note?: string
}

export type ImportRowResult = {
  row: number
  /** `add`: a new figure; `change`: replaces a different one; `unchanged`: the same figure. */
  kind: 'add' | 'change' | 'unchanged' | 'invalid'
  problems: ImportProblem[]
  warnings: ImportWarning[]
  /** What would be sent, when the row is valid. */
  record?: ImportRecord
  /** The figure now stored for the same indicator, area and year. */
  existing?: Measurement
  /** The cells as read, for the preview. */
  cells: Partial<Record<ImportColumn, string>>
}

export type ImportContext = {
  programme: Pick<Programme, 'startYear' | 'endYear' | 'indicators'>
  columns: Partial<Record<ImportColumn, number>>
  hasArea: (areaId: string) => boolean
  /** May the current user write figures of this area? */
  inScope: (areaId: string) => boolean
  /** The figures stored now (for duplicates against them and the jump warning). */
  existing: MeasurementIndex
  /** Reads a number in the user's locale; undefined when it is not one. */
  parseNumber: (text: string) => number | undefined
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')

/** Whether a record is only blank cells (such rows are skipped, not reported). */
export const isBlankRow = isBlank

/**
 * A validator that remembers the rows it has seen (for duplicates within the
 * file). Call it once per data row, in file order.
 */
export const createImportValidator = (context: ImportContext) => {
  const byCode = new Map<string, Indicator>()
  for (const indicator of context.programme.indicators) {
    byCode.set(indicator.code, indicator)
    byCode.set(indicator.id, indicator)
  }
  const seen = new Map<string, number>()

  const entry = (text: string | undefined): NumberEntry => {
    if (text === undefined || text.trim() === '') return 'empty'
    return context.parseNumber(text) ?? 'invalid'
  }

  return (cells: readonly string[], row: number): ImportRowResult => {
    const cell = (column: ImportColumn) => {
      const index = context.columns[column]
      return index === undefined ? undefined : (cells[index] ?? '')
    }
    const read: Partial<Record<ImportColumn, string>> = {}
    for (const column of importColumns) {
      const text = cell(column)
      if (text !== undefined) read[column] = text
    }
    const problems: ImportProblem[] = []
    const warnings: ImportWarning[] = []
    const result = (kind: ImportRowResult['kind'], extra: Partial<ImportRowResult> = {}) => ({
      row,
      kind,
      problems,
      warnings,
      cells: read,
      ...extra,
    })

    const code = (read.indicator ?? '').trim()
    const indicator = byCode.get(code)
    if (!indicator)
      problems.push({
        row,
        column: 'indicator',
        code: code === '' ? 'required' : 'unknown-indicator',
        params: { value: code },
      })

    const areaId = (read.area ?? '').trim()
    if (areaId === '') problems.push({ row, column: 'area', code: 'required' })
    else if (!context.hasArea(areaId))
      problems.push({ row, column: 'area', code: 'unknown-area', params: { value: areaId } })
    else if (!context.inScope(areaId))
      problems.push({ row, column: 'area', code: 'out-of-scope', params: { value: areaId } })

    const yearText = (read.year ?? '').trim()
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined
    if (yearText === '') problems.push({ row, column: 'year', code: 'required' })
    else if (year === undefined) problems.push({ row, column: 'year', code: 'format' })

    if (!indicator || year === undefined) {
      // Without an indicator the figure's rules are unknown; a bad year is already named.
      if (indicator === undefined && year !== undefined) {
        const { startYear, endYear } = context.programme
        if (year < startYear || year > endYear)
          problems.push({
            row,
            column: 'year',
            code: 'year-range',
            params: { from: startYear, to: endYear },
          })
      }
      return result('invalid')
    }

    const check = checkFigure({
      indicator,
      programme: context.programme,
      year,
      value: entry(read.value),
      numerator: entry(read.numerator),
      denominator: entry(read.denominator),
      note: read.note,
    })
    for (const problem of check.problems)
      problems.push({
        row,
        column: problem.field,
        code: problem.code,
        ...(problem.params && { params: problem.params }),
      })

    const key = `${indicator.id}|${areaId}|${year}`
    const first = seen.get(key)
    if (first !== undefined)
      problems.push({ row, column: 'area', code: 'duplicate', params: { row: first } })
    else if (areaId !== '') seen.set(key, row)

    if (problems.length > 0 || !check.ok) return result('invalid')

    const note = (read.note ?? '').trim()
    const record: ImportRecord = {
      indicatorId: indicator.id,
      areaId,
      year,
      ...check.figure,
      ...(note !== '' && { note }),
    }
    const existing = context.existing.get(indicator.id, areaId, year)
    const previous = context.existing.get(indicator.id, areaId, year - 1)
    const jump = jumpWarning(record.value ?? 0, previous)
    const valueColumn: ImportColumn = indicator.aggregation === 'ratio' ? 'numerator' : 'value'
    if (jump) warnings.push({ ...jump, row, column: valueColumn })
    if (!existing) return result('add', { record })
    const same =
      existing.value === record.value &&
      existing.numerator === record.numerator &&
      existing.denominator === record.denominator &&
      (note === '' || existing.note === note)
    if (!same && existing.status === 'verified')
      warnings.push({ row, column: valueColumn, code: 'replaces-verified' })
    return result(same ? 'unchanged' : 'change', { record, existing })
  }
}

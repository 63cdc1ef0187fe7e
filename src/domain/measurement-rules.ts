import type { Indicator, Measurement, Programme } from '@/api/schemas'

/**
 * The rules a reported figure must follow, shared by the entry form and the CSV
 * import (the mock server checks the same: mocks/handlers/measurements.ts).
 * Numbers arrive already read from the user's text: `'empty'` when nothing was
 * typed, `'invalid'` when the text is not a number in the active locale.
 */
export type NumberEntry = number | 'empty' | 'invalid'

export type FigureField = 'value' | 'numerator' | 'denominator'
export type RuleField = 'indicator' | 'area' | 'year' | FigureField | 'note'

export type ProblemCode =
  | 'required'
  | 'format'
  | 'negative'
  | 'not-whole'
  | 'numerator-exceeds'
  | 'zero-denominator'
  | 'year-range'
  | 'out-of-scope'
  | 'unknown-indicator'
  | 'unknown-area'
  | 'duplicate'
  | 'note-too-long'

export type RuleProblem = {
  field: RuleField
  code: ProblemCode
  params?: Record<string, string | number>
}

/** Not a block: a change of more than JUMP_LIMIT against the previous year asks for a check. */
export type JumpWarning = {
  field: 'value'
  code: 'jump'
  params: { previous: number; previousYear: number; change: number }
}

export const JUMP_LIMIT = 0.5
export const NOTE_MAX_LENGTH = 2000

/** The figure as it would be stored (ratio: value = numerator × 100 / denominator). */
export type CheckedFigure = { value: number; numerator?: number; denominator?: number }

export type FigureCheck =
  { ok: true; figure: CheckedFigure; problems: [] } | { ok: false; problems: RuleProblem[] }

/** The years one may report for: the programme's period. */
export const reportingYears = (programme: Pick<Programme, 'startYear' | 'endYear'>): number[] => {
  const years: number[] = []
  for (let y = programme.startYear; y <= programme.endYear; y++) years.push(y)
  return years
}

/** Which figure fields an indicator asks for, and which of them are required. */
export const figureFieldsOf = (
  indicator: Pick<Indicator, 'aggregation'>,
): { field: FigureField; required: boolean }[] => {
  switch (indicator.aggregation) {
    case 'ratio':
      return [
        { field: 'numerator', required: true },
        { field: 'denominator', required: true },
      ]
    case 'mean':
      return [
        { field: 'value', required: true },
        { field: 'denominator', required: false },
      ]
    case 'sum':
      return [{ field: 'value', required: true }]
  }
}

/**
 * Checks one figure: required values, numbers in the locale's format, nothing
 * negative, whole counts (a `count` indicator's value, numerators and
 * denominators), numerator ≤ denominator and a denominator above 0, the year
 * within the programme and a note of at most NOTE_MAX_LENGTH characters.
 */
export const checkFigure = (input: {
  indicator: Pick<Indicator, 'aggregation' | 'unit'>
  programme: Pick<Programme, 'startYear' | 'endYear'>
  year: number
  value?: NumberEntry
  numerator?: NumberEntry
  denominator?: NumberEntry
  note?: string
}): FigureCheck => {
  const { indicator, programme, year } = input
  const problems: RuleProblem[] = []
  if (!Number.isInteger(year) || year < programme.startYear || year > programme.endYear)
    problems.push({
      field: 'year',
      code: 'year-range',
      params: { from: programme.startYear, to: programme.endYear },
    })
  if ((input.note ?? '').length > NOTE_MAX_LENGTH)
    problems.push({ field: 'note', code: 'note-too-long', params: { max: NOTE_MAX_LENGTH } })

  const read: Partial<Record<FigureField, number>> = {}
  for (const { field, required } of figureFieldsOf(indicator)) {
    const entry = input[field] ?? 'empty'
    if (entry === 'empty') {
      if (required) problems.push({ field, code: 'required' })
    } else if (entry === 'invalid' || !Number.isFinite(entry)) {
      problems.push({ field, code: 'format' })
    } else if (entry < 0) {
      problems.push({ field, code: 'negative' })
    } else if ((field !== 'value' || indicator.unit === 'count') && !Number.isInteger(entry)) {
      problems.push({ field, code: 'not-whole' })
    } else if (field === 'denominator' && entry === 0) {
      problems.push({ field, code: 'zero-denominator' })
    } else read[field] = entry
  }
  const { numerator, denominator } = read
  if (
    indicator.aggregation === 'ratio' &&
    numerator !== undefined &&
    denominator !== undefined &&
    numerator > denominator
  )
    problems.push({ field: 'numerator', code: 'numerator-exceeds', params: { denominator } })

  if (problems.length > 0) return { ok: false, problems }
  if (indicator.aggregation === 'ratio') {
    // checked above: both present
    const n = numerator as number
    const d = denominator as number
    return {
      ok: true,
      problems: [],
      figure: { value: (n * 100) / d, numerator: n, denominator: d },
    }
  }
  const value = read.value as number
  return {
    ok: true,
    problems: [],
    figure:
      indicator.aggregation === 'mean' && denominator !== undefined
        ? { value, denominator }
        : { value },
  }
}

/**
 * The live percentage of a ratio indicator while typing: undefined until both
 * numbers are usable (denominator above 0).
 */
export const livePercentage = (numerator: NumberEntry, denominator: NumberEntry) =>
  typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0
    ? (numerator * 100) / denominator
    : undefined

/**
 * A warning when the value moves by more than JUMP_LIMIT (50 %) against the
 * previous year's figure. No warning without a previous figure or when it is 0
 * (any change from nothing is not a "jump" one can measure).
 */
export const jumpWarning = (
  value: number,
  previous: Pick<Measurement, 'value' | 'year'> | undefined,
): JumpWarning | undefined => {
  if (!previous || previous.value === 0) return undefined
  const change = (value - previous.value) / Math.abs(previous.value)
  if (Math.abs(change) <= JUMP_LIMIT) return undefined
  return {
    field: 'value',
    code: 'jump',
    params: { previous: previous.value, previousYear: previous.year, change },
  }
}

import { z } from 'zod/mini'
import type { ModelInput } from '@/api/model-queries'
import { modelFields, modelStatuses, recognitionLevels, type Model } from '@/api/schemas'
import { parseLocaleNumber } from '@/shared/lib/parse-number'

/** What the form holds: text as typed (numbers in the locale's format), kept as a draft. */
export type ModelFormValues = {
  name: string
  description: string
  movementId: string
  field: string
  areaId: string
  unitId: string
  startedOn: string
  status: string
  isNew: 'new' | 'maintained'
  replicatedFromId: string
  replicatedFromName: string
  beneficiaries: string
  funds: string
  recognitionLevel: string
  recognitionYear: string
  programmeIds: string[]
}

export type FormField = keyof ModelFormValues

/** The message keys (models.form.errors.*) a field can get. */
export type FormError =
  | 'required'
  | 'tooLong'
  | 'future'
  | 'invalidDate'
  | 'number'
  | 'integer'
  | 'negative'
  | 'year'
  | 'beforeStart'
  | 'sourceNotFound'
  | 'sourceIsSelf'
  | 'unitOutsideArea'

export function emptyFormValues(defaults: Partial<ModelFormValues> = {}): ModelFormValues {
  return {
    name: '',
    description: '',
    movementId: '',
    field: '',
    areaId: '',
    unitId: '',
    startedOn: '',
    status: 'registered',
    isNew: 'new',
    replicatedFromId: '',
    replicatedFromName: '',
    beneficiaries: '',
    funds: '',
    recognitionLevel: '',
    recognitionYear: '',
    programmeIds: [],
    ...defaults,
  }
}

/** A saved model as form values, numbers written in the locale's format. */
export function formValuesOf(model: Model, locale: string, sourceName = ''): ModelFormValues {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  return {
    name: model.name,
    description: model.description,
    movementId: model.movementId,
    field: model.field,
    areaId: model.areaId,
    unitId: model.unitId,
    startedOn: model.startedOn,
    status: model.status,
    isNew: model.isNew ? 'new' : 'maintained',
    replicatedFromId: model.replicatedFromId ?? '',
    replicatedFromName: sourceName,
    beneficiaries: model.beneficiaries === undefined ? '' : number.format(model.beneficiaries),
    funds: model.fundsMobilizedVnd === undefined ? '' : number.format(model.fundsMobilizedVnd),
    recognitionLevel: model.recognition?.level ?? '',
    recognitionYear: model.recognition ? String(model.recognition.year) : '',
    programmeIds: model.programmeIds,
  }
}

export type ValidationContext = {
  /** The product's today (ISO date), from `today()`. */
  today: string
  /** The Intl locale numbers are typed in. */
  locale: string
  /** The model being edited (a model cannot be replicated from itself). */
  selfId?: string
  /** The units by id, to check that the owner sits in or above the model's area. */
  unitAreaOk?: (unitId: string, areaId: string) => boolean
}

export type Validation =
  { ok: true; input: ModelInput } | { ok: false; errors: Partial<Record<FormField, FormError>> }

const issue = (error: FormError) => ({ message: error })

/**
 * Checks the form and turns it into the API's input. Every message is a key, so the form
 * shows it in the active language; the first problem of each field is reported.
 */
export function validateModelForm(values: ModelFormValues, ctx: ValidationContext): Validation {
  const required = z.string().check(z.trim(), z.minLength(1, issue('required')))
  const optionalNumber = (integer: boolean) =>
    z.pipe(
      z.string(),
      z.transform((text, c) => {
        if (text.trim() === '') return undefined
        const n = parseLocaleNumber(text, ctx.locale)
        if (n === undefined) {
          c.issues.push({ code: 'custom', input: text, ...issue('number') })
          return z.NEVER
        }
        if (n < 0) {
          c.issues.push({ code: 'custom', input: text, ...issue('negative') })
          return z.NEVER
        }
        if (integer && !Number.isInteger(n)) {
          c.issues.push({ code: 'custom', input: text, ...issue('integer') })
          return z.NEVER
        }
        return n
      }),
    )
  const thisYear = Number(ctx.today.slice(0, 4))
  const schema = z
    .object({
      name: required.check(z.maxLength(200, issue('tooLong'))),
      description: z.string().check(z.trim(), z.maxLength(2000, issue('tooLong'))),
      movementId: required,
      field: z.enum(modelFields, issue('required')),
      areaId: required,
      unitId: required,
      startedOn: z
        .pipe(z.string().check(z.minLength(1, issue('required'))), z.iso.date(issue('invalidDate')))
        .check(z.refine((d) => d <= ctx.today, issue('future'))),
      status: z.enum(modelStatuses, issue('required')),
      isNew: z.enum(['new', 'maintained']),
      replicatedFromId: z.string().check(
        z.trim(),
        z.refine((id) => id === '' || id !== ctx.selfId, issue('sourceIsSelf')),
      ),
      beneficiaries: optionalNumber(true),
      funds: optionalNumber(false),
      recognitionLevel: z.union([z.literal(''), z.enum(recognitionLevels)]),
      recognitionYear: z.string().check(z.trim()),
      programmeIds: z.array(z.string()),
    })
    .check(
      z.superRefine((v, c) => {
        if (v.recognitionLevel !== '') {
          const year = /^\d{4}$/.test(v.recognitionYear) ? Number(v.recognitionYear) : NaN
          if (v.recognitionYear === '')
            c.addIssue({ code: 'custom', path: ['recognitionYear'], ...issue('required') })
          else if (!(year >= 1900 && year <= thisYear))
            c.addIssue({ code: 'custom', path: ['recognitionYear'], ...issue('year') })
          else if (v.startedOn && year < Number(v.startedOn.slice(0, 4)))
            c.addIssue({ code: 'custom', path: ['recognitionYear'], ...issue('beforeStart') })
        }
        if (v.unitId && v.areaId && ctx.unitAreaOk && !ctx.unitAreaOk(v.unitId, v.areaId))
          c.addIssue({ code: 'custom', path: ['unitId'], ...issue('unitOutsideArea') })
      }),
    )

  const parsed = schema.safeParse(values)
  if (!parsed.success) {
    const errors: Partial<Record<FormField, FormError>> = {}
    for (const problem of parsed.error.issues) {
      const field = problem.path[0] as FormField | undefined
      if (field && errors[field] === undefined) errors[field] = problem.message as FormError
    }
    return { ok: false, errors }
  }
  const v = parsed.data
  const input: ModelInput = {
    name: v.name,
    description: v.description,
    movementId: v.movementId,
    field: v.field,
    areaId: v.areaId,
    unitId: v.unitId,
    startedOn: v.startedOn,
    status: v.status,
    isNew: v.isNew === 'new',
    programmeIds: v.programmeIds,
    ...(v.replicatedFromId ? { replicatedFromId: v.replicatedFromId } : {}),
    ...(v.beneficiaries !== undefined ? { beneficiaries: v.beneficiaries } : {}),
    ...(v.funds !== undefined ? { fundsMobilizedVnd: v.funds } : {}),
    ...(v.recognitionLevel !== ''
      ? { recognition: { level: v.recognitionLevel, year: Number(v.recognitionYear) } }
      : {}),
  }
  return { ok: true, input }
}

import './models.css'
import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useMutation, useQueryClient, useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { createModel, modelQueries, updateModel, type ModelInput } from '@/api/model-queries'
import { referenceQueries } from '@/api/reference-queries'
import {
  modelFields,
  modelSchema,
  modelStatuses,
  recognitionLevels,
  type Area,
  type Me,
  type Model,
} from '@/api/schemas'
import { ancestorsOf, descendantIds } from '@/domain/area-tree'
import { canWrite, type WriteDecision } from '@/domain/permissions'
import { useFormat } from '@/shared/i18n/use-format'
import { ApiError } from '@/shared/lib/api-error'
import { today } from '@/shared/lib/today'
import { useDraft } from '@/shared/lib/use-draft'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Notice } from '@/shared/ui/notice'
import { VersionConflict, type ConflictRow } from '@/shared/ui/version-conflict'
import {
  emptyFormValues,
  formValuesOf,
  validateModelForm,
  type FormError,
  type FormField,
  type ModelFormValues,
} from './model-form-values'
import { AreaCascade } from './area-cascade'
import { SourcePicker } from './source-picker'
import { useModelLookups } from './use-model-lookups'

type Draft = { values: ModelFormValues; baseVersion?: number }

/**
 * Registers a model (no `model`) or edits one. Validated on the client in the active
 * language, saved with a version check; the input is kept as a draft (it survives a reload
 * and a failed save) until the save succeeds. Users who may not write see it read-only, with
 * the reason.
 */
export function ModelForm({
  model,
  sourceName = '',
  defaultAreaId,
  onSaved,
  onCancel,
}: {
  model?: Model
  sourceName?: string
  defaultAreaId?: string
  onSaved: (saved: Model) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const queryClient = useQueryClient()
  const baseId = useId()
  const summaryRef = useRef<HTMLDivElement>(null)
  const { tree, unitList, movementList } = useModelLookups()
  const [{ data: me }, { data: programmes }] = useSuspenseQueries({
    queries: [referenceQueries.me(), referenceQueries.programmes()],
  })

  const writable = useMemo(() => writableAreas(me, tree), [me, tree])
  const initialArea =
    defaultAreaId && writable.some((area) => area.id === defaultAreaId) ? defaultAreaId : ''
  const initial = (): Draft =>
    model
      ? { values: formValuesOf(model, format.locale, sourceName), baseVersion: model.version }
      : { values: emptyFormValues({ areaId: initialArea }) }
  const draft = useDraft<Draft>(model ? `model-edit-${model.id}` : 'model-new', initial)
  const { values, baseVersion } = draft.value
  const [pristine] = useState(() => JSON.stringify(initial()))
  const restored = draft.restored && JSON.stringify(draft.value) !== pristine

  const [submitted, setSubmitted] = useState(false)
  const [conflict, setConflict] = useState<Model | undefined>()

  const decision: WriteDecision = model
    ? canWrite(me, tree, model.areaId)
    : me.role === 'viewer'
      ? { allowed: false, reason: 'viewer' }
      : writable.length > 0
        ? { allowed: true }
        : { allowed: false, reason: 'out-of-scope' }
  const readOnly = !decision.allowed

  const unitAreaOk = (unitId: string, areaId: string) => {
    const unit = unitList.find((u) => u.id === unitId)
    return !!unit && ancestorsOf(tree, areaId).some((a) => a.id === unit.areaId)
  }
  const validation = validateModelForm(values, {
    today: today(),
    locale: format.locale,
    selfId: model?.id,
    unitAreaOk,
  })

  const mutation = useMutation({
    mutationFn: ({ input, version }: { input: ModelInput; version?: number }) =>
      model ? updateModel(model.id, version ?? model.version, input) : createModel(input),
    onSuccess: async (saved) => {
      draft.clear()
      await queryClient.invalidateQueries({ queryKey: modelQueries.all() })
      onSaved(saved)
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        const current = modelSchema.safeParse(
          error.details && typeof error.details === 'object' && 'current' in error.details
            ? error.details.current
            : undefined,
        )
        if (current.success) setConflict(current.data)
      }
    },
  })

  const serverErrors = serverFieldErrors(mutation.error)
  const fieldErrors: Partial<Record<FormField, FormError | 'server'>> = {
    ...(submitted && !validation.ok ? validation.errors : {}),
  }
  for (const field of Object.keys(serverErrors) as FormField[]) fieldErrors[field] ??= 'server'

  const set = (patch: Partial<ModelFormValues>) =>
    draft.setValue((previous) => ({ ...previous, values: { ...previous.values, ...patch } }))

  const save = (version = baseVersion) => {
    setSubmitted(true)
    if (readOnly) return
    if (!validation.ok) {
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setConflict(undefined)
    mutation.mutate({ input: validation.input, version })
  }

  const fid = (field: FormField) => `${baseId}-${field}`
  const errorOf = (field: FormField) => fieldErrors[field]
  const describe = (field: FormField, hint = false) =>
    [hint ? `${fid(field)}-hint` : '', errorOf(field) ? `${fid(field)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  const message = (field: FormField) => {
    const error = errorOf(field)
    if (!error) return null
    return (
      <p id={`${fid(field)}-error`} className="form-error">
        <span aria-hidden="true">⚠ </span>
        {error === 'server'
          ? t('models.form.errors.server', { message: serverErrors[field] ?? '' })
          : t(`models.form.errors.${error}`, {
              today: format.date(today()),
              example: format.integer(1234567),
            })}
      </p>
    )
  }
  const labelOf = (field: FormField) => t(`models.form.fields.${field}`)
  const errorList = Object.keys(fieldErrors) as FormField[]

  const modelArea = model && tree.byId.get(model.areaId)
  const areaChoices = readOnly && modelArea ? [modelArea] : writable
  const selectedArea = tree.byId.get(values.areaId)
  const unitOptions = selectedArea
    ? ancestorsOf(tree, selectedArea.id).map((area) => ({
        area,
        units: unitList.filter((u) => u.areaId === area.id),
      }))
    : []
  const thisYear = Number(today().slice(0, 4))

  const control = (
    field: FormField,
    input: (props: {
      id: string
      'aria-invalid': true | undefined
      'aria-describedby': string | undefined
    }) => ReactNode,
    { required = false, hint }: { required?: boolean; hint?: string } = {},
  ) => (
    <div className={`form-field form-field--${field}`}>
      <label htmlFor={fid(field)}>
        {labelOf(field)}
        {required && (
          <span className="form-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {input({
        id: fid(field),
        'aria-invalid': errorOf(field) ? true : undefined,
        'aria-describedby': describe(field, hint !== undefined),
      })}
      {hint && (
        <p id={`${fid(field)}-hint`} className="models-hint">
          {hint}
        </p>
      )}
      {message(field)}
    </div>
  )

  if (conflict) {
    const theirs = formValuesOf(conflict, format.locale, values.replicatedFromName)
    const shownFields: FormField[] = [
      'name',
      'description',
      'movementId',
      'field',
      'areaId',
      'unitId',
      'startedOn',
      'status',
      'isNew',
      'replicatedFromId',
      'beneficiaries',
      'funds',
      'recognitionLevel',
      'recognitionYear',
    ]
    const show = (field: FormField, v: ModelFormValues) =>
      displayValue(field, v, t, tree, unitList, movementList)
    const rows: ConflictRow[] = shownFields.map((field) => ({
      key: field,
      label: labelOf(field),
      mine: show(field, values),
      theirs: show(field, theirs),
      differs: String(values[field]) !== String(theirs[field]),
    }))
    return (
      <VersionConflict
        rows={rows}
        theirsBy={t('models.form.conflictVersion', { version: conflict.version })}
        onKeepMine={() => {
          draft.setValue((previous) => ({ ...previous, baseVersion: conflict.version }))
          save(conflict.version)
        }}
        onTakeTheirs={() => {
          draft.setValue({ values: theirs, baseVersion: conflict.version })
          setConflict(undefined)
          mutation.reset()
        }}
      />
    )
  }

  return (
    <form
      className="model-form"
      noValidate
      aria-describedby={readOnly ? `${baseId}-readonly` : undefined}
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      {readOnly && (
        <div id={`${baseId}-readonly`}>
          <Notice tone="warning">
            {t(`models.form.readOnly.${decision.allowed ? 'viewer' : decision.reason}`, {
              name: me.name,
            })}
          </Notice>
        </div>
      )}
      {restored && !readOnly && (
        <Notice>
          {t('models.form.restored')}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              draft.setValue(initial())
              setSubmitted(false)
            }}
          >
            {t('models.form.discardDraft')}
          </button>
        </Notice>
      )}
      {submitted && errorList.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="form-summary">
          <p className="form-summary__title">
            {t('models.form.summary', { count: errorList.length })}
          </p>
          <ul>
            {errorList.map((field) => (
              <li key={field}>
                <a href={`#${fid(field)}`}>{labelOf(field)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {mutation.error && !(mutation.error instanceof ApiError && mutation.error.status === 409) && (
        <div className="form-save-error">
          <p className="form-save-error__lead">{t('models.form.saveFailed')}</p>
          <ErrorMessage error={mutation.error} />
        </div>
      )}
      <p className="models-hint">{t('models.form.requiredHint')}</p>
      <fieldset disabled={readOnly || mutation.isPending} className="model-form__body">
        <legend className="visually-hidden">{t('models.form.legend')}</legend>
        {control(
          'name',
          (p) => (
            <input
              {...p}
              type="text"
              required
              maxLength={200}
              value={values.name}
              onChange={(e) => set({ name: e.target.value })}
            />
          ),
          { required: true },
        )}
        {control('description', (p) => (
          <textarea
            {...p}
            rows={4}
            maxLength={2000}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        ))}
        <fieldset className="form-field model-form__area">
          <legend id={`${fid('areaId')}-legend`}>
            {labelOf('areaId')}
            <span className="form-required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <AreaCascade
            id={fid('areaId')}
            legendId={`${fid('areaId')}-legend`}
            tree={tree}
            choices={areaChoices}
            value={values.areaId}
            invalid={errorOf('areaId') !== undefined}
            describedBy={describe('areaId')}
            onChange={(areaId) => set({ areaId, unitId: '' })}
          />
          {message('areaId')}
        </fieldset>
        <div className="model-form__grid">
          {control(
            'unitId',
            (p) => (
              <select
                {...p}
                required
                value={values.unitId}
                disabled={!selectedArea}
                onChange={(e) => set({ unitId: e.target.value })}
              >
                <option value="">
                  {selectedArea ? t('models.form.choose') : t('models.form.chooseAreaFirst')}
                </option>
                {unitOptions.map(({ area, units }) =>
                  units.length ? (
                    <optgroup key={area.id} label={area.name}>
                      {units.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))}
                    </optgroup>
                  ) : null,
                )}
              </select>
            ),
            { required: true },
          )}
          {control(
            'movementId',
            (p) => (
              <select
                {...p}
                required
                value={values.movementId}
                onChange={(e) => set({ movementId: e.target.value })}
              >
                <option value="">{t('models.form.choose')}</option>
                {movementList.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
          {control(
            'field',
            (p) => (
              <select
                {...p}
                required
                value={values.field}
                onChange={(e) => set({ field: e.target.value })}
              >
                <option value="">{t('models.form.choose')}</option>
                {modelFields.map((f) => (
                  <option key={f} value={f}>
                    {t(`models.field.${f}`)}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
          {control(
            'startedOn',
            (p) => (
              <input
                {...p}
                type="date"
                required
                max={today()}
                value={values.startedOn}
                onChange={(e) => set({ startedOn: e.target.value })}
              />
            ),
            { required: true },
          )}
          {control(
            'status',
            (p) => (
              <select
                {...p}
                required
                value={values.status}
                onChange={(e) => set({ status: e.target.value })}
              >
                {modelStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`models.status.${s}`)}
                  </option>
                ))}
              </select>
            ),
            { required: true },
          )}
        </div>
        <fieldset className="model-form__radios">
          <legend>{labelOf('isNew')}</legend>
          {(['new', 'maintained'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name={`${baseId}-isNew`}
                checked={values.isNew === v}
                onChange={() => set({ isNew: v })}
              />{' '}
              {t(`models.novelty.${v}`)}
            </label>
          ))}
        </fieldset>
        {control(
          'replicatedFromId',
          (p) => (
            <SourcePicker
              id={p.id}
              name={
                values.replicatedFromId ? values.replicatedFromName || values.replicatedFromId : ''
              }
              excludeId={model?.id}
              disabled={readOnly}
              invalid={p['aria-invalid'] === true}
              describedBy={p['aria-describedby']}
              onChange={(next) => set({ replicatedFromId: next.id, replicatedFromName: next.name })}
            />
          ),
          { hint: t('models.form.sourceHint') },
        )}
        <div className="model-form__grid">
          {control(
            'beneficiaries',
            (p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                value={values.beneficiaries}
                onChange={(e) => set({ beneficiaries: e.target.value })}
              />
            ),
            { hint: t('models.form.numberHint', { example: format.integer(1200) }) },
          )}
          {control(
            'funds',
            (p) => (
              <input
                {...p}
                type="text"
                inputMode="decimal"
                value={values.funds}
                onChange={(e) => set({ funds: e.target.value })}
              />
            ),
            { hint: t('models.form.numberHint', { example: format.integer(25_000_000) }) },
          )}
          {control('recognitionLevel', (p) => (
            <select
              {...p}
              value={values.recognitionLevel}
              onChange={(e) => set({ recognitionLevel: e.target.value })}
            >
              <option value="">{t('models.form.notRecognized')}</option>
              {recognitionLevels.map((l) => (
                <option key={l} value={l}>
                  {t(`models.level.${l}`)}
                </option>
              ))}
            </select>
          ))}
          {control('recognitionYear', (p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1990}
              max={thisYear}
              disabled={values.recognitionLevel === ''}
              value={values.recognitionYear}
              onChange={(e) => set({ recognitionYear: e.target.value })}
            />
          ))}
        </div>
        {programmes.length > 0 && (
          <fieldset className="model-form__radios">
            <legend>{labelOf('programmeIds')}</legend>
            {programmes.map((p) => (
              <label key={p.id}>
                <input
                  type="checkbox"
                  checked={values.programmeIds.includes(p.id)}
                  onChange={(e) =>
                    set({
                      programmeIds: e.target.checked
                        ? [...values.programmeIds, p.id]
                        : values.programmeIds.filter((id) => id !== p.id),
                    })
                  }
                />{' '}
                {p.shortName}
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
      <div className="model-form__actions">
        <button type="submit" className="button" disabled={readOnly || mutation.isPending}>
          {mutation.isPending
            ? t('models.form.saving')
            : model
              ? t('models.form.saveChanges')
              : t('models.form.register')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('models.form.cancel')}
        </button>
      </div>
    </form>
  )
}

/** The areas this user may write in, in tree order. */
function writableAreas(me: Me, tree: ReturnType<typeof useModelLookups>['tree']) {
  if (me.role === 'viewer') return []
  const areas: Area[] = []
  const seen = new Set<string>()
  for (const scope of me.areaIds)
    for (const id of descendantIds(tree, scope)) {
      const area = tree.byId.get(id)
      if (!area || seen.has(id) || !canWrite(me, tree, id).allowed) continue
      seen.add(id)
      areas.push(area)
    }
  return areas
}

/** The server's 400 details (`[{ field, message }]`) by form field. */
function serverFieldErrors(error: unknown): Partial<Record<FormField, string>> {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.details))
    return {}
  const map: Record<string, FormField> = {
    fundsMobilizedVnd: 'funds',
    recognition: 'recognitionLevel',
    'recognition.year': 'recognitionYear',
    'recognition.level': 'recognitionLevel',
  }
  const errors: Partial<Record<FormField, string>> = {}
  for (const item of error.details as unknown[]) {
    if (!item || typeof item !== 'object' || !('field' in item)) continue
    const field = String(item.field)
    const key = (map[field] ?? field) as FormField
    errors[key] = 'message' in item ? String(item.message) : ''
  }
  return errors
}

function displayValue(
  field: FormField,
  v: ModelFormValues,
  t: (key: string) => string,
  tree: ReturnType<typeof useModelLookups>['tree'],
  units: { id: string; name: string }[],
  movements: { id: string; name: string }[],
): string {
  const value = v[field]
  if (value === '' || (Array.isArray(value) && value.length === 0)) return '—'
  switch (field) {
    case 'areaId':
      return tree.byId.get(v.areaId)?.name ?? v.areaId
    case 'unitId':
      return units.find((u) => u.id === v.unitId)?.name ?? v.unitId
    case 'movementId':
      return movements.find((m) => m.id === v.movementId)?.name ?? v.movementId
    case 'field':
      return t(`models.field.${v.field}`)
    case 'status':
      return t(`models.status.${v.status}`)
    case 'isNew':
      return t(`models.novelty.${v.isNew}`)
    case 'recognitionLevel':
      return t(`models.level.${v.recognitionLevel}`)
    case 'replicatedFromId':
      return v.replicatedFromName || v.replicatedFromId
    default:
      return String(value)
  }
}

import './reporting.css'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useMutation, useQueryClient, useSuspenseQueries } from '@tanstack/react-query'
import {
  conflictCurrent,
  createMeasurement,
  measurementQueries,
  updateMeasurement,
} from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Area, Indicator, Me, Measurement, Programme, Unit } from '@/api/schemas'
import { ancestorsOf, type AreaTree } from '@/domain/area-tree'
import {
  checkFigure,
  figureFieldsOf,
  jumpWarning,
  livePercentage,
  type CheckedFigure,
  type FigureField,
  type NumberEntry,
  type RuleField,
  type RuleProblem,
} from '@/domain/measurement-rules'
import { useFormat } from '@/shared/i18n/use-format'
import { ApiError } from '@/shared/lib/api-error'
import { parseLocaleNumber } from '@/shared/lib/parse-number'
import { useDraft } from '@/shared/lib/use-draft'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Notice } from '@/shared/ui/notice'
import { VersionConflict, type ConflictRow } from '@/shared/ui/version-conflict'
import { MeasurementStatusBadge } from './measurement-status-badge'
import { historyLink } from './measurement-links'
import { useProblemText } from './use-problem-text'

type Fields = Record<FigureField | 'note' | 'reportedBy', string>
type Draft = { touched: boolean; baseVersion: number | null; fields: Fields }
type SaveVariables = {
  figure: CheckedFigure
  note: string
  reportedBy: string
  submit: boolean
  target?: { id: string; version: number }
}

type Props = {
  programme: Programme
  indicator: Indicator
  area: Area
  year: number
  me: Me
  tree: AreaTree
}

/** The units that may report for an area: its own, then those of the areas above it. */
function reportingUnits(units: Unit[], tree: AreaTree, area: Area) {
  const path = ancestorsOf(tree, area.id).reverse()
  return path.map((a) => ({ area: a, units: units.filter((u) => u.areaId === a.id) }))
}

/**
 * The figure of one indicator, area and year: the values (for a ratio indicator
 * numerator and denominator, with the percentage shown as one types), the
 * reporting unit and a note. What is typed is a draft that survives a failed
 * save, a 409 and a reload; a stale save shows both versions side by side.
 */
export function FigureEditor({ programme, indicator, area, year, me, tree }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const problemText = useProblemText()
  const queryClient = useQueryClient()
  const baseId = useId()
  const [{ data: records }, { data: units }] = useSuspenseQueries({
    queries: [
      measurementQueries.list({
        programmeId: programme.id,
        indicatorId: indicator.id,
        areaId: area.id,
      }),
      referenceQueries.units(),
    ],
  })
  const latest = (y: number) =>
    records.filter((m) => m.year === y).sort((a, b) => b.version - a.version)[0]
  const record = latest(year)
  const previous = latest(year - 1)
  const unitGroups = useMemo(() => reportingUnits(units, tree, area), [units, tree, area])
  const defaultUnit =
    unitGroups[0]?.units.find((u) => u.type === 'fatherland-front')?.id ??
    unitGroups.find((g) => g.units.length > 0)?.units[0]?.id ??
    ''

  const text = (n: number | undefined) => (n === undefined ? '' : format.number(n, 6))
  const fromRecord = (m: Measurement | undefined): Fields => ({
    value: m && indicator.aggregation !== 'ratio' ? text(m.value) : '',
    numerator: text(m?.numerator),
    denominator: text(m?.denominator),
    note: m?.note ?? '',
    reportedBy: m?.reportedBy ?? defaultUnit,
  })

  const draft = useDraft<Draft>(`report.${indicator.id}.${area.id}.${year}`, () => ({
    touched: false,
    baseVersion: record?.version ?? null,
    fields: fromRecord(record),
  }))
  // Until the user types, the form shows the stored figure (and follows its updates).
  const fields = draft.value.touched ? draft.value.fields : fromRecord(record)
  const baseVersion = draft.value.touched ? draft.value.baseVersion : (record?.version ?? null)

  // An untouched draft is only a copy of the stored figure: do not leave it behind.
  const touched = useRef(draft.value.touched)
  useEffect(() => {
    touched.current = draft.value.touched
  })
  const { clear } = draft
  useEffect(
    () => () => {
      if (!touched.current) clear()
    },
    [clear],
  )

  const [attempted, setAttempted] = useState(false)
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set())
  const [conflict, setConflict] = useState<Measurement>()
  const [saved, setSaved] = useState<'draft' | 'submitted' | 'unchanged'>()

  const entry = (value: string): NumberEntry =>
    value.trim() === '' ? 'empty' : (parseLocaleNumber(value, format.locale) ?? 'invalid')
  const check = checkFigure({
    indicator,
    programme,
    year,
    value: entry(fields.value),
    numerator: entry(fields.numerator),
    denominator: entry(fields.denominator),
    note: fields.note,
  })
  const problemOf = (field: RuleField): RuleProblem | undefined =>
    attempted || visited.has(field) ? check.problems.find((p) => p.field === field) : undefined
  const jump = check.ok ? jumpWarning(check.figure.value, previous) : undefined
  const percentage =
    indicator.aggregation === 'ratio'
      ? livePercentage(entry(fields.numerator), entry(fields.denominator))
      : undefined

  const edit = (field: keyof Fields, value: string) => {
    setSaved(undefined)
    draft.setValue((prev) => ({
      touched: true,
      baseVersion: prev.touched ? prev.baseVersion : (record?.version ?? null),
      fields: { ...(prev.touched ? prev.fields : fromRecord(record)), [field]: value },
    }))
  }
  const reset = (m: Measurement | undefined) => {
    draft.setValue({ touched: false, baseVersion: m?.version ?? null, fields: fromRecord(m) })
    draft.clear()
  }

  const save = useMutation({
    mutationFn: ({ figure, note, reportedBy, submit, target }: SaveVariables) => {
      const { value, ...counts } = figure
      const numbers = indicator.aggregation === 'ratio' ? counts : { value, ...counts }
      const body = { ...numbers, note, submit, ...(reportedBy && { reportedBy }) }
      return target
        ? updateMeasurement(target.id, { ...body, version: target.version })
        : createMeasurement({ ...body, indicatorId: indicator.id, areaId: area.id, year })
    },
    onSuccess: (result, variables) => {
      reset(result)
      setConflict(undefined)
      setAttempted(false)
      setVisited(new Set())
      setSaved(
        variables.target && result.version === variables.target.version
          ? 'unchanged'
          : result.status === 'submitted'
            ? 'submitted'
            : 'draft',
      )
      void queryClient.invalidateQueries({ queryKey: measurementQueries.all() })
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        const current = conflictCurrent(error.details)
        if (current) setConflict(current)
        void queryClient.invalidateQueries({ queryKey: measurementQueries.all() })
      }
    },
  })

  const ids = {
    value: `${baseId}-value`,
    numerator: `${baseId}-numerator`,
    denominator: `${baseId}-denominator`,
    note: `${baseId}-note`,
    reportedBy: `${baseId}-unit`,
    year: `${baseId}-year`,
    indicator: `${baseId}-indicator`,
    area: `${baseId}-area`,
  }

  const send = (submit: boolean, target: SaveVariables['target']) => {
    setAttempted(true)
    if (!check.ok) {
      const first = check.problems[0]
      if (first) document.getElementById(ids[first.field])?.focus()
      return
    }
    save.mutate({
      figure: check.figure,
      note: fields.note.trim(),
      reportedBy: fields.reportedBy,
      submit,
      target,
    })
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const submit = submitter instanceof HTMLButtonElement && submitter.value === 'submit'
    const target =
      record && baseVersion !== null
        ? { id: record.id, version: baseVersion }
        : record
          ? { id: record.id, version: record.version }
          : undefined
    send(submit, target)
  }

  const shown = (m: Measurement) =>
    `${format.value(indicator.unit, m.value)}${
      m.numerator !== undefined && m.denominator !== undefined
        ? ` (${format.integer(m.numerator)}/${format.integer(m.denominator)})`
        : ''
    }`
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id
  const signedPercent = new Intl.NumberFormat(format.locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 0,
  })

  const conflictRows = (current: Measurement): ConflictRow[] => {
    const mine = check.ok ? check.figure : undefined
    const row = (key: string, label: string, a: string, b: string): ConflictRow => ({
      key,
      label,
      mine: a || '—',
      theirs: b || '—',
      differs: a !== b,
    })
    const rows: ConflictRow[] = []
    if (indicator.aggregation === 'ratio') {
      rows.push(
        row('numerator', numeratorLabel, fields.numerator, text(current.numerator)),
        row('denominator', denominatorLabel, fields.denominator, text(current.denominator)),
      )
    } else rows.push(row('value', valueLabel, fields.value, text(current.value)))
    rows.push(
      row(
        'percentage',
        t('reporting.fields.result'),
        mine ? format.value(indicator.unit, mine.value) : '',
        format.value(indicator.unit, current.value),
      ),
      row('note', t('reporting.fields.note'), fields.note.trim(), current.note ?? ''),
      row(
        'unit',
        t('reporting.fields.unit'),
        unitName(fields.reportedBy),
        unitName(current.reportedBy),
      ),
      row(
        'status',
        t('reporting.fields.status'),
        t('reporting.status.draft'),
        t(`reporting.status.${current.status}`),
      ),
    )
    return rows
  }

  const numeratorLabel = indicator.numeratorLabel ?? t('reporting.fields.numerator')
  const denominatorLabel =
    indicator.denominatorLabel ??
    (indicator.aggregation === 'mean'
      ? t('reporting.fields.respondents')
      : t('reporting.fields.denominator'))
  const valueLabel =
    indicator.aggregation === 'mean'
      ? t('reporting.fields.score')
      : t(`reporting.fields.valueIn.${indicator.unit}`)
  const labels: Record<FigureField, string> = {
    value: valueLabel,
    numerator: numeratorLabel,
    denominator: denominatorLabel,
  }
  const quoted = Object.fromEntries(
    Object.entries({ ...labels, note: t('reporting.fields.note') }).map(([k, v]) => [
      k,
      t('reporting.quoted', { text: v }),
    ]),
  )
  const example = format.number(1234.5)

  return (
    <div className="figure-editor">
      <section className="figure-editor__current" aria-label={t('reporting.form.currentLabel')}>
        {record ? (
          <>
            <p>
              {t('reporting.form.current', { value: shown(record) })}{' '}
              <MeasurementStatusBadge status={record.status} />
            </p>
            <p className="figure-editor__meta">
              {t('reporting.form.reported', {
                unit: unitName(record.reportedBy),
                date: format.dateTime(record.reportedAt),
                version: record.version,
              })}{' '}
              <Link to={historyLink(record.id)}>{t('reporting.form.history')}</Link>
            </p>
            {record.status !== 'draft' && (
              <p className="figure-editor__meta">{t(`reporting.form.reopens.${record.status}`)}</p>
            )}
          </>
        ) : (
          <p>{t('reporting.form.none', { area: area.name, year })}</p>
        )}
        <p className="figure-editor__meta">
          {previous
            ? t('reporting.form.previous', { year: previous.year, value: shown(previous) })
            : t('reporting.form.noPrevious', { year: year - 1 })}
        </p>
      </section>

      {draft.restored && draft.value.touched && (
        <Notice>
          {t('reporting.form.restored')}{' '}
          <button type="button" className="button button--quiet" onClick={() => reset(record)}>
            {t('reporting.form.discard')}
          </button>
        </Notice>
      )}

      {conflict && (
        <VersionConflict
          rows={conflictRows(conflict)}
          theirsBy={t('reporting.form.theirsBy', {
            unit: unitName(conflict.reportedBy),
            date: format.dateTime(conflict.reportedAt),
            version: conflict.version,
          })}
          onKeepMine={() => send(false, { id: conflict.id, version: conflict.version })}
          onTakeTheirs={() => {
            reset(conflict)
            setConflict(undefined)
          }}
        />
      )}

      <form className="figure-editor__form" noValidate onSubmit={onSubmit}>
        <p className="field-hint">{t('reporting.form.numberHint', { example })}</p>
        <div className="figure-editor__numbers">
          {figureFieldsOf(indicator).map(({ field, required }) => {
            const problem = problemOf(field)
            const errorId = `${ids[field]}-error`
            return (
              <div className="field" key={field}>
                <label htmlFor={ids[field]}>
                  {labels[field]}
                  {required ? (
                    <span aria-hidden="true"> *</span>
                  ) : (
                    ` ${t('reporting.form.optional')}`
                  )}
                </label>
                <input
                  id={ids[field]}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={fields[field]}
                  aria-required={required}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? errorId : undefined}
                  onChange={(event) => edit(field, event.target.value)}
                  onBlur={() => setVisited((v) => new Set(v).add(field))}
                />
                {problem && (
                  <p id={errorId} className="field-error">
                    <span aria-hidden="true">⚠ </span>
                    {problemText(problem, quoted)}
                  </p>
                )}
              </div>
            )
          })}
          {indicator.aggregation === 'ratio' && (
            <div className="field">
              <span id={`${baseId}-percentage`}>{t('reporting.fields.result')}</span>
              <output
                className="figure-editor__percentage"
                htmlFor={`${ids.numerator} ${ids.denominator}`}
                aria-labelledby={`${baseId}-percentage`}
                aria-live="polite"
              >
                {percentage === undefined ? '—' : format.value('percent', percentage)}
              </output>
            </div>
          )}
        </div>
        {jump && (
          <p className="field-warning" role="status">
            <span aria-hidden="true">⚠ </span>
            {t('reporting.warnings.jump', {
              change: signedPercent.format(jump.params.change),
              year: jump.params.previousYear,
              previous: format.value(indicator.unit, jump.params.previous),
            })}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.reportedBy}>{t('reporting.fields.unit')}</label>
          <select
            id={ids.reportedBy}
            value={fields.reportedBy}
            onChange={(event) => edit('reportedBy', event.target.value)}
          >
            {unitGroups
              .filter((g) => g.units.length > 0)
              .map((group) => (
                <optgroup key={group.area.id} label={group.area.name}>
                  {group.units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.note}>
            {t('reporting.fields.note')} {t('reporting.form.optional')}
          </label>
          <textarea
            id={ids.note}
            rows={3}
            value={fields.note}
            aria-invalid={problemOf('note') ? true : undefined}
            aria-describedby={problemOf('note') ? `${ids.note}-error` : undefined}
            onChange={(event) => edit('note', event.target.value)}
          />
          {problemOf('note') && (
            <p id={`${ids.note}-error`} className="field-error">
              {problemText(problemOf('note') as RuleProblem, quoted)}
            </p>
          )}
        </div>
        {attempted && !check.ok && (
          <p className="field-error" role="alert">
            {t('reporting.form.fix', { count: check.problems.length })}
          </p>
        )}
        {save.isError && !conflict && <ErrorMessage error={save.error} />}
        <div className="figure-editor__actions">
          <button
            type="submit"
            className="button button--quiet"
            value="draft"
            disabled={save.isPending}
          >
            {t('reporting.form.saveDraft')}
          </button>
          <button type="submit" className="button" value="submit" disabled={save.isPending}>
            {t('reporting.form.saveSubmit')}
          </button>
          <p role="status" className="figure-editor__saved">
            {save.isPending
              ? t('reporting.form.saving')
              : saved
                ? t(`reporting.form.saved.${saved}`)
                : ''}
          </p>
        </div>
      </form>
      {me.role === 'editor' && <p className="field-hint">{t('reporting.form.editorHint')}</p>}
    </div>
  )
}

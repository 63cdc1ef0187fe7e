import './reporting.css'
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQueryClient, useSuspenseQueries } from '@tanstack/react-query'
import {
  importMeasurements,
  measurementQueries,
  type ImportSummary,
} from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import {
  createImportValidator,
  importColumns,
  isBlankRow,
  mapHeader,
  type HeaderProblem,
  type ImportColumn,
  type ImportRowResult,
} from '@/domain/import-rules'
import { indexMeasurements } from '@/domain/measurement-index'
import { canWrite } from '@/domain/permissions'
import { useFormat } from '@/shared/i18n/use-format'
import { CsvError, downloadCsv, parseCsv, toCsv } from '@/shared/lib/csv'
import { parseLocaleNumber } from '@/shared/lib/parse-number'
import { DataTable } from '@/shared/ui/data-table'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Notice } from '@/shared/ui/notice'
import { useProblemText } from './use-problem-text'

/** Rows validated between two pauses that let the page handle input and paint. */
const CHUNK = 500
const PREVIEW_PAGE = 50

type Checked = {
  fileName: string
  header: string[]
  headerProblems: HeaderProblem[]
  results: ImportRowResult[]
}
type State =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; done: number; total: number }
  | { step: 'unreadable'; fileName: string; row?: number }
  | ({ step: 'checked' } & Checked)

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
const columnLetter = (index: number) => {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/**
 * CSV import: a template with the headers in the active language, then a
 * file checked row by row (in chunks, so 10,000 rows never freeze the page),
 * a preview naming every problem by row and column, and an all-or-nothing apply.
 */
export function ImportView({ programme }: { programme: Programme }) {
  const { t } = useTranslation()
  const format = useFormat()
  const problemText = useProblemText()
  const queryClient = useQueryClient()
  const inputId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const run = useRef(0)
  const [{ data: me }, { data: areas }, { data: stored }] = useSuspenseQueries({
    queries: [
      referenceQueries.me(),
      referenceQueries.areas(),
      measurementQueries.list({ programmeId: programme.id }),
    ],
  })
  const tree = areaTreeOf(areas)
  const existing = useMemo(() => indexMeasurements(stored), [stored])
  const [state, setState] = useState<State>({ step: 'idle' })
  const [shownRows, setShownRows] = useState(PREVIEW_PAGE)
  const [shownProblems, setShownProblems] = useState(PREVIEW_PAGE)
  const [applied, setApplied] = useState<ImportSummary>()

  const columnName = (column: ImportColumn) => t(`reporting.import.columns.${column}`)
  const names = Object.fromEntries(importColumns.map((c) => [c, [columnName(c), c]])) as Record<
    ImportColumn,
    string[]
  >

  const apply = useMutation({
    mutationFn: (results: ImportRowResult[]) =>
      importMeasurements(
        results.flatMap((r) =>
          r.record && r.kind !== 'unchanged' ? [{ row: r.row, ...r.record }] : [],
        ),
      ),
    onSuccess: (summary) => {
      setApplied(summary)
      setState({ step: 'idle' })
      if (fileInput.current) fileInput.current.value = ''
      void queryClient.invalidateQueries({ queryKey: measurementQueries.all() })
    },
  })

  if (me.role === 'viewer') return <Notice tone="warning">{t('reporting.import.viewer')}</Notice>

  const downloadTemplate = () => {
    const decimal = new Intl.NumberFormat(format.locale)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value
    const csv = toCsv([importColumns.map(columnName)], { delimiter: decimal === ',' ? ';' : ',' })
    downloadCsv(t('reporting.import.templateFile'), csv)
  }

  const check = async (file: File) => {
    const token = ++run.current
    apply.reset()
    setApplied(undefined)
    setShownRows(PREVIEW_PAGE)
    setShownProblems(PREVIEW_PAGE)
    setState({ step: 'checking', fileName: file.name, done: 0, total: 0 })
    let records: string[][]
    try {
      records = parseCsv(await file.text())
    } catch (error) {
      if (token === run.current)
        setState({
          step: 'unreadable',
          fileName: file.name,
          ...(error instanceof CsvError && { row: error.row }),
        })
      return
    }
    if (token !== run.current) return
    const [header = [], ...rows] = records
    const mapped = mapHeader(header, names)
    if (mapped.problems.length > 0 || header.length === 0) {
      setState({
        step: 'checked',
        fileName: file.name,
        header,
        headerProblems: mapped.problems,
        results: [],
      })
      return
    }
    const validate = createImportValidator({
      programme,
      columns: mapped.columns,
      hasArea: (id) => tree.byId.has(id),
      inScope: (id) => canWrite(me, tree, id).allowed,
      existing,
      parseNumber: (text) => parseLocaleNumber(text, format.locale),
    })
    const results: ImportRowResult[] = []
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i] ?? []
      if (!isBlankRow(cells)) results.push(validate(cells, i + 2))
      if ((i + 1) % CHUNK === 0 && i + 1 < rows.length) {
        setState({ step: 'checking', fileName: file.name, done: i + 1, total: rows.length })
        await pause()
        if (token !== run.current) return
      }
    }
    setState({ step: 'checked', fileName: file.name, header, headerProblems: [], results })
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) void check(file)
  }

  return (
    <div className="import-view">
      <section className="import-view__step" aria-labelledby={`${inputId}-template`}>
        <h3 id={`${inputId}-template`}>{t('reporting.import.templateTitle')}</h3>
        <p>{t('reporting.import.templateText', { example: format.number(1234.5) })}</p>
        <button type="button" className="button button--quiet" onClick={downloadTemplate}>
          {t('reporting.import.download')}
        </button>
        <details className="import-view__guide">
          <summary>{t('reporting.import.guide')}</summary>
          <ul>
            {importColumns.map((c) => (
              <li key={c}>
                <strong>{columnName(c)}</strong>: {t(`reporting.import.columnHelp.${c}`)}
              </li>
            ))}
          </ul>
          <table className="data-table">
            <caption>{t('reporting.import.codes')}</caption>
            <thead>
              <tr>
                <th scope="col">{columnName('indicator')}</th>
                <th scope="col">{t('reporting.fields.indicator')}</th>
                <th scope="col">{t('reporting.import.needs')}</th>
              </tr>
            </thead>
            <tbody>
              {programme.indicators.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.code}</th>
                  <td>{i.name}</td>
                  <td>{t(`reporting.import.needsBy.${i.aggregation}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section className="import-view__step" aria-labelledby={`${inputId}-upload`}>
        <h3 id={`${inputId}-upload`}>{t('reporting.import.uploadTitle')}</h3>
        <div className="field">
          <label htmlFor={inputId}>{t('reporting.import.file')}</label>
          <input
            ref={fileInput}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
          />
        </div>
        <div aria-live="polite">
          {state.step === 'checking' && (
            <p>
              {t('reporting.import.checking', {
                done: format.integer(state.done),
                total: format.integer(state.total),
              })}{' '}
              <progress
                max={state.total || 1}
                value={state.done}
                aria-label={t('reporting.import.progress')}
              />
            </p>
          )}
          {applied && (
            <Notice>
              {t('reporting.import.applied', {
                added: format.integer(applied.added),
                changed: format.integer(applied.changed),
                unchanged: format.integer(applied.unchanged),
              })}
            </Notice>
          )}
        </div>
        {state.step === 'unreadable' && (
          <div role="alert" className="error-message">
            {state.row
              ? t('reporting.import.unclosedQuote', { row: state.row })
              : t('reporting.import.unreadable')}
          </div>
        )}
      </section>

      {state.step === 'checked' && (
        <CheckedFile
          checked={state}
          programme={programme}
          areaName={(id) => tree.byId.get(id)?.name ?? id}
          columnName={columnName}
          problemText={problemText}
          shownRows={shownRows}
          shownProblems={shownProblems}
          onMoreRows={() => setShownRows((n) => n + PREVIEW_PAGE)}
          onMoreProblems={() => setShownProblems((n) => n + PREVIEW_PAGE)}
          applying={apply.isPending}
          onApply={() => apply.mutate(state.results)}
          applyError={apply.isError ? apply.error : undefined}
        />
      )}
    </div>
  )
}

function CheckedFile({
  checked,
  programme,
  areaName,
  columnName,
  problemText,
  shownRows,
  shownProblems,
  onMoreRows,
  onMoreProblems,
  applying,
  onApply,
  applyError,
}: {
  checked: Checked
  programme: Programme
  areaName: (id: string) => string
  columnName: (column: ImportColumn) => string
  problemText: ReturnType<typeof useProblemText>
  shownRows: number
  shownProblems: number
  onMoreRows: () => void
  onMoreProblems: () => void
  applying: boolean
  onApply: () => void
  applyError: unknown
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { results, headerProblems, header } = checked
  const count = (kind: ImportRowResult['kind']) => results.filter((r) => r.kind === kind).length
  const counts = {
    add: count('add'),
    change: count('change'),
    unchanged: count('unchanged'),
    invalid: count('invalid'),
  }
  const problems = results.flatMap((r) => r.problems)
  const warnings = results.flatMap((r) => r.warnings)
  const indicators = new Map(programme.indicators.map((i) => [i.id, i]))
  const columnOf = (column: ImportColumn) => {
    const index = header.findIndex(
      (h) =>
        h.trim().toLocaleLowerCase('vi') === columnName(column).toLocaleLowerCase('vi') ||
        h.trim().toLowerCase() === column,
    )
    return index === -1
      ? columnName(column)
      : t('reporting.import.column', { name: header[index]?.trim(), letter: columnLetter(index) })
  }
  const labels = Object.fromEntries(importColumns.map((c) => [c, columnOf(c)]))

  if (headerProblems.length > 0 || header.length === 0)
    return (
      <section className="import-view__result" aria-label={t('reporting.import.resultLabel')}>
        <div role="alert" className="error-message">
          <p className="error-message__title">
            {t('reporting.import.badHeader', { file: checked.fileName })}
          </p>
          <ul>
            {header.length === 0 && <li>{t('reporting.import.empty')}</li>}
            {headerProblems.map((p, n) => (
              <li key={n}>
                {p.code === 'unknown-column'
                  ? t('reporting.import.unknownColumn', {
                      name: p.header,
                      letter: columnLetter(p.index),
                    })
                  : p.code === 'repeated-column'
                    ? t('reporting.import.repeatedColumn', {
                        name: columnName(p.column),
                        letter: columnLetter(p.index),
                      })
                    : t('reporting.import.missingColumn', { name: columnName(p.column) })}
              </li>
            ))}
          </ul>
          <p>
            {t('reporting.import.expected', { names: importColumns.map(columnName).join(', ') })}
          </p>
        </div>
      </section>
    )

  const changes = counts.add + counts.change
  const value = (r: ImportRowResult, v: number | undefined) => {
    const indicator = r.record ? indicators.get(r.record.indicatorId) : undefined
    return v === undefined || !indicator ? '' : format.value(indicator.unit, v)
  }
  const outcome = (r: ImportRowResult) => {
    switch (r.kind) {
      case 'add':
        return t('reporting.import.kind.add')
      case 'unchanged':
        return t('reporting.import.kind.unchanged')
      case 'invalid':
        return t('reporting.import.kind.invalid', { count: r.problems.length })
      case 'change':
        return t('reporting.import.kind.change', {
          old: value(r, r.existing?.value),
          new: value(r, r.record?.value),
        })
    }
  }

  return (
    <section className="import-view__result" aria-label={t('reporting.import.resultLabel')}>
      <p role="status" className="import-view__summary">
        {t('reporting.import.summary', {
          file: checked.fileName,
          rows: format.integer(results.length),
          add: format.integer(counts.add),
          change: format.integer(counts.change),
          unchanged: format.integer(counts.unchanged),
          invalid: format.integer(counts.invalid),
        })}
      </p>
      {problems.length > 0 && (
        <>
          <Notice tone="warning">
            {t('reporting.import.blocked', { count: problems.length, rows: counts.invalid })}
          </Notice>
          <DataTable
            caption={t('reporting.import.problems', { count: problems.length })}
            rows={problems.slice(0, shownProblems).map((p, n) => ({ ...p, n }))}
            rowKey={(p) => String(p.n)}
            columns={[
              {
                key: 'row',
                header: t('reporting.import.row'),
                rowHeader: true,
                cell: (p) => p.row,
              },
              {
                key: 'column',
                header: t('reporting.import.columnHeader'),
                cell: (p) => labels[p.column],
              },
              {
                key: 'problem',
                header: t('reporting.import.problem'),
                cell: (p) => problemText(p, labels),
              },
            ]}
          />
          {problems.length > shownProblems && (
            <button type="button" className="button button--quiet" onClick={onMoreProblems}>
              {t('reporting.lists.more', {
                count: Math.min(PREVIEW_PAGE, problems.length - shownProblems),
              })}
            </button>
          )}
        </>
      )}
      {warnings.length > 0 && (
        <details className="import-view__warnings">
          <summary>{t('reporting.import.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.slice(0, 200).map((w, n) => (
              <li key={n}>
                {t('reporting.import.at', { row: w.row, column: labels[w.column] })}{' '}
                {w.code === 'jump'
                  ? t('reporting.warnings.jumpShort', {
                      change: new Intl.NumberFormat(format.locale, {
                        style: 'percent',
                        signDisplay: 'exceptZero',
                        maximumFractionDigits: 0,
                      }).format(w.params.change),
                      year: w.params.previousYear,
                    })
                  : t('reporting.warnings.replacesVerified')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {results.length > 0 && (
        <>
          <DataTable
            caption={t('reporting.import.preview', {
              shown: format.integer(Math.min(shownRows, results.length)),
              count: format.integer(results.length),
            })}
            rows={results.slice(0, shownRows)}
            rowKey={(r) => String(r.row)}
            columns={[
              {
                key: 'row',
                header: t('reporting.import.row'),
                rowHeader: true,
                cell: (r) => r.row,
              },
              {
                key: 'indicator',
                header: columnName('indicator'),
                cell: (r) => r.cells.indicator ?? '',
              },
              {
                key: 'area',
                header: columnName('area'),
                cell: (r) =>
                  r.record
                    ? `${r.record.areaId} · ${areaName(r.record.areaId)}`
                    : (r.cells.area ?? ''),
              },
              { key: 'year', header: columnName('year'), cell: (r) => r.cells.year ?? '' },
              {
                key: 'value',
                header: t('reporting.fields.result'),
                numeric: true,
                cell: (r) =>
                  r.record
                    ? value(r, r.record.value)
                    : [r.cells.value, r.cells.numerator, r.cells.denominator]
                        .filter(Boolean)
                        .join(' · '),
              },
              {
                key: 'outcome',
                header: t('reporting.import.outcome'),
                cell: (r) => (
                  <span className={`import-kind import-kind--${r.kind}`}>{outcome(r)}</span>
                ),
              },
            ]}
          />
          {results.length > shownRows && (
            <button type="button" className="button button--quiet" onClick={onMoreRows}>
              {t('reporting.lists.more', {
                count: Math.min(PREVIEW_PAGE, results.length - shownRows),
              })}
            </button>
          )}
        </>
      )}
      {applyError !== undefined && <ErrorMessage error={applyError} />}
      <div className="import-view__apply">
        <button
          type="button"
          className="button"
          disabled={problems.length > 0 || changes === 0 || applying}
          onClick={onApply}
        >
          {t('reporting.import.apply', { count: changes })}
        </button>
        {problems.length === 0 && changes === 0 && results.length > 0 && (
          <span>{t('reporting.import.nothing')}</span>
        )}
      </div>
    </section>
  )
}

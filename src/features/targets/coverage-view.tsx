import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { coverageByChild, coverageMatrix, type CoverageCell } from '@/domain/coverage'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import { useTargetData } from './use-target-data'
import './targets.css'

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/** Complete, partial or empty: an icon as well as the numbers (never colour alone). */
const completeness = (cell: CoverageCell) =>
  cell.reported === 0 ? 'none' : cell.reported === cell.expected ? 'full' : 'partial'
const icons = { none: '○', partial: '◐', full: '●' } as const

/**
 * Which figures exist, separate from progress: per indicator and year, how many of the reporting
 * communes have reported and how many reports are still unverified; per sub-area for the as-of
 * year, which reports are missing.
 */
export function CoverageView({
  programme,
  area,
  year,
}: {
  programme: Programme
  area: Area
  year: number
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { tree, index } = useTargetData(programme, area.id)
  const years = range(programme.baselineYear, year)
  const matrix = useMemo(
    () =>
      coverageMatrix(
        programme.indicators,
        tree,
        index,
        area.id,
        range(programme.baselineYear, year),
      ),
    [programme, tree, index, area.id, year],
  )
  const byChild = useMemo(
    () => coverageByChild(programme.indicators, tree, index, area.id, year),
    [programme, tree, index, area.id, year],
  )
  const codeOf = new Map(programme.indicators.map((i) => [i.id, i.code]))
  const nameOf = (id: string) => tree.byId.get(id)?.name ?? id

  const cellText = (cell: CoverageCell) => {
    const state = completeness(cell)
    const unverified = cell.draft + cell.submitted
    return (
      <span className={`coverage-cell coverage-cell--${state}`}>
        <span aria-hidden="true" className="coverage-cell__icon">
          {icons[state]}
        </span>
        {t('targets.coverage.reported', {
          reported: format.integer(cell.reported),
          expected: format.integer(cell.expected),
        })}
        {unverified > 0 && (
          <span className="coverage-cell__unverified">
            {t('targets.coverage.unverified', { count: unverified })}
          </span>
        )}
      </span>
    )
  }

  const missingText = (row: (typeof byChild)[number]) => {
    if (row.missing.length === 0) return t('targets.coverage.noneMissing')
    const byArea = new Map<string, string[]>()
    for (const { areaId, indicatorId } of row.missing) {
      const codes = byArea.get(areaId) ?? []
      codes.push(codeOf.get(indicatorId) ?? indicatorId)
      byArea.set(areaId, codes)
    }
    const items = [...byArea.entries()].map(([areaId, codes]) => (
      <li key={areaId}>
        {nameOf(areaId)}:{' '}
        {codes.length === programme.indicators.length
          ? t('targets.coverage.allIndicators')
          : codes.join(', ')}
      </li>
    ))
    return (
      <details className="coverage-missing">
        <summary>{t('targets.coverage.missingCount', { count: row.missing.length })}</summary>
        <ul>{items}</ul>
      </details>
    )
  }

  return (
    <div className="coverage">
      <p className="coverage__legend">
        <span aria-hidden="true">{icons.full}</span> {t('targets.coverage.full')} ·{' '}
        <span aria-hidden="true">{icons.partial}</span> {t('targets.coverage.partial')} ·{' '}
        <span aria-hidden="true">{icons.none}</span> {t('targets.coverage.none')}.{' '}
        {t('targets.coverage.explain')}
      </p>
      <DataTable
        caption={t('targets.coverage.matrixCaption', { area: area.name })}
        rows={programme.indicators}
        rowKey={(indicator) => indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('targets.scorecard.indicator'),
            rowHeader: true,
            cell: (indicator) => (
              <>
                <span className="indicator-code">{indicator.code}</span> {indicator.name}
              </>
            ),
          },
          ...years.map((y) => ({
            key: String(y),
            header:
              y === programme.baselineYear
                ? t('targets.coverage.baselineYear', { year: y })
                : String(y),
            numeric: true,
            cell: (indicator: Programme['indicators'][number]) => {
              const cell = matrix.get(indicator.id)?.get(y)
              return cell ? cellText(cell) : '—'
            },
          })),
        ]}
      />
      <DataTable
        caption={t('targets.coverage.childCaption', { area: area.name, year })}
        rows={byChild}
        rowKey={(row) => row.area.id}
        columns={[
          {
            key: 'area',
            header: t('common.area'),
            rowHeader: true,
            cell: (row) => row.area.name,
          },
          { key: 'reported', header: t('targets.coverage.reports'), numeric: true, cell: cellText },
          { key: 'missing', header: t('targets.coverage.missing'), cell: missingText },
        ]}
      />
    </div>
  )
}

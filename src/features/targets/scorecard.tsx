import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import { statuses, summarizeStatuses, type Status } from '@/domain/status'
import {
  SortableTable,
  sortRows,
  type SortableColumn,
  type SortState,
} from '@/shared/ui/sortable-table'
import { StatusBadge } from '@/shared/ui/status-badge'
import type { ProvenanceSlot } from './provenance'
import { TrendSparkline } from './trend-sparkline'
import { useAssessments, useTargetData } from './use-target-data'
import { useFigureText } from './use-figure-text'
import './targets.css'

/** Status order for sorting: best first. */
const statusRank: Record<Status, number> = {
  achieved: 0,
  'on-track': 1,
  'at-risk': 2,
  'off-track': 3,
  'no-data': 4,
}

export const scorecardSortKeys = ['code', 'name', 'attainment', 'status'] as const

type Props = {
  programme: Programme
  area: Area
  year: number
  /** Only these statuses are listed; empty = all. */
  statusFilter: Status[]
  onStatusFilterChange: (statuses: Status[]) => void
  sort: SortState
  onSortChange: (sort: SortState) => void
  indicatorHref: (indicatorId: string) => string
  provenance?: ProvenanceSlot
}

/**
 * Every indicator of the programme for the area as of the year: baseline, target, latest actual,
 * attainment, status, trend, forecast and pace. Sortable, filterable by status.
 */
export function Scorecard({
  programme,
  area,
  year,
  statusFilter,
  onStatusFilterChange,
  sort,
  onSortChange,
  indicatorHref,
  provenance,
}: Props) {
  const { t } = useTranslation()
  const text = useFigureText()
  const { tree } = useTargetData(programme, area.id)
  const assessments = useAssessments(programme, area.id, year)
  const counts = summarizeStatuses(assessments)
  const rows =
    statusFilter.length === 0
      ? assessments
      : assessments.filter((a) => statusFilter.includes(a.status))
  const areaName = (id: string) => tree.byId.get(id)?.name ?? id

  const columns: SortableColumn<IndicatorAssessment>[] = [
    {
      key: 'code',
      header: t('targets.scorecard.code'),
      cell: (a) => <span className="indicator-code">{a.indicator.code}</span>,
      sortValue: (a) => a.indicator.code,
    },
    {
      key: 'name',
      header: t('targets.scorecard.indicator'),
      rowHeader: true,
      className: 'scorecard__name',
      cell: (a) => <Link to={indicatorHref(a.indicator.id)}>{a.indicator.name}</Link>,
      sortValue: (a) => a.indicator.name,
    },
    {
      key: 'baseline',
      header: t('targets.scorecard.baseline', { year: programme.baselineYear }),
      numeric: true,
      cell: (a) => (a.baseline ? text.value(a.indicator, a.baseline.value) : '—'),
    },
    {
      key: 'target',
      header: t('targets.scorecard.target', { year: programme.endYear }),
      numeric: true,
      cell: (a) =>
        a.target ? (
          <>
            {text.value(a.indicator, a.target.value)}
            {a.target.inherited && (
              <span className="scorecard__note">
                {text.targetSource(a.target, area.id, areaName)}
              </span>
            )}
          </>
        ) : (
          <span className="scorecard__note">{t('targets.figures.noTarget')}</span>
        ),
    },
    {
      key: 'actual',
      header: t('targets.scorecard.actual'),
      numeric: true,
      cell: (a) =>
        a.actual ? (
          <>
            <span className="scorecard__value">{text.value(a.indicator, a.actual.value)}</span>
            <span className="scorecard__note">
              {text.fraction(a) && <>{text.fraction(a)} · </>}
              {t('targets.figures.inYear', { year: a.actual.year })}
            </span>
            {provenance?.({ indicatorId: a.indicator.id, areaId: area.id, year: a.actual.year })}
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'attainment',
      header: t('targets.scorecard.attainment'),
      numeric: true,
      cell: (a) => text.attainment(a),
      sortValue: (a) => a.attainment,
    },
    {
      key: 'status',
      header: t('targets.scorecard.status'),
      cell: (a) => <StatusBadge status={a.status} />,
      sortValue: (a) => statusRank[a.status],
      firstDirection: 'asc',
    },
    {
      key: 'trend',
      header: t('targets.scorecard.trend'),
      cell: (a) => (
        <TrendSparkline
          series={a.series}
          label={t('targets.scorecard.trendLabel', {
            values:
              a.series
                .filter((p) => p.value !== undefined)
                .map((p) => `${p.year}: ${text.value(a.indicator, p.value as number)}`)
                .join('; ') || '—',
          })}
        />
      ),
    },
    {
      key: 'forecast',
      header: t('targets.scorecard.forecast', { year: programme.endYear }),
      className: 'scorecard__wrap',
      cell: (a) => text.forecast(a, programme.endYear),
    },
    {
      key: 'pace',
      header: t('targets.scorecard.pace'),
      className: 'scorecard__wrap',
      cell: (a) =>
        a.status === 'achieved'
          ? t('targets.figures.paceDone')
          : (text.pace(a) ?? <span className="scorecard__note">—</span>),
    },
  ]

  const toggle = (status: Status, on: boolean) =>
    onStatusFilterChange(statuses.filter((s) => (s === status ? on : statusFilter.includes(s))))
  const sortColumn = columns.find((c) => c.key === sort.key)
  const shownCount = sortRows(rows, columns, sort).length

  return (
    <div className="scorecard">
      <fieldset className="status-filter">
        <legend>{t('targets.scorecard.filterLegend')}</legend>
        {statuses.map((status) => (
          <label key={status} className="status-filter__option">
            <input
              type="checkbox"
              checked={statusFilter.includes(status)}
              onChange={(event) => toggle(status, event.target.checked)}
            />
            <StatusBadge status={status} />
            <span className="status-filter__count">({counts[status]})</span>
          </label>
        ))}
        {statusFilter.length > 0 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onStatusFilterChange([])}
          >
            {t('targets.scorecard.showAll')}
          </button>
        )}
      </fieldset>
      <p className="visually-hidden" aria-live="polite">
        {t('targets.scorecard.announce', {
          shown: shownCount,
          total: assessments.length,
          column: typeof sortColumn?.header === 'string' ? sortColumn.header : sort.key,
          direction: t(`targets.scorecard.${sort.direction}`),
        })}
      </p>
      {rows.length === 0 ? (
        <p>{t('targets.scorecard.noneMatch')}</p>
      ) : (
        <SortableTable
          caption={t('targets.scorecard.caption', {
            area: area.name,
            year,
            shown: rows.length,
            total: assessments.length,
          })}
          columns={columns}
          rows={rows}
          rowKey={(a) => a.indicator.id}
          sort={sort}
          onSortChange={onSortChange}
        />
      )}
    </div>
  )
}

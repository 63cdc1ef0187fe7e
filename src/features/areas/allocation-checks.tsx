import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { allocationCheck } from '@/domain/targets'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import { Notice } from '@/shared/ui/notice'
import './areas.css'

/**
 * For `sum` indicators (ratio and mean targets do not add up): do the targets allocated to the
 * children add up to the area's own target? A visible warning where they do not, and the
 * children without a target.
 */
export function AllocationChecks({ programme, area }: { programme: Programme; area: Area }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: areas }, { data: targets }] = useSuspenseQueries({
    queries: [referenceQueries.areas(), targetQueries.list(programme.id)],
  })
  const tree = areaTreeOf(areas)
  const children = tree.childrenOf(area.id)
  const rows = programme.indicators
    .filter((indicator) => indicator.aggregation === 'sum')
    .map((indicator) => ({
      indicator,
      check: allocationCheck(indicator, tree, targets, area.id, programme.endYear),
    }))
    // an indicator with no target at this level nor below has nothing to check
    .filter(
      ({ check }) =>
        check.parentTarget !== undefined || check.childrenWithoutTarget.length < children.length,
    )
  if (children.length === 0) return <p>{t('areas.allocation.noChildren', { area: area.name })}</p>
  if (rows.length === 0) return <p>{t('areas.allocation.none', { area: area.name })}</p>

  const names = (list: Area[]) => list.map((a) => a.name).join(', ')
  const allocatedNothing = (check: (typeof rows)[number]['check']) =>
    check.childrenWithoutTarget.length === children.length
  // A target kept at this level and not allocated at all is a choice, not an inconsistency.
  const problems = rows.filter(({ check }) => !check.consistent && !allocatedNothing(check))
  const verdict = (check: (typeof rows)[number]['check']) => {
    if (check.consistent)
      return (
        <span className="allocation-ok">
          <span aria-hidden="true">✓ </span>
          {t('areas.allocation.addsUp')}
        </span>
      )
    if (allocatedNothing(check))
      return (
        <span className="allocation-info">
          <span aria-hidden="true">ⓘ </span>
          {t('areas.allocation.notAllocated')}
        </span>
      )
    return (
      <span className="allocation-warning">
        <span aria-hidden="true">⚠ </span>
        {check.difference === 0
          ? t('areas.allocation.incomplete')
          : t('areas.allocation.differs', { difference: format.signed(check.difference, 2) })}
      </span>
    )
  }

  return (
    <div className="allocation">
      {problems.map(({ indicator, check }) => (
        <Notice key={indicator.id} tone="warning">
          <strong>
            {indicator.code} {indicator.name}:
          </strong>{' '}
          {check.parentTarget !== undefined &&
            check.childrenTotal !== check.parentTarget &&
            t('areas.allocation.warningSum', {
              total: format.number(check.childrenTotal, 2),
              target: format.number(check.parentTarget, 2),
              area: area.name,
            })}{' '}
          {check.childrenWithoutTarget.length > 0 &&
            t('areas.allocation.warningMissing', {
              count: check.childrenWithoutTarget.length,
              names: names(check.childrenWithoutTarget),
            })}
        </Notice>
      ))}
      <DataTable
        caption={t('areas.allocation.caption', { area: area.name, year: programme.endYear })}
        rows={rows}
        rowKey={(row) => row.indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('areas.indicator'),
            rowHeader: true,
            cell: ({ indicator }) => (
              <>
                <span className="indicator-code">{indicator.code}</span> {indicator.name}
              </>
            ),
          },
          {
            key: 'parent',
            header: t('areas.allocation.parentTarget', { area: area.name }),
            numeric: true,
            cell: ({ check }) =>
              check.parentTarget === undefined ? '—' : format.number(check.parentTarget, 2),
          },
          {
            key: 'children',
            header: t('areas.allocation.childrenTotal'),
            numeric: true,
            cell: ({ check }) => format.number(check.childrenTotal, 2),
          },
          {
            key: 'verdict',
            header: t('areas.allocation.check'),
            cell: ({ check }) => verdict(check),
          },
          {
            key: 'without',
            header: t('areas.allocation.without'),
            cell: ({ check }) =>
              check.childrenWithoutTarget.length === 0
                ? '—'
                : check.childrenWithoutTarget.length === children.length
                  ? t('areas.allocation.allChildren')
                  : names(check.childrenWithoutTarget),
          },
        ]}
      />
    </div>
  )
}

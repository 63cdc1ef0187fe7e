import './reporting.css'
import { Suspense, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useSuspenseQueries } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import type { Area, Me, Programme } from '@/api/schemas'
import { areaTreeOf, descendantIds, type AreaTree } from '@/domain/area-tree'
import { reportingYears } from '@/domain/measurement-rules'
import { canWrite } from '@/domain/permissions'
import { Notice } from '@/shared/ui/notice'
import { Skeleton } from '@/shared/ui/skeleton'
import { FigureEditor } from './figure-editor'
import { IndicatorOptions } from '@/shared/ui/indicator-options'

export type ReportSelection = { indicator?: string; area?: string; year?: number }

type Props = {
  programme: Programme
  indicatorId: string
  areaId: string
  year: number
  /** Changes the chosen indicator, area or year (they live in the URL). */
  onSelect: (patch: ReportSelection) => void
}

/** The areas a user may report for, in tree order, grouped by district for the select. */
function scopeGroups(me: Me, tree: AreaTree) {
  const ids = new Set(me.areaIds.flatMap((id) => descendantIds(tree, id)))
  const top: Area[] = []
  const groups = new Map<string, { label: string; areas: Area[] }>()
  const visit = (area: Area) => {
    if (ids.has(area.id)) {
      if (area.level === 'province') top.push(area)
      else {
        const groupId = area.level === 'district' ? area.id : (area.parentId ?? area.id)
        const label = tree.byId.get(groupId)?.name ?? area.name
        const group = groups.get(groupId) ?? { label, areas: [] }
        group.areas.push(area)
        groups.set(groupId, group)
      }
    }
    for (const child of tree.childrenOf(area.id)) visit(child)
  }
  for (const root of tree.roots) visit(root)
  return { ids, top, groups: [...groups.entries()] }
}

/**
 * Data entry: pick an indicator, an area within the user's scope and a year,
 * then enter the figure. The figure editor below is keyed by the choice, so
 * each choice has its own draft.
 */
export function ReportForm({ programme, indicatorId, areaId, year, onSelect }: Props) {
  const { t } = useTranslation()
  const ids = { indicator: useId(), area: useId(), year: useId() }
  const [{ data: me }, { data: areas }] = useSuspenseQueries({
    queries: [referenceQueries.me(), referenceQueries.areas()],
  })
  const tree = areaTreeOf(areas)
  const scope = useMemo(() => scopeGroups(me, tree), [me, tree])
  if (me.role === 'viewer') return <p>{t('reporting.form.viewerHidden')}</p>

  const indicator = programme.indicators.find((i) => i.id === indicatorId)
  const area = tree.byId.get(areaId)
  const decision = canWrite(me, tree, areaId)
  const areaOption = (a: Area) => (
    <option key={a.id} value={a.id}>
      {a.level === 'district' ? t('reporting.form.wholeArea', { name: a.name }) : a.name}
    </option>
  )

  return (
    <div className="report-form">
      <fieldset className="report-form__choice">
        <legend>{t('reporting.form.choose')}</legend>
        <div className="field report-form__indicator">
          <label htmlFor={ids.indicator}>{t('reporting.fields.indicator')}</label>
          <select
            id={ids.indicator}
            value={indicatorId}
            onChange={(event) => onSelect({ indicator: event.target.value })}
          >
            <IndicatorOptions indicators={programme.indicators} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.area}>{t('reporting.fields.area')}</label>
          <select
            id={ids.area}
            value={scope.ids.has(areaId) ? areaId : ''}
            onChange={(event) => onSelect({ area: event.target.value })}
          >
            {!scope.ids.has(areaId) && (
              <option value="" disabled>
                {t('reporting.form.pickArea')}
              </option>
            )}
            {scope.top.map(areaOption)}
            {scope.groups.map(([groupId, group]) => (
              <optgroup key={groupId} label={group.label}>
                {group.areas.map(areaOption)}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.year}>{t('reporting.fields.year')}</label>
          <select
            id={ids.year}
            value={year}
            onChange={(event) => onSelect({ year: Number(event.target.value) })}
          >
            {reportingYears(programme).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      {!decision.allowed ? (
        <Notice tone="warning">
          {t(`reporting.form.denied.${decision.reason}`, { area: area?.name ?? areaId })}{' '}
          {me.areaIds[0] !== undefined && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onSelect({ area: me.areaIds[0] })}
            >
              {t('reporting.form.goToScope', {
                area: tree.byId.get(me.areaIds[0])?.name ?? me.areaIds[0],
              })}
            </button>
          )}
        </Notice>
      ) : !indicator || !area ? null : (
        <Suspense fallback={<Skeleton height={320} />}>
          <FigureEditor
            key={`${indicator.id}|${area.id}|${year}`}
            programme={programme}
            indicator={indicator}
            area={area}
            year={year}
            me={me}
            tree={tree}
          />
        </Suspense>
      )}
    </div>
  )
}

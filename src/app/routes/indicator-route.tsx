import { useDeferredValue, useId, useMemo } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { ChildrenBreakdown, leagueOrders } from '@/features/targets/children-breakdown'
import { IndicatorDefinition } from '@/features/targets/indicator-definition'
import { IndicatorSummary } from '@/features/targets/indicator-summary'
import { IndicatorTrajectory } from '@/features/targets/indicator-trajectory'
import { ProvenanceButton } from '@/features/provenance/provenance-button'
import type { ProvenanceSlot } from '@/features/targets/provenance'
import { StatusRuleText } from '@/features/targets/status-legend'
import { Notice } from '@/shared/ui/notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useDeferredFilters, useFilters } from '../use-filters'
import { parseChoice, shown, usePageParams, withParams } from './targets-search-params'
import { IndicatorOptions } from '@/shared/ui/indicator-options'

/** Every figure can say where it came from. */
const provenance: ProvenanceSlot = (args) => <ProvenanceButton {...args} />

/**
 * /targets/:indicatorId?area=&year=&order= — one indicator for the filter bar's area: figure,
 * status and why, the trajectory chart, the children's breakdown and league table (a click or
 * Enter drills down by setting ?area=, so the URL, breadcrumb and back button follow), and the
 * indicator's definition. An unknown indicator falls back to the default one with a notice.
 */
export function IndicatorRoute() {
  const { t } = useTranslation()
  const { indicatorId: rawId = '' } = useParams()
  const navigate = useNavigate()
  const selectId = useId()
  const { setFilters } = useFilters()
  const { filters, pending } = useDeferredFilters()
  const { programme, area, year } = filters
  const { params, setParam, searchWith } = usePageParams()
  const search = useDeferredValue(useLocation().search)
  const known = programme.indicators.find((i) => i.id === rawId)
  const indicator =
    known ??
    programme.indicators.find((i) => i.id === filters.indicatorId) ??
    programme.indicators[0]
  const order = parseChoice(params.get('order'), leagueOrders, 'rank')
  // The panels depend on the deferred filters and query only: while a change is pending, the
  // urgent render (heading, lead, busy state) does not redraw their charts and tables.
  const panels = useMemo(() => {
    if (!indicator) return null
    const indicatorId = indicator.id
    const resetKeys = [programme.id, area.id, year, indicatorId]
    const childHref = (areaId: string) =>
      `/targets/${encodeURIComponent(indicatorId)}${withParams(search, { indicator: indicatorId, area: areaId })}`
    return (
      <>
        <Panel
          title={t('targets.indicator.summaryTitle')}
          resetKeys={resetKeys}
          skeletonHeight={220}
        >
          <IndicatorSummary
            programme={programme}
            indicatorId={indicatorId}
            area={area}
            year={year}
            provenance={provenance}
          />
        </Panel>
        <Panel
          title={t('targets.definition.title')}
          resetKeys={resetKeys}
          skeletonHeight={220}
          eager
        >
          <IndicatorDefinition programme={programme} indicator={indicator} />
          <details className="rule-note">
            <summary>{t('status.howDecided')}</summary>
            <StatusRuleText />
          </details>
        </Panel>
        <Panel
          title={t('targets.chart.title')}
          resetKeys={resetKeys}
          skeletonHeight={340}
          className="panel--wide"
        >
          <IndicatorTrajectory
            programme={programme}
            indicatorId={indicatorId}
            area={area}
            year={year}
          />
        </Panel>
        <Panel
          title={t('targets.breakdown.title', { area: area.name })}
          resetKeys={resetKeys}
          skeletonHeight={420}
          className="panel--wide"
        >
          <ChildrenBreakdown
            programme={programme}
            indicatorId={indicatorId}
            area={area}
            year={year}
            order={order.value}
            onOrderChange={(value) =>
              setParam({ order: value === 'rank' ? undefined : value }, { replace: true })
            }
            onDrill={(areaId) => setFilters({ area: areaId })}
            childHref={childHref}
          />
        </Panel>
      </>
    )
  }, [t, programme, area, year, indicator, order.value, search, setParam, setFilters])
  if (!indicator)
    return (
      <>
        <PageHeading>{t('targets.indicator.none')}</PageHeading>
      </>
    )
  const indicatorPath = (id: string, patch: Record<string, string | undefined> = {}) =>
    `/targets/${encodeURIComponent(id)}${searchWith({ indicator: id, ...patch })}`

  return (
    <>
      <p className="page-back">
        <Link to={`/targets${searchWith({ order: undefined })}`}>
          <span aria-hidden="true">← </span>
          {t('targets.indicator.back')}
        </Link>
      </p>
      <PageHeading>
        <span className="indicator-code">{indicator.code}</span> {indicator.name}
      </PageHeading>
      <p className="page-lead">{t('targets.indicator.lead', { area: area.name, year })}</p>
      {!known && (
        <Notice tone="warning">{t('targets.notice.indicator', { value: shown(rawId) })}</Notice>
      )}
      {order.invalid && (
        <Notice tone="warning">{t('targets.notice.order', { value: order.invalid })}</Notice>
      )}
      <div className="page-actions">
        <div className="field">
          <label htmlFor={selectId}>{t('targets.indicator.switch')}</label>
          <select
            id={selectId}
            value={indicator.id}
            onChange={(event) => navigate(indicatorPath(event.target.value))}
          >
            <IndicatorOptions indicators={programme.indicators} />
          </select>
        </div>
      </div>
      <div className="indicator-page" aria-busy={pending} data-pending={pending}>
        {panels}
      </div>
    </>
  )
}

import { memo, useDeferredValue, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModelFilters } from '@/api/model-queries'
import type { ModelSummary } from '@/api/schemas'
import { Panel } from '@/shared/ui/panel'
import { Skeleton } from '@/shared/ui/skeleton'
import { ModelsByChildAreaChart, ModelsByFieldChart, ModelsByYearChart } from './model-charts'
import { useModelSummary } from './use-model-summary'
import type { ModelScope } from './model-scope'

/**
 * The registry's three charts, all drawn from the one summary of the filters. They follow
 * the table rather than hold it up: while a new summary loads, the charts on screen stay,
 * dimmed and marked busy. Memoised: rendering the table's new rows skips them.
 */
export const RegistryCharts = memo(function RegistryCharts({
  filters,
  area,
  childAreas,
}: ModelScope) {
  const { t } = useTranslation()
  const resetKeys = [JSON.stringify(filters)]
  return (
    <div className="models-charts">
      <Panel title={t('models.charts.byField')} resetKeys={resetKeys} skeletonHeight={240}>
        <FromSummary filters={filters} skeletonHeight={240}>
          {(summary) => <ModelsByFieldChart stats={summary.groups.field} />}
        </FromSummary>
      </Panel>
      <Panel title={t('models.charts.byYear')} resetKeys={resetKeys} skeletonHeight={240}>
        <FromSummary filters={filters} skeletonHeight={240}>
          {(summary) => <ModelsByYearChart stats={summary.groups.year} />}
        </FromSummary>
      </Panel>
      <Panel
        title={t('models.charts.byArea')}
        resetKeys={resetKeys}
        className="panel--wide"
        skeletonHeight={320}
      >
        <FromSummary filters={filters} skeletonHeight={320}>
          {(summary) => (
            <ModelsByChildAreaChart
              stats={summary.groups.area}
              area={area}
              childAreas={childAreas}
            />
          )}
        </FromSummary>
      </Panel>
    </div>
  )
})

/**
 * A chart of the summary: a skeleton until the first summary, then busy while a new one loads.
 * A new summary is drawn at low priority (a deferred value), so that rows arriving meanwhile
 * are rendered first.
 */
function FromSummary({
  filters,
  skeletonHeight,
  children,
}: {
  filters: ModelFilters
  skeletonHeight: number
  children: (summary: ModelSummary) => ReactNode
}) {
  const { summary, stale } = useModelSummary(filters, { throwOnError: true })
  const shown = useDeferredValue(summary)
  if (!summary || !shown) return <Skeleton height={skeletonHeight} />
  const busy = stale || shown !== summary
  return (
    <div aria-busy={busy} data-pending={busy}>
      {children(shown)}
    </div>
  )
}

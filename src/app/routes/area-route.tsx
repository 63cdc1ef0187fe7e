import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import { AllocationChecks } from '@/features/areas/allocation-checks'
import { AreaIndicatorStatuses } from '@/features/areas/area-indicator-statuses'
import { AreaModelsSummary } from '@/features/areas/area-models-summary'
import { TileMap, tileModes } from '@/features/areas/tile-map'
import { Notice } from '@/shared/ui/notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useDeferredFilters, useFilters } from '../use-filters'
import { parseChoice, usePageParams } from './targets-search-params'

/**
 * /areas?area=&year=&indicator=&tiles= — the profile of the filter bar's area: every indicator's
 * status, its models, its children on a tile map (coloured by the status or the attainment of
 * the chosen indicator; a tile opens that child's profile) and the check of allocated targets.
 * /areas/:areaId redirects here with ?area=, so the filter bar and the URL never disagree.
 */
export function AreaRoute() {
  const { t } = useTranslation()
  const { setFilters, tree } = useFilters()
  const { filters, pending } = useDeferredFilters()
  const { programme, area, year, indicatorId } = filters
  const { params, setParam, searchWith } = usePageParams()
  const mode = parseChoice(params.get('tiles'), tileModes, 'status')
  const hasChildren = tree.childrenOf(area.id).length > 0
  const resetKeys = [programme.id, area.id, year]
  const onlyShared = {
    tiles: undefined,
    ids: undefined,
    status: undefined,
    sort: undefined,
    dir: undefined,
    order: undefined,
  }

  return (
    <>
      <PageHeading>{t('areas.title', { area: area.name, year })}</PageHeading>
      <p className="page-lead">{t('areas.lead', { programme: programme.shortName })}</p>
      {mode.invalid && (
        <Notice tone="warning">{t('areas.notice.tiles', { value: mode.invalid })}</Notice>
      )}
      <div className="page-actions">
        <Link to={`/areas/compare${searchWith({ ...onlyShared, ids: area.id })}`}>
          {t('areas.compareThis', { area: area.name })}
        </Link>
        <Link to={`/targets${searchWith(onlyShared)}`}>{t('areas.toTargets')}</Link>
      </div>
      <div className="areas-grid" aria-busy={pending} data-pending={pending}>
        <Panel
          title={t('areas.statuses.title')}
          resetKeys={resetKeys}
          skeletonHeight={420}
          className="panel--wide"
        >
          <AreaIndicatorStatuses
            programme={programme}
            area={area}
            year={year}
            indicatorHref={(id) =>
              `/targets/${encodeURIComponent(id)}${searchWith({ ...onlyShared, indicator: id })}`
            }
          />
        </Panel>
        {hasChildren && (
          <Panel
            title={t('areas.tiles.title', { area: area.name })}
            resetKeys={[...resetKeys, indicatorId]}
            skeletonHeight={360}
          >
            <TileMap
              programme={programme}
              area={area}
              year={year}
              indicatorId={indicatorId}
              mode={mode.value}
              onIndicatorChange={(id) => setFilters({ indicator: id })}
              onModeChange={(value) =>
                setParam({ tiles: value === 'status' ? undefined : value }, { replace: true })
              }
              hrefFor={(id) => `/areas${searchWith({ area: id })}`}
            />
          </Panel>
        )}
        <Panel title={t('areas.models.title')} resetKeys={resetKeys} skeletonHeight={280}>
          <AreaModelsSummary area={area} year={year} />
        </Panel>
        {hasChildren && (
          <Panel
            title={t('areas.allocation.title')}
            resetKeys={resetKeys}
            skeletonHeight={200}
            className="panel--wide"
          >
            <AllocationChecks programme={programme} area={area} />
          </Panel>
        )}
      </div>
    </>
  )
}

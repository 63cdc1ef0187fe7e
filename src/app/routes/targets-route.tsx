import { useTranslation } from 'react-i18next'
import { statuses, type Status } from '@/domain/status'
import { CoverageView } from '@/features/targets/coverage-view'
import { ProvenanceButton } from '@/features/provenance/provenance-button'
import type { ProvenanceSlot } from '@/features/targets/provenance'
import { Scorecard, scorecardSortKeys } from '@/features/targets/scorecard'
import { StatusLegend, StatusRuleText } from '@/features/targets/status-legend'
import { Notice } from '@/shared/ui/notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import type { SortDirection } from '@/shared/ui/sortable-table'
import { useDeferredFilters } from '../use-filters'
import { parseChoice, parseList, usePageParams } from './targets-search-params'

/** "Where does this figure come from": wired by the lead; nothing is shown while unset. */
/** Every figure can say where it came from. */
const provenance: ProvenanceSlot = (args) => <ProvenanceButton {...args} />

const RULE_ID = 'status-rule'
const directions = ['asc', 'desc'] as const satisfies readonly SortDirection[]

/**
 * /targets?status=&sort=&dir= — the scorecard of every indicator for the area and year of the
 * filter bar, a data-coverage view, and the full status rule.
 */
export function TargetsRoute() {
  const { t } = useTranslation()
  const { filters, pending } = useDeferredFilters()
  const { programme, area, year } = filters
  const { params, setParam, searchWith } = usePageParams()
  const status = parseList<Status>(params.get('status'), statuses)
  const sortKey = parseChoice(params.get('sort'), scorecardSortKeys, 'code')
  const direction = parseChoice(params.get('dir'), directions, 'asc')
  const invalid = [
    ...status.invalid.map((value) => t('targets.notice.status', { value })),
    ...(sortKey.invalid ? [t('targets.notice.sort', { value: sortKey.invalid })] : []),
    ...(direction.invalid ? [t('targets.notice.sort', { value: direction.invalid })] : []),
  ]
  const resetKeys = [programme.id, area.id, year]

  return (
    <>
      <PageHeading>
        {t('targets.title', { programme: programme.shortName, area: area.name, year })}
      </PageHeading>
      <p className="page-lead">{t('targets.lead', { year })}</p>
      {invalid.map((message) => (
        <Notice key={message} tone="warning">
          {message}
        </Notice>
      ))}
      <div className="targets-page" aria-busy={pending} data-pending={pending}>
        <Panel
          title={t('targets.scorecard.title')}
          resetKeys={resetKeys}
          skeletonHeight={520}
          className="targets-page__panel"
          intro={<StatusLegend ruleId={RULE_ID} />}
        >
          <Scorecard
            programme={programme}
            area={area}
            year={year}
            statusFilter={status.values}
            onStatusFilterChange={(values) =>
              setParam({ status: values.length ? values.join(',') : undefined })
            }
            sort={{ key: sortKey.value, direction: direction.value }}
            onSortChange={(sort) =>
              setParam({ sort: sort.key, dir: sort.direction }, { replace: true })
            }
            indicatorHref={(id) =>
              `/targets/${encodeURIComponent(id)}${searchWith({ indicator: id, status: undefined, sort: undefined, dir: undefined })}`
            }
            provenance={provenance}
          />
        </Panel>
        <Panel
          title={t('targets.coverage.title')}
          resetKeys={resetKeys}
          skeletonHeight={400}
          className="targets-page__panel"
        >
          <CoverageView programme={programme} area={area} year={year} />
        </Panel>
        <div id={RULE_ID} tabIndex={-1} className="targets-page__rule">
          <Panel title={t('targets.rule.title')} eager>
            <StatusRuleText />
          </Panel>
        </div>
      </div>
    </>
  )
}

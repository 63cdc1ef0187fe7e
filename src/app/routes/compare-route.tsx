import { useTranslation } from 'react-i18next'
import type { Area } from '@/api/schemas'
import { ComparePicker, MAX_COMPARED } from '@/features/areas/compare-picker'
import { CompareView } from '@/features/areas/compare-view'
import { Notice } from '@/shared/ui/notice'
import { PageHeading } from '@/shared/ui/page-heading'
import { Panel } from '@/shared/ui/panel'
import { useDeferredFilters, useFilters } from '../use-filters'
import { shown, usePageParams } from './targets-search-params'

/**
 * /areas/compare?ids=718,724&year= — 2 to 4 areas of any level side by side. The set lives in
 * ?ids= (order kept); unknown or repeated ids and ids beyond the fourth are dropped with a notice.
 */
export function CompareRoute() {
  const { t } = useTranslation()
  const { tree } = useFilters()
  const { filters, pending } = useDeferredFilters()
  const { programme, year } = filters
  const { params, setParam } = usePageParams()
  const raw = (params.get('ids') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  const selected: Area[] = []
  const unknown: string[] = []
  let dropped = 0
  for (const id of raw) {
    const area = tree.byId.get(id)
    if (!area) unknown.push(shown(id))
    else if (selected.some((a) => a.id === id)) continue
    else if (selected.length >= MAX_COMPARED) dropped += 1
    else selected.push(area)
  }
  const names = selected.map((a) => a.name).join(', ')

  return (
    <>
      <PageHeading>{t('areas.compare.title')}</PageHeading>
      <p className="page-lead">
        {t('areas.compare.lead', { year, programme: programme.shortName })}
      </p>
      {unknown.map((value) => (
        <Notice key={value} tone="warning">
          {t('areas.notice.unknownArea', { value })}
        </Notice>
      ))}
      {dropped > 0 && (
        <Notice tone="warning">{t('areas.notice.tooMany', { count: MAX_COMPARED })}</Notice>
      )}
      <div className="compare-page" aria-busy={pending} data-pending={pending}>
        <Panel title={t('areas.compare.pickTitle')}>
          <ComparePicker
            tree={tree}
            selected={selected}
            onChange={(ids) => setParam({ ids: ids.length ? ids.join(',') : undefined })}
          />
          <p className="visually-hidden" aria-live="polite">
            {selected.length > 0 && t('areas.compare.announce', { areas: names })}
          </p>
        </Panel>
        <Panel
          title={t('areas.compare.resultTitle', { year })}
          resetKeys={[programme.id, year, selected.map((a) => a.id).join(',')]}
          skeletonHeight={480}
        >
          {selected.length < 2 ? (
            <p>{t('areas.compare.needTwo')}</p>
          ) : (
            <CompareView programme={programme} areas={selected} year={year} />
          )}
        </Panel>
      </div>
    </>
  )
}

import { useTranslation } from 'react-i18next'
import type { AreaTree } from '@/domain/area-tree'
import type { IndicatorAssessment } from '@/domain/assess-indicator'
import type { AttentionItem } from '@/domain/needs-attention'
import { useFormat } from '@/shared/i18n/use-format'
import { StatusBadge } from '@/shared/ui/status-badge'

/** "Needs attention": off-track and at-risk indicators with the areas holding them back. */
export function AttentionSlide({
  items,
  tree,
}: {
  items: AttentionItem<IndicatorAssessment>[]
  tree: AreaTree
}) {
  const { t } = useTranslation()
  const format = useFormat()
  if (items.length === 0) return <p className="slide-lead">{t('present.attention.none')}</p>
  const shown = items.slice(0, 5)
  return (
    <div className="attention-slide">
      <ul className="attention-list">
        {shown.map(({ assessment, holdingBack, more }) => (
          <li key={assessment.indicator.id} className="attention-item">
            <div className="attention-item__head">
              <StatusBadge status={assessment.status} />
              <span className="attention-item__name">
                <span className="indicator-code">{assessment.indicator.code}</span>{' '}
                {assessment.indicator.name}
              </span>
              <span className="attention-item__value">
                {assessment.attainment === undefined
                  ? ''
                  : t('present.indicator.ofTarget', { value: format.ratio(assessment.attainment) })}
              </span>
            </div>
            <p className="attention-item__areas">
              {holdingBack.length === 0
                ? t('present.attention.noArea')
                : t('present.attention.areas', {
                    areas: holdingBack
                      .map((l) =>
                        l.attainment === undefined
                          ? `${tree.byId.get(l.areaId)?.name ?? l.areaId} (${t(`status.${l.status}`)})`
                          : `${tree.byId.get(l.areaId)?.name ?? l.areaId} (${format.ratio(l.attainment)})`,
                      )
                      .join(', '),
                  })}
              {more > 0 && ` ${t('present.attention.more', { count: more })}`}
            </p>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <p className="slide-note">
          {t('present.attention.moreIndicators', { count: items.length - shown.length })}
        </p>
      )}
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { statuses, THRESHOLDS } from '@/domain/status'
import { useFormat } from '@/shared/i18n/use-format'
import { StatusBadge } from '@/shared/ui/status-badge'
import './targets.css'

/** The five statuses, the rule in one sentence and a link to the full rule on the page. */
export function StatusLegend({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation()
  return (
    <div className="status-legend">
      <ul className="status-legend__list" aria-label={t('targets.legend.label')}>
        {statuses.map((status) => (
          <li key={status}>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <p className="status-legend__rule">
        {t('targets.legend.sentence')} <a href={`#${ruleId}`}>{t('targets.legend.fullRule')}</a>
      </p>
    </div>
  )
}

/** The full status rule, with the thresholds from the domain. */
export function StatusRuleText() {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="status-rule">
      <p>{t('status.rule')}</p>
      <ul>
        <li>
          {t('targets.rule.thresholds', {
            onTrack: format.number(THRESHOLDS.onTrack, 2),
            atRisk: format.number(THRESHOLDS.atRisk, 2),
          })}
        </li>
        <li>{t('targets.rule.decrease')}</li>
        <li>{t('targets.rule.inheritance')}</li>
        <li>{t('targets.rule.attainment')}</li>
        <li>{t('targets.rule.forecast')}</li>
        <li>{t('targets.rule.rollUp')}</li>
      </ul>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useSuspenseQueries } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import { areaTreeOf } from '@/domain/area-tree'
import { Notice } from '@/shared/ui/notice'

/** Who is reporting, and where they may write: the reason behind every hidden action. */
export function RoleNotice() {
  const { t } = useTranslation()
  const [{ data: me }, { data: areas }] = useSuspenseQueries({
    queries: [referenceQueries.me(), referenceQueries.areas()],
  })
  const tree = areaTreeOf(areas)
  const names = me.areaIds.map((id) => tree.byId.get(id)?.name ?? id).join(', ')
  return (
    <Notice tone={me.role === 'viewer' ? 'warning' : 'info'}>
      {t(`reporting.role.${me.role}`, { name: me.name, areas: names })}
    </Notice>
  )
}

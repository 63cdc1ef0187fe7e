import './user-switcher.css'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { mockUserQueries, switchMockUser } from '@/api/mock-user-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Me } from '@/api/schemas'

/**
 * While the mock backend is in use: become the viewer, an editor or the admin
 * (the mock server remembers the choice across reloads). Shown only when
 * VITE_MOCKING is on; a real backend signs people in instead.
 */
export function UserSwitcher() {
  const { t } = useTranslation()
  const id = useId()
  const queryClient = useQueryClient()
  const users = useQuery(mockUserQueries.users())
  const me = useQuery(referenceQueries.me())
  const areas = useQuery(referenceQueries.areas())
  const switchUser = useMutation({
    mutationFn: switchMockUser,
    onSuccess: (user) => {
      queryClient.setQueryData(referenceQueries.me().queryKey, user)
      void queryClient.invalidateQueries({ queryKey: referenceQueries.me().queryKey })
    },
  })
  if (users.isError) return null

  const label = (user: Me) => {
    const where = user.areaIds.map((a) => areas.data?.find((x) => x.id === a)?.name ?? a).join(', ')
    return user.role === 'viewer'
      ? t('users.option.viewer')
      : t(`users.option.${user.role}`, { areas: where })
  }
  return (
    <div className="user-switcher">
      <label htmlFor={id} title={t('users.hint')}>
        {t('users.label')}
      </label>
      <select
        id={id}
        value={me.data?.id ?? ''}
        disabled={!users.data || switchUser.isPending}
        onChange={(event) => switchUser.mutate(event.target.value)}
        aria-describedby={`${id}-hint`}
      >
        {!me.data && <option value="">…</option>}
        {users.data?.map((user) => (
          <option key={user.id} value={user.id}>
            {label(user)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('users.hint')}
      </span>
    </div>
  )
}

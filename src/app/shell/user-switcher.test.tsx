import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { expect, test } from 'vitest'
import { referenceQueries } from '@/api/reference-queries'
import { initI18n } from '@/shared/i18n/i18n'
import { mockUserIds } from '@mocks/mock-users'
import { db } from '@mocks/node'
import { createQueryClient } from '../create-query-client'
import { UserSwitcher } from './user-switcher'

function CurrentRole() {
  const { data } = useQuery(referenceQueries.me())
  return <p>role: {data?.role}</p>
}

test('the switcher lists the mock users and switching changes who /me is', async () => {
  await initI18n('vi')
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <UserSwitcher />
      <CurrentRole />
    </QueryClientProvider>,
  )
  const select = await screen.findByLabelText('Vai trò thử nghiệm')
  expect(
    await screen.findByRole('option', { name: 'Biên tập viên – Thành phố Thủ Dầu Một' }),
  ).toBeInTheDocument()
  expect(await screen.findByText('role: admin')).toBeInTheDocument()
  await userEvent.selectOptions(select, 'Người xem')
  expect(await screen.findByText('role: viewer')).toBeInTheDocument()
  expect(db.currentUserId).toBe(mockUserIds.viewer)
})

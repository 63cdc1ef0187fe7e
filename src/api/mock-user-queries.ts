import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { request } from './http'
import { meSchema, type Me } from './schemas'

/**
 * The mock backend's user switch (`GET /me/users`, `PUT /me`): only for the
 * header's switcher while mocking is on. A real backend signs users in instead.
 */
export const mockUserQueries = {
  users: () =>
    queryOptions({
      queryKey: ['me', 'users'],
      queryFn: ({ signal }) => request(z.array(meSchema), '/me/users', { signal }),
      staleTime: Infinity,
    }),
}

export const switchMockUser = (userId: string): Promise<Me> =>
  request(meSchema, '/me', { method: 'PUT', body: { userId } })

// First: no eval probe under the CSP (see the module).
import './zod-config'
import { z } from 'zod/mini'

/**
 * The environment, read once and parsed. `VITE_MOCKING` stays a build-time
 * constant in main.tsx (`import.meta.env.VITE_MOCKING`) so that production
 * builds drop the mock backend; everything else is read from here.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z._default(z.string().check(z.minLength(1)), '/api/v1'),
  VITE_MOCKING: z.catch(z.enum(['on', 'off']), 'off'),
  VITE_MOCK_LATENCY_MS: z.catch(
    z.coerce.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
    0,
  ),
  VITE_REQUEST_TIMEOUT_MS: z.catch(
    z.coerce.number().check(z.int(), z.minimum(1000), z.maximum(120_000)),
    20_000,
  ),
})

export const env = envSchema.parse(import.meta.env)

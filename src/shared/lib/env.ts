// First: no eval probe under the CSP (see the module).
import './zod-config'
import { z } from 'zod'

/**
 * The environment, read once and parsed. `VITE_MOCKING` stays a build-time
 * constant in main.tsx (`import.meta.env.VITE_MOCKING`) so that production
 * builds drop the mock backend; everything else is read from here.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z.string().min(1).default('/api/v1'),
  VITE_MOCKING: z.enum(['on', 'off']).catch('off'),
  VITE_MOCK_LATENCY_MS: z.coerce.number().int().min(0).max(10_000).catch(0),
  VITE_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).catch(20_000),
})

export const env = envSchema.parse(import.meta.env)

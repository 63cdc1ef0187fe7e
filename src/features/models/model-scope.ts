import type { ModelFilters } from '@/api/model-queries'
import type { Area } from '@/api/schemas'

/** What a registry view counts: the filters, the area they are about and its child areas. */
export type ModelScope = { filters: ModelFilters; area: Area; childAreas: Area[] }

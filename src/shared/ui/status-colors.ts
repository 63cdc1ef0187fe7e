import type { StatusKey } from './status-badge'

/**
 * The status colours of styles.css (--color-achieved …) for SVG fills, which cannot read CSS
 * custom properties from an attribute. Always shown with the status icon or label as well.
 */
export const statusColors: Record<StatusKey, string> = {
  achieved: '#0072b2',
  'on-track': '#007a5a',
  'at-risk': '#8a5a00',
  'off-track': '#b33c00',
  'no-data': '#5f6670',
}

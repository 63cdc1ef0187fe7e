import type { ReactNode } from 'react'

/** A short, non-blocking message above the content (fallbacks, data notes). */
export function Notice({
  children,
  tone = 'info',
}: {
  children: ReactNode
  tone?: 'info' | 'warning'
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'warning' ? 'status' : undefined}>
      <span aria-hidden="true">{tone === 'warning' ? '⚠ ' : 'ⓘ '}</span>
      {children}
    </div>
  )
}

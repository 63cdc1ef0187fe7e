/**
 * The product's "today", from one injectable clock: the real date by default;
 * tests pin it with `setToday('2025-06-30')` and release it with `setToday(undefined)`.
 * Domain functions take the date as an argument and never read the clock themselves.
 */
let pinned: string | undefined

/** Today's date as an ISO date (YYYY-MM-DD) in the user's time zone. */
export function today(): string {
  if (pinned !== undefined) return pinned
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Pins (or, with undefined, releases) the date `today()` answers. For tests. */
export function setToday(iso: string | undefined): void {
  pinned = iso
}

/**
 * What a key does in the deck: → Space PageDown next, ← PageUp previous, Home/End first/last,
 * digits then Enter jump to a slide number, F full screen, Esc clears typed digits or leaves.
 */
export type DeckKeyState = { index: number; count: number; digits: string }

export type DeckKeyAction =
  | { type: 'go'; index: number }
  | { type: 'digits'; digits: string }
  | { type: 'fullscreen' }
  | { type: 'exit' }
  | { type: 'none' }

const MAX_DIGITS = 4

export function deckKeyAction(key: string, { index, count, digits }: DeckKeyState): DeckKeyAction {
  const last = Math.max(0, count - 1)
  const go = (to: number): DeckKeyAction => ({ type: 'go', index: Math.min(Math.max(to, 0), last) })
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return go(index + 1)
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return go(index - 1)
    case 'Home':
      return go(0)
    case 'End':
      return go(last)
    case 'Enter':
      return digits ? go(Number(digits) - 1) : { type: 'none' }
    case 'Backspace':
      return digits ? { type: 'digits', digits: digits.slice(0, -1) } : { type: 'none' }
    case 'f':
    case 'F':
      return { type: 'fullscreen' }
    case 'Escape':
    case 'Esc':
      return digits ? { type: 'digits', digits: '' } : { type: 'exit' }
    default:
      if (/^[0-9]$/.test(key) && digits.length < MAX_DIGITS)
        return { type: 'digits', digits: digits + key }
      return { type: 'none' }
  }
}

import { describe, expect, test } from 'vitest'
import { deckKeyAction } from './deck-keys'

const at = (index: number, digits = '') => ({ index, count: 10, digits })

describe('deckKeyAction', () => {
  test('→, Space and PageDown go forward; ← and PageUp back; both stop at the ends', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown'])
      expect(deckKeyAction(key, at(3))).toEqual({ type: 'go', index: 4 })
    for (const key of ['ArrowLeft', 'PageUp'])
      expect(deckKeyAction(key, at(3))).toEqual({ type: 'go', index: 2 })
    expect(deckKeyAction('ArrowRight', at(9))).toEqual({ type: 'go', index: 9 })
    expect(deckKeyAction('ArrowLeft', at(0))).toEqual({ type: 'go', index: 0 })
  })

  test('Home and End go to the first and last slide', () => {
    expect(deckKeyAction('Home', at(5))).toEqual({ type: 'go', index: 0 })
    expect(deckKeyAction('End', at(5))).toEqual({ type: 'go', index: 9 })
  })

  test('a number then Enter jumps (clamped); Backspace and Esc edit the number', () => {
    expect(deckKeyAction('1', at(0))).toEqual({ type: 'digits', digits: '1' })
    expect(deckKeyAction('2', at(0, '1'))).toEqual({ type: 'digits', digits: '12' })
    expect(deckKeyAction('Enter', at(0, '7'))).toEqual({ type: 'go', index: 6 })
    expect(deckKeyAction('Enter', at(0, '99'))).toEqual({ type: 'go', index: 9 })
    expect(deckKeyAction('Enter', at(4, '0'))).toEqual({ type: 'go', index: 0 })
    expect(deckKeyAction('Enter', at(4))).toEqual({ type: 'none' })
    expect(deckKeyAction('Backspace', at(0, '12'))).toEqual({ type: 'digits', digits: '1' })
    expect(deckKeyAction('Escape', at(0, '12'))).toEqual({ type: 'digits', digits: '' })
  })

  test('F toggles full screen, Esc leaves, other keys do nothing', () => {
    expect(deckKeyAction('f', at(0))).toEqual({ type: 'fullscreen' })
    expect(deckKeyAction('F', at(0))).toEqual({ type: 'fullscreen' })
    expect(deckKeyAction('Escape', at(0))).toEqual({ type: 'exit' })
    expect(deckKeyAction('x', at(0))).toEqual({ type: 'none' })
  })
})

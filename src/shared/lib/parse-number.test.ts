import { describe, expect, test } from 'vitest'
import { parseLocaleNumber } from './parse-number'

describe('parseLocaleNumber', () => {
  test.each([
    ['1.234,5', 'vi-VN', 1234.5],
    ['1234,5', 'vi-VN', 1234.5],
    ['98', 'vi-VN', 98],
    ['1.234.567', 'vi-VN', 1234567],
    ['1,234.5', 'en-GB', 1234.5],
    ['1234.5', 'en-GB', 1234.5],
    ['1.234,5', 'de-DE', 1234.5],
    [' 12 ', 'en-GB', 12],
    ['-3,5', 'vi-VN', -3.5],
  ])('%s in %s is %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected)
  })

  test.each([
    ['', 'vi-VN'],
    ['abc', 'vi-VN'],
    ['1,234.5', 'vi-VN'], // English format in Vietnamese: not guessed
    ['1.23,4', 'vi-VN'],
    ['12,3,4', 'vi-VN'],
    ['1e5', 'en-GB'],
  ])('%s in %s is not a number', (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeUndefined()
  })
})

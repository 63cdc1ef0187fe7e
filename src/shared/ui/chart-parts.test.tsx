import { render } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { axisTick } from './chart-parts'

const lines = (label: string, width: number) => {
  const tick = axisTick(12)({
    x: 100,
    y: 40,
    width,
    verticalAnchor: 'middle',
    payload: { value: label },
  })
  const { container } = render(<svg>{tick}</svg>)
  return [...container.querySelectorAll('tspan')].map((line) => line.textContent)
}

describe('axis labels', () => {
  test('a label that fits the axis stays on one line', () => {
    expect(lines('Wirtschaft', 160)).toEqual(['Wirtschaft'])
  })

  test('a label too long for the axis breaks at the space nearest its middle', () => {
    expect(lines('Aufbau des politischen Systems', 160)).toEqual([
      'Aufbau des',
      'politischen Systems',
    ])
    expect(lines('Xây dựng hệ thống chính trị', 160)).toEqual(['Xây dựng hệ', 'thống chính trị'])
  })

  test('a label without a space, or on an axis without a width, is not broken', () => {
    expect(lines('Verteidigungsausschussvorsitzender', 100)).toEqual([
      'Verteidigungsausschussvorsitzender',
    ])
    expect(lines('Aufbau des politischen Systems', Number.NaN)).toEqual([
      'Aufbau des politischen Systems',
    ])
  })

  test('the formatter shapes the value', () => {
    const tick = axisTick()({
      x: 0,
      y: 0,
      payload: { value: 0.5 },
      tickFormatter: (v: number) => `${v * 100} %`,
    })
    const { container } = render(<svg>{tick}</svg>)
    expect(container.textContent).toBe('50 %')
  })
})

import { Suspense } from 'react'
import { render, screen } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { lazyPage } from './lazy-page'

const page = () => lazyPage(async () => () => <h1>Tổng quan</h1>)

describe('lazy pages', () => {
  test('a page not loaded yet shows the fallback, then the page', async () => {
    const { element } = page()
    render(<Suspense fallback={<p>Đang tải</p>}>{element}</Suspense>)
    expect(screen.getByText('Đang tải')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Tổng quan' })).toBeInTheDocument()
  })

  test('a page loaded ahead renders in the first frame, without the fallback', async () => {
    const { element, handle } = page()
    await handle.preload()
    render(<Suspense fallback={<p>Đang tải</p>}>{element}</Suspense>)
    expect(screen.getByRole('heading', { name: 'Tổng quan' })).toBeInTheDocument()
    expect(screen.queryByText('Đang tải')).not.toBeInTheDocument()
  })
})

import { describe, expect, test } from 'vitest'
import { exportFileName, slugify } from './file-name'

describe('slugify', () => {
  test('folds Vietnamese diacritics and đ to ASCII words', () => {
    expect(slugify('Thành phố Thủ Dầu Một')).toBe('thanh-pho-thu-dau-mot')
    expect(slugify('Đề án 02')).toBe('de-an-02')
    expect(slugify('Ĩ Ũ ơ ư Ặ')).toBe('i-u-o-u-a')
  })

  test('drops punctuation and cuts at a word boundary', () => {
    expect(slugify('“Dân vận khéo”: mô hình / năm 2025!')).toBe('dan-van-kheo-mo-hinh-nam-2025')
    expect(slugify('alpha beta gamma', 11)).toBe('alpha-beta')
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde')
    expect(slugify('¿¡')).toBe('')
  })
})

describe('exportFileName', () => {
  test('says programme, view, area, year and export date', () => {
    expect(
      exportFileName({
        programme: 'Đề án 02',
        view: 'Hộ gia đình ký cam kết',
        area: 'Thành phố Dĩ An',
        year: 2024,
        date: '2025-07-01',
        extension: 'xlsx',
      }),
    ).toBe('de-an-02_ho-gia-dinh-ky-cam-ket_thanh-pho-di-an_2024_2025-07-01.xlsx')
  })

  test('leaves out unknown parts and never yields an empty view', () => {
    expect(exportFileName({ view: '***', date: '2025-01-02', extension: 'csv' })).toBe(
      'export_2025-01-02.csv',
    )
  })

  test('contains only characters that are safe in file names', () => {
    const name = exportFileName({
      programme: 'A/B:C',
      view: 'x<y>|"z"?*',
      area: '..\\..',
      year: 2025,
      date: '2025-06-30',
      extension: 'png',
    })
    expect(name).toMatch(/^[a-z0-9_.-]+$/)
    expect(name).not.toContain('..')
  })
})

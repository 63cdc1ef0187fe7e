import { expect, test } from 'vitest'
import { foldVietnamese, searchWords } from './search-text'

test('folds case, diacritics and đ', () => {
  expect(foldVietnamese('Cà phê sáng – trò chuyện cùng dân')).toBe(
    'ca phe sang – tro chuyen cung dan',
  )
  expect(foldVietnamese('ĐẮK LẮK Đông Hòa')).toBe('dak lak dong hoa')
  expect(foldVietnamese('Nhà trọ nhân văn, yêu thương')).toBe('nha tro nhan van, yeu thuong')
})

test('handles decomposed input and collapses whitespace', () => {
  expect(foldVietnamese('ca\u0300  phe\u0302\u0301\t\n sa\u0301ng ')).toBe('ca phe sang')
  expect(foldVietnamese('\u00a05 không\u00a0 3 sạch')).toBe('5 khong 3 sach')
  expect(foldVietnamese('   ')).toBe('')
})

test('matches the plain NFD fold on every Vietnamese letter', () => {
  const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ'
  const text = letters + letters.toUpperCase()
  const plain = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
  expect(foldVietnamese(text)).toBe(plain)
})

test('searchWords splits a folded query', () => {
  expect(searchWords('  Cà  PHÊ ')).toEqual(['ca', 'phe'])
  expect(searchWords('')).toEqual([])
})

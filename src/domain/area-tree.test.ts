import { describe, expect, test } from 'vitest'
import { ancestorsOf, areaTreeOf, buildAreaTree, descendantIds } from './area-tree'
import { makeArea, smallProvince } from './test-fixtures'

const tree = buildAreaTree(smallProvince)
const ids = (areas: { id: string }[]) => areas.map((area) => area.id)

describe('buildAreaTree', () => {
  test('indexes areas by id and finds the root', () => {
    expect(tree.byId.get('718')?.name).toBe('Thủ Dầu Một')
    expect(tree.byId.size).toBe(7)
    expect(ids(tree.roots)).toEqual(['74'])
    expect(ids(tree.childrenOf(null))).toEqual(['74'])
  })

  test('lists children sorted by their Vietnamese name', () => {
    // Dầu Tiếng before Thủ Dầu Một
    expect(ids(tree.childrenOf('74'))).toEqual(['721', '718'])
    expect(ids(tree.childrenOf('718'))).toEqual(['25750', '25747']) // Hiệp Thành, Phú Cường
  })

  test('sorts Đ after D and before E, as Vietnamese does (not by code point)', () => {
    const areas = [
      makeArea('p', 'Tỉnh', null),
      makeArea('1', 'Ea Súp', 'p'),
      makeArea('2', 'Đông Hoà', 'p'),
      makeArea('3', 'Dĩ An', 'p'),
      makeArea('4', 'Bến Cát', 'p'),
    ]
    const names = buildAreaTree(areas)
      .childrenOf('p')
      .map((area) => area.name)
    expect(names).toEqual(['Bến Cát', 'Dĩ An', 'Đông Hoà', 'Ea Súp'])
  })

  test('a leaf or an unknown id has no children', () => {
    expect(tree.childrenOf('25747')).toEqual([])
    expect(tree.childrenOf('nope')).toEqual([])
  })

  test('an area whose parent is not in the list becomes a root (partial dataset)', () => {
    const partial = buildAreaTree(smallProvince.filter((area) => area.id !== '74'))
    expect(ids(partial.roots)).toEqual(['721', '718'])
  })

  test('areas on a parentId cycle become roots instead of looping', () => {
    const cyclic = buildAreaTree([
      makeArea('a', 'A', 'b'),
      makeArea('b', 'B', 'a'),
      makeArea('c', 'C', 'a'),
    ])
    expect(ids(cyclic.roots)).toEqual(['a', 'b'])
    expect(ids(cyclic.childrenOf('a'))).toEqual(['c'])
    expect(descendantIds(cyclic, 'a')).toEqual(['a', 'c'])
    expect(ids(ancestorsOf(cyclic, 'c'))).toEqual(['a', 'c'])
  })
})

describe('ancestorsOf', () => {
  test('returns the breadcrumb, root first, including the area itself', () => {
    expect(ids(ancestorsOf(tree, '25777'))).toEqual(['74', '721', '25777'])
    expect(ids(ancestorsOf(tree, '718'))).toEqual(['74', '718'])
    expect(ids(ancestorsOf(tree, '74'))).toEqual(['74'])
  })

  test('is empty for an unknown id', () => {
    expect(ancestorsOf(tree, 'nope')).toEqual([])
  })
})

describe('descendantIds', () => {
  test('lists the area itself and everything below it, depth first in name order', () => {
    expect(descendantIds(tree, '74')).toEqual([
      '74',
      '721',
      '25777',
      '25780',
      '718',
      '25750',
      '25747',
    ])
    expect(descendantIds(tree, '718')).toEqual(['718', '25750', '25747'])
  })

  test('is the area alone for a leaf, and empty for an unknown id', () => {
    expect(descendantIds(tree, '25747')).toEqual(['25747'])
    expect(descendantIds(tree, 'nope')).toEqual([])
  })
})

describe('areaTreeOf', () => {
  test('builds one tree per list of areas, and a new one for a new list', () => {
    const first = areaTreeOf(smallProvince)
    expect(areaTreeOf(smallProvince)).toBe(first)
    expect(ids(first.roots)).toEqual(['74'])
    const reloaded = smallProvince.filter((area) => area.id !== '25747')
    const second = areaTreeOf(reloaded)
    expect(second).not.toBe(first)
    expect(second.byId.has('25747')).toBe(false)
  })
})

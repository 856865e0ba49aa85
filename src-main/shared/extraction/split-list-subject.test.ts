import { describe, expect, it } from 'vitest'
import { splitListSubject } from './split-list-subject'

describe('splitListSubject', () => {
  it('expands an abbreviation that names the items', () => {
    expect(splitListSubject('城乡居民人均可支配收入', 2)).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
    expect(splitListSubject('全区进出口总额', 2)).toEqual(['全区进口总额', '全区出口总额'])
  })

  it('shares the head of the last item among short items', () => {
    expect(splitListSubject('城镇和农村居民人均可支配收入', 2)).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ])
    expect(splitListSubject('粮食、蔬菜和水果产量', 3)).toEqual([
      '粮食产量',
      '蔬菜产量',
      '水果产量',
    ])
  })

  it('keeps whole phrases as they are', () => {
    expect(splitListSubject('一般公共预算收入和税收收入', 2)).toEqual([
      '一般公共预算收入',
      '税收收入',
    ])
  })

  it('gives nothing when the items and figures do not pair', () => {
    expect(splitListSubject('城乡居民人均可支配收入', 3)).toBeUndefined()
    expect(splitListSubject('地区生产总值', 2)).toBeUndefined()
    expect(splitListSubject('粮食和蔬菜产量', 3)).toBeUndefined()
    expect(splitListSubject('地区生产总值', 1)).toBeUndefined()
  })
})

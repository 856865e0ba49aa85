import { describe, expect, it } from 'vitest'
import { splitPhotoCredit } from './split-photo-credit'

describe('splitPhotoCredit', () => {
  it.each([
    ['新建成的游园（记者 王强 摄）', '新建成的游园', '记者 王强 摄'],
    ['荫城镇的铁器博物馆(通讯员 李丽 摄)', '荫城镇的铁器博物馆', '通讯员 李丽 摄'],
    ['游园一角 摄影：王强', '游园一角', '王强'],
    ['游园一角（图：区委宣传部）', '游园一角', '区委宣传部'],
    ['游园一角 记者 王强 摄', '游园一角', '记者 王强 摄'],
  ])('%s', (line, caption, credit) => {
    expect(splitPhotoCredit(line)).toEqual({ caption, credit })
  })

  it('keeps a caption without a credit whole', () => {
    expect(splitPhotoCredit('  上党区新貌  ')).toEqual({ caption: '上党区新貌', credit: '' })
  })
})

import { describe, expect, it } from 'vitest'
import { photoCaptionText } from './photo-caption-text'

describe('photoCaptionText', () => {
  it.each([
    ['记者 张国平 摄', '上党新貌（记者 张国平 摄）'],
    ['（记者 张国平 摄）', '上党新貌（记者 张国平 摄）'],
    ['通讯员 李四', '上党新貌（通讯员 李四）'],
    ['图：王强', '上党新貌（图：王强）'],
    ['区委宣传部供图', '上党新貌（区委宣传部供图）'],
    ['李明', '上党新貌（摄影：李明）'],
  ])('keeps the credit “%s” in its own words', (credit, line) => {
    expect(photoCaptionText('上党新貌', credit)).toBe(line)
  })

  it('leaves a caption without a credit alone', () => {
    expect(photoCaptionText('上党新貌', '  ')).toBe('上党新貌')
  })
})

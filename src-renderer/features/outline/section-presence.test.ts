import { describe, expect, it } from 'vitest'
import { assigneesBySection, othersEditing, presenceColor } from './section-presence'

describe('othersEditing', () => {
  it('groups the names by section, leaving out oneself and repeated tabs', () => {
    const editing = othersEditing(
      [
        {
          sectionId: 4,
          members: [
            { name: '张三', role: 'writer' },
            { name: '我', role: 'editor' },
            { name: '张三', role: 'writer' },
            { name: '李四', role: 'reviewer' },
          ],
        },
        { sectionId: 9, members: [{ name: '我', role: 'editor' }] },
        { sectionId: 4, members: [{ name: '王五', role: 'writer' }] },
      ],
      '我',
    )
    expect([...editing]).toEqual([[4, ['张三', '李四', '王五']]])
  })

  it('keeps everyone when the signed-in name is not known', () => {
    const editing = othersEditing(
      [{ sectionId: 2, members: [{ name: '我', role: 'admin' }] }],
      undefined,
    )
    expect([...editing]).toEqual([[2, ['我']]])
  })
})

describe('assigneesBySection', () => {
  it('lists the assigned accounts of sections that have some', () => {
    const zhang = { id: 1, name: '张三', role: 'writer' as const }
    expect([
      ...assigneesBySection([
        { sectionId: 3, members: [zhang] },
        { sectionId: 5, members: [] },
      ]),
    ]).toEqual([[3, [zhang]]])
  })
})

describe('presenceColor', () => {
  it('gives a name the same colour each time and different names different colours', () => {
    expect(presenceColor('张三')).toBe(presenceColor('张三'))
    const colours = new Set(['张三', '李四', '王五', '赵六', '孙七'].map(presenceColor))
    expect(colours.size).toBeGreaterThan(1)
  })
})

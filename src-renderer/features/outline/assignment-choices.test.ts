import { describe, expect, it } from 'vitest'
import { assignmentChoices } from './assignment-choices'

describe('assignmentChoices', () => {
  it('puts writers first, then editors, admins and reviewers, each by name', () => {
    const users = [
      { id: 1, name: '审核甲', role: 'reviewer' as const },
      { id: 2, name: '王五', role: 'writer' as const },
      { id: 3, name: '编辑乙', role: 'editor' as const },
      { id: 4, name: '李四', role: 'writer' as const },
      { id: 5, name: '管理员', role: 'admin' as const },
    ]
    expect(assignmentChoices(users).map((user) => user.id)).toEqual([4, 2, 3, 5, 1])
    expect(users[0]!.id).toBe(1)
  })
})

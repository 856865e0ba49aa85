import { describe, expect, it } from 'vitest'
import type { Comment } from '../../../src-main/shared/team/comment-schema'
import { commentThreads, openAnchorsBySection } from './comment-threads'

function comment(id: number, fields: Partial<Comment>): Comment {
  return {
    id,
    reportId: 1,
    sectionId: 10,
    parentId: null,
    anchor: { start: `s${id}`, end: `e${id}` },
    quote: '',
    body: `批注${id}`,
    author: '张三',
    createdAt: `2025-03-01T08:00:0${id}.000Z`,
    resolvedAt: null,
    resolvedBy: null,
    ...fields,
  }
}

describe('commentThreads', () => {
  const comments = [
    comment(1, { sectionId: 20 }),
    comment(2, { sectionId: 10 }),
    comment(3, { parentId: 1, anchor: null, createdAt: '2025-03-02T00:00:00.000Z' }),
    comment(4, { parentId: 1, anchor: null, createdAt: '2025-03-01T09:00:00.000Z' }),
    comment(5, { sectionId: 10, resolvedAt: '2025-03-03T00:00:00.000Z', resolvedBy: '李四' }),
    comment(6, { parentId: 99, anchor: null }),
    comment(7, { sectionId: 30 }),
  ]

  it('puts replies under their comment and sorts threads by the outline, then by time', () => {
    const { open, resolved } = commentThreads(comments, [10, 20])
    expect(open.map((thread) => thread.comment.id)).toEqual([2, 1, 7])
    expect(open[1]!.replies.map((reply) => reply.id)).toEqual([4, 3])
    expect(resolved.map((thread) => thread.comment.id)).toEqual([5])
  })

  it('has no threads without comments', () => {
    expect(commentThreads([], [10])).toEqual({ open: [], resolved: [] })
  })
})

describe('openAnchorsBySection', () => {
  it('gives the anchors of open comments only, by section', () => {
    const bySection = [...openAnchorsBySection(comments())].sort(([left], [right]) => left - right)
    expect(bySection).toEqual([
      [10, [{ id: 2, anchor: { start: 's2', end: 'e2' } }]],
      [20, [{ id: 1, anchor: { start: 's1', end: 'e1' } }]],
    ])
  })
})

function comments() {
  return [
    comment(1, { sectionId: 20 }),
    comment(2, { sectionId: 10 }),
    comment(3, { parentId: 1, anchor: null }),
    comment(5, { sectionId: 10, resolvedAt: '2025-03-03T00:00:00.000Z' }),
  ]
}

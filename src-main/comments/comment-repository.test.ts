import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createReport, openReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { createCommentRepository } from './comment-repository'

let workspace: Workspace
let reportId: number
let sectionId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  sectionId = openReport(workspace, reportId).sections[0]!.id
})
afterEach(() => workspace.close())

describe('comment repository', () => {
  it('round-trips a thread and a reply, mapping columns to fields', () => {
    const comments = createCommentRepository(workspace.db)
    const thread = comments.insert({
      reportId,
      sectionId,
      parentId: null,
      anchor: { start: 'AQ==', end: 'Ag==' },
      quote: '原文',
      body: '意见',
      author: '甲',
    })
    const reply = comments.insert({
      reportId,
      sectionId,
      parentId: thread.id,
      anchor: null,
      quote: '',
      body: '回复',
      author: '乙',
    })
    expect(comments.get(thread.id)!.anchor).toEqual({ start: 'AQ==', end: 'Ag==' })
    expect(comments.get(reply.id)).toMatchObject({ parentId: thread.id, anchor: null })
    comments.setResolved(reply.id, '乙')
    expect(comments.get(reply.id)!.resolvedBy).toBeNull()
    comments.setResolved(thread.id, '甲')
    expect(comments.get(thread.id)!.resolvedBy).toBe('甲')
  })

  it('refuses in the database a thread without an anchor and a reply with one', () => {
    const insert = workspace.db.prepare(
      `INSERT INTO comments (report_id, section_id, parent_id, anchor_start, anchor_end, body, author, created_at)
       VALUES (?, ?, ?, ?, ?, '意见', '甲', '2026-01-01')`,
    )
    expect(() => insert.run(reportId, sectionId, null, null, null)).toThrow(/CHECK constraint/)
    const thread = Number(insert.run(reportId, sectionId, null, 'a', 'b').lastInsertRowid)
    expect(() => insert.run(reportId, sectionId, thread, 'a', 'b')).toThrow(/CHECK constraint/)
    expect(() => insert.run(reportId, sectionId, 987654, null, null)).toThrow(/FOREIGN KEY/)
  })
})

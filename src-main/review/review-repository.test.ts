import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createReport } from '../reports/report-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { isReportLocked } from './report-lock'
import { createReviewRepository } from './review-repository'

let workspace: Workspace
let reportId: number
let userId: number

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  const users = createTeamUserRepository(workspace.db)
  const createdAt = new Date().toISOString()
  userId = users.insertUser({ name: '赵总编', role: 'reviewer', passwordHash: 'x', createdAt })
})
afterEach(() => workspace.close())

describe('review repository', () => {
  it('stores a signature with its account, name and time, and records it in the history', () => {
    const reviews = createReviewRepository(workspace.db)
    const before = Date.now()
    reviews.sign(reportId, 'first', { userId, name: '赵总编' })
    const [signature] = reviews.listSignatures(reportId)
    expect(signature).toMatchObject({ stage: 'first', userId, name: '赵总编' })
    expect(Date.parse(signature!.signedAt)).toBeGreaterThanOrEqual(before)
    expect(reviews.listEvents(reportId)).toEqual([
      { kind: 'signed', stage: 'first', by: '赵总编', at: signature!.signedAt, note: '' },
    ])
  })

  it('voids only the reopened stage, recording who and why after the signatures', () => {
    const reviews = createReviewRepository(workspace.db)
    reviews.sign(reportId, 'first', { userId, name: '甲' })
    reviews.sign(reportId, 'second', { userId, name: '乙' })
    reviews.sign(reportId, 'final', { userId, name: '丙' })
    expect(isReportLocked(workspace.db, reportId)).toBe(true)
    reviews.reopen(reportId, 'final', '丙', '数据更新')
    expect(isReportLocked(workspace.db, reportId)).toBe(false)
    expect(
      reviews
        .listSignatures(reportId)
        .map((signature) => signature.stage)
        .sort(),
    ).toEqual(['first', 'second'])
    const events = reviews.listEvents(reportId)
    expect(events.map((event) => [event.kind, event.stage, event.by, event.note])).toEqual([
      ['signed', 'first', '甲', ''],
      ['signed', 'second', '乙', ''],
      ['signed', 'final', '丙', ''],
      ['reopened', 'final', '丙', '数据更新'],
    ])
  })

  it('keeps the name of a signer whose account is removed, and keeps reports apart', () => {
    const reviews = createReviewRepository(workspace.db)
    const other = createReport(workspace, { year: 2024, title: '旧答卷', organization: '' }).id
    reviews.sign(reportId, 'first', { userId, name: '赵总编' })
    workspace.db.prepare('DELETE FROM team_users WHERE id = ?').run(userId)
    expect(reviews.listSignatures(reportId)).toEqual([
      expect.objectContaining({ stage: 'first', userId: null, name: '赵总编' }),
    ])
    expect(reviews.listSignatures(other)).toEqual([])
    expect(reviews.listEvents(other)).toEqual([])
  })

  it('refuses in the database a stage signed twice and a stage that does not exist', () => {
    const reviews = createReviewRepository(workspace.db)
    reviews.sign(reportId, 'first', { userId, name: '甲' })
    expect(() => reviews.sign(reportId, 'first', { userId, name: '乙' })).toThrow(/UNIQUE|PRIMARY/)
    expect(() =>
      workspace.db
        .prepare(
          "INSERT INTO review_signatures (report_id, stage, name, signed_at) VALUES (?, 'fourth', '丁', '')",
        )
        .run(reportId),
    ).toThrow(/CHECK/)
  })
})

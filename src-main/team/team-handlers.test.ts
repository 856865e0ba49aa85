import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../handlers/dispatch'
import { createHandlers } from '../handlers/create-handlers'
import { createReport, openReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { addTeamUser, setTeamUserDisabled } from './team-account-service'
import { createTeamUserRepository } from './team-user-repository'

const cheap = { cost: { N: 1024, r: 8, p: 1 } }
const context = { mode: 'team' as const }
let workspace: Workspace
let reportId: number
let sectionIds: number[]

beforeEach(() => {
  workspace = openWorkspace(':memory:')
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  sectionIds = openReport(workspace, reportId).sections.map((section) => section.id)
})
afterEach(() => workspace.close())

async function addUsers() {
  const users = createTeamUserRepository(workspace.db)
  const writer = await addTeamUser(
    users,
    { name: '张三', role: 'writer', password: 'password-1' },
    cheap,
  )
  const editor = await addTeamUser(
    users,
    { name: '李四', role: 'editor', password: 'password-2' },
    cheap,
  )
  const gone = await addTeamUser(
    users,
    { name: '王五', role: 'writer', password: 'password-3' },
    cheap,
  )
  setTeamUserDisabled(users, gone.id, true)
  return { writer, editor, gone }
}

describe('the team handlers', () => {
  it('list the enabled accounts without secrets, and none before any is added', async () => {
    const handlers = createHandlers(workspace)
    expect(await dispatch(handlers, 'team.users', {}, context)).toEqual({ ok: true, value: [] })
    const { writer, editor } = await addUsers()
    expect(await dispatch(handlers, 'team.users', {}, context)).toEqual({
      ok: true,
      value: [
        { id: writer.id, name: '张三', role: 'writer' },
        { id: editor.id, name: '李四', role: 'editor' },
      ],
    })
  })

  it('give presence from the team server, for an existing report only', async () => {
    const presence = [
      { sectionId: sectionIds[0]!, members: [{ name: '张三', role: 'writer' as const }] },
    ]
    const handlers = createHandlers(workspace, undefined, { team: { presence: () => presence } })
    expect(await dispatch(handlers, 'team.presence', { reportId }, context)).toEqual({
      ok: true,
      value: presence,
    })
    expect(
      await dispatch(createHandlers(workspace), 'team.presence', { reportId }, context),
    ).toEqual({ ok: true, value: [] })
    expect(await dispatch(handlers, 'team.presence', { reportId: 99999 }, context)).toMatchObject({
      ok: false,
      code: 'report_not_found',
    })
  })

  it('assign a section to accounts, replacing the set, and say so to the team server', async () => {
    const { writer, editor, gone } = await addUsers()
    const changed: number[] = []
    const handlers = createHandlers(workspace, undefined, {
      team: { onAssignmentChanged: (sectionId) => changed.push(sectionId) },
    })
    const sectionId = sectionIds[0]!
    const assign = (userIds: number[]) =>
      dispatch(handlers, 'sections.assign', { sectionId, userIds }, context)
    expect(await assign([editor.id, writer.id])).toEqual({
      ok: true,
      value: {
        sectionId,
        members: [
          { id: writer.id, name: '张三', role: 'writer' },
          { id: editor.id, name: '李四', role: 'editor' },
        ],
      },
    })
    expect(await assign([editor.id])).toMatchObject({ ok: true })
    const listed = await dispatch(handlers, 'sections.assignments', { reportId }, context)
    expect(listed.ok && listed.value).toEqual(
      sectionIds.map((id) => ({
        sectionId: id,
        members: id === sectionId ? [{ id: editor.id, name: '李四', role: 'editor' }] : [],
      })),
    )
    expect(await assign([999])).toMatchObject({ ok: false, code: 'team_user_not_found' })
    expect(await assign([gone.id])).toMatchObject({ ok: false, code: 'team_account_disabled' })
    expect(changed).toEqual([sectionId, sectionId])
    const afterRefusals = await dispatch(handlers, 'sections.assignments', { reportId }, context)
    expect(afterRefusals).toEqual(listed)
    expect(
      await dispatch(handlers, 'sections.assign', { sectionId: 99999, userIds: [] }, context),
    ).toMatchObject({ ok: false, code: 'section_not_found' })
    expect(
      await dispatch(handlers, 'sections.assignments', { reportId: 99999 }, context),
    ).toMatchObject({ ok: false, code: 'report_not_found' })
  })
})

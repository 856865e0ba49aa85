import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { connectCollabClient } from '../bench/team/collab-client'
import { createHandlers } from '../handlers/create-handlers'
import type { TeamRole } from '../shared/team/team-roles'
import { createLiveDocumentStore } from '../team/live-document-store'
import { createLoginThrottle } from '../team/login-throttle'
import type { TeamCollaboration } from '../team/team-collaboration'
import { createTeamCollaboration } from '../team/team-collaboration'
import { addTeamUser } from '../team/team-account-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import { useTempFolder } from '../test-support/temp-folder'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import type { RunningTeamHttpServer } from './team-http-server'
import { startTeamHttpServer } from './team-http-server'

const tempFolder = useTempFolder()
const password = 'correct horse battery'
const cheap = { N: 2 ** 10, r: 8, p: 1 }

let running: RunningTeamHttpServer | undefined
let workspace: Workspace | undefined
afterEach(async () => {
  await running?.close()
  workspace?.close()
  running = undefined
  workspace = undefined
})

async function startTeam(options: { debounceMs?: number } = {}) {
  workspace = openWorkspace(join(tempFolder(), 'team.sqlite'))
  const reportId = seedSampleOnFirstLaunch(workspace)!
  const users = createTeamUserRepository(workspace.db)
  const accounts: [string, TeamRole][] = [
    ['张三', 'writer'],
    ['李四', 'writer'],
    ['王审核', 'reviewer'],
    ['赵编辑', 'editor'],
  ]
  for (const [name, role] of accounts) {
    await addTeamUser(users, { name, role, password }, { cost: cheap })
  }
  const current = workspace
  let collaboration: TeamCollaboration | undefined = undefined
  const handlers = createHandlers(current, undefined, {
    presence: (id) => collaboration?.presence(id) ?? [],
    onAssignmentChanged: (id) => collaboration?.rescopeSection(id),
  })
  const store = createLiveDocumentStore(() => current)
  collaboration = createTeamCollaboration({
    workspace: () => current,
    store,
    debounceMs: options.debounceMs ?? 200,
    maxDebounceMs: 1000,
  })
  running = await startTeamHttpServer({
    handlers,
    users: () => users,
    throttle: createLoginThrottle(),
    collaboration,
    rendererFolder: tempFolder(),
    host: '127.0.0.1',
    port: 0,
    secureCookie: false,
  })
  const base = running.url
  const sectionId = current.sections
    .listByReport(reportId)
    .find((section) => section.title === '科技创新点燃发展引擎')!.id
  return { base, reportId, sectionId, collaboration, current }
}

async function login(base: string, name: string, secret = password) {
  return fetch(new URL('/auth/login', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: secret }),
  })
}

async function cookieOf(base: string, name: string): Promise<string> {
  const response = await login(base, name)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

function call(base: string, channel: string, input: unknown, cookie?: string) {
  return fetch(new URL(`/api/${channel}`, base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  })
}

const collabUrl = (base: string) => `${base.replace(/^http/, 'ws')}collab`

describe('the team server', () => {
  it('signs in with an HttpOnly, SameSite=Strict cookie and refuses a wrong password', async () => {
    const { base } = await startTeam()
    const good = await login(base, '张三')
    expect(good.status).toBe(200)
    expect(await good.json()).toEqual({ user: { id: 1, name: '张三', role: 'writer' } })
    const cookie = good.headers.get('set-cookie')!
    expect(cookie).toMatch(/^dajuan_team=[\w-]{40,}; HttpOnly; SameSite=Strict; Path=\//)
    const me = await fetch(new URL('/auth/me', base), {
      headers: { Cookie: cookie.split(';')[0]! },
    })
    expect((await me.json()).user.name).toBe('张三')

    const bad = await login(base, '张三', 'wrong password')
    expect(bad.status).toBe(401)
    expect((await bad.json()).message).toBe('账号或密码不正确。')
    expect(bad.headers.get('set-cookie')).toBeNull()
  })

  it('throttles repeated failed logins with 429', async () => {
    const { base } = await startTeam()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push((await login(base, '李四', `wrong-${attempt}`)).status)
    }
    expect(statuses).toContain(429)
    expect(statuses[0]).toBe(401)
  })

  it('answers no channel without a session, and refuses a role its channels', async () => {
    const { base, sectionId } = await startTeam()
    const anonymous = await call(base, 'reports.list', {})
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).code).toBe('team_login_required')

    const writer = await cookieOf(base, '张三')
    const listed = await call(base, 'reports.list', {}, writer)
    expect((await listed.json()).ok).toBe(true)
    const value = await call(
      base,
      'metrics.setValue',
      { seriesId: 1, year: 2025, value: 1 },
      writer,
    )
    expect(value.status).toBe(403)

    const reviewer = await cookieOf(base, '王审核')
    const save = await call(
      base,
      'sections.save',
      { sectionId, baseVersion: 1, doc: { type: 'doc', content: [] } },
      reviewer,
    )
    expect(save.status).toBe(403)

    const foreign = await fetch(new URL('/api/reports.list', base), {
      method: 'POST',
      headers: { Cookie: writer, Origin: 'https://evil.example' },
      body: '{}',
    })
    expect(foreign.status).toBe(403)
  })

  it('refuses a document socket without a session before loading anything', async () => {
    const { base, collaboration } = await startTeam()
    const outcome = await new Promise<string>((resolve) => {
      const socket = new WebSocket(collabUrl(base))
      socket.on('unexpected-response', (_request, response) => resolve(`${response.statusCode}`))
      socket.on('open', () => resolve('open'))
      socket.on('error', (error) => resolve(error.message))
    })
    expect(outcome).toBe('401')
    expect(collaboration.hocuspocus.getDocumentsCount()).toBe(0)
  })

  it('keeps two writers in step, shows who is where, and stores a revision after a pause', async () => {
    const { base, sectionId, reportId, current } = await startTeam()
    const origin = new URL(base).origin
    const name = `section:${sectionId}`
    const zhang = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '张三'),
      origin,
    })
    const li = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '李四'),
      origin,
    })
    expect(zhang.text()).toContain('科技创新点燃发展引擎')
    zhang.type('（张三补记）')
    await expect.poll(() => li.text()).toContain('（张三补记）')

    const presence = await call(base, 'team.presence', { reportId }, await cookieOf(base, '赵编辑'))
    const members = (await presence.json()).value
    expect(members).toEqual([
      {
        sectionId,
        members: expect.arrayContaining([
          { name: '张三', role: 'writer' },
          { name: '李四', role: 'writer' },
        ]),
      },
    ])

    const versionBefore = current.sections.get(sectionId)!.version
    await expect
      .poll(() => current.sections.get(sectionId)!.version, { timeout: 5000 })
      .toBe(versionBefore + 1)
    const revisions = current.sections.listRevisions(sectionId)
    expect(revisions.filter((revision) => revision.reason === 'team')).toHaveLength(1)
    expect(JSON.stringify(current.sections.get(sectionId)!.doc)).toContain('（张三补记）')
    zhang.close()
    li.close()
  })

  it('does not apply a reviewer’s update to the live document', async () => {
    const { base, sectionId } = await startTeam()
    const origin = new URL(base).origin
    const name = `section:${sectionId}`
    const writer = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '张三'),
      origin,
    })
    const reviewer = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '王审核'),
      origin,
    })
    reviewer.type('审核偷改')
    writer.type('记者补记')
    await expect.poll(() => reviewer.text()).toContain('记者补记')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(writer.text()).not.toContain('审核偷改')
    writer.close()
    reviewer.close()
  })

  it('makes a writer read-only in a section assigned to someone else', async () => {
    const { base, sectionId } = await startTeam()
    const editor = await cookieOf(base, '赵编辑')
    const assigned = await call(base, 'sections.assign', { sectionId, userIds: [2] }, editor)
    expect((await assigned.json()).value.members).toEqual([{ id: 2, name: '李四', role: 'writer' }])
    const origin = new URL(base).origin
    const name = `section:${sectionId}`
    const zhang = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '张三'),
      origin,
    })
    const li = await connectCollabClient({
      url: collabUrl(base),
      name,
      cookie: await cookieOf(base, '李四'),
      origin,
    })
    zhang.type('越权修改')
    li.type('李四负责')
    await expect.poll(() => zhang.text()).toContain('李四负责')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(li.text()).not.toContain('越权修改')
    zhang.close()
    li.close()
  })
})

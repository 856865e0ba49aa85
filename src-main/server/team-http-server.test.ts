import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type * as Y from 'yjs'
import { createHandlers } from '../handlers/create-handlers'
import { createReport, openReport } from '../reports/report-service'
import { listRevisions, saveSection } from '../sections/section-service'
import type { DocumentNode } from '../shared/document/document-json'
import { createLiveCollaboration } from '../team/live-collaboration'
import type { LiveCollaboration } from '../team/live-collaboration'
import { createLiveDocumentRepository } from '../team/live-document-repository'
import { createLiveDocumentStore } from '../team/live-document-store'
import { createLoginThrottle, loginThrottleRules } from '../team/login-throttle'
import { sectionFragment } from '../shared/team/section-fragment'
import { addTeamUser, setTeamUserDisabled } from '../team/team-account-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import { yDocToDocument } from '../team/ydoc-to-document'
import type { LiveClient } from '../test-support/live-client'
import { connectLiveClient, waitUntil } from '../test-support/live-client'
import { useTempFolder } from '../test-support/temp-folder'
import { openWorkspace } from '../workspace/workspace'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import type { RunningTeamServer, TeamHttpServerOptions } from './team-http-server'
import { startTeamHttpServer, teamCookieName } from './team-http-server'

const cheap = { cost: { N: 1024, r: 8, p: 1 } }
const password = 'team-password-1'
const tempFolder = useTempFolder()

const doc = (...paragraphs: string[]): DocumentNode => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})

let folder: string
let file: string
let session: WorkspaceSession
let collaboration: LiveCollaboration
let server: RunningTeamServer
let reportId: number
let sectionId: number
let userIds: Record<string, number>
const clients: LiveClient[] = []

async function start(extra: Partial<TeamHttpServerOptions> = {}): Promise<RunningTeamServer> {
  return startTeamHttpServer({
    handlers: session.handlers,
    workspace: () => session.workspace,
    collaboration,
    rendererFolder: folder,
    accountOptions: cheap,
    throttle: createLoginThrottle({ ...loginThrottleRules, freeFailures: 2 }),
    ...extra,
  })
}

beforeEach(async () => {
  folder = tempFolder()
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>答卷</title>')
  file = join(folder, 'workspace.sqlite')
  collaboration = createLiveCollaboration({
    workspace: () => session.workspace,
    debounceMs: 300,
    maxDebounceMs: 1500,
  })
  session = openWorkspaceSession(
    file,
    (workspace, control) =>
      createHandlers(workspace, control, {
        team: {
          presence: (id) => collaboration.presence(id),
          onAssignmentChanged: (id) => collaboration.rescopeSection(id),
        },
      }),
    { seedSample: false, backupOnStart: false },
  )
  const workspace = session.workspace
  reportId = createReport(workspace, { year: 2025, title: '答卷', organization: '' }).id
  sectionId = openReport(workspace, reportId).sections.find((s) => s.kind === 'lead')!.id
  saveSection(workspace, { sectionId, baseVersion: 1, doc: doc('冬日的太行山脉') })
  const users = createTeamUserRepository(workspace.db)
  userIds = {}
  for (const [name, role] of [
    ['张三', 'writer'],
    ['李四', 'writer'],
    ['王编辑', 'editor'],
    ['赵审核', 'reviewer'],
  ]) {
    userIds[name] = (await addTeamUser(users, { name, role, password }, cheap)).id
  }
  server = await start()
})

afterEach(async () => {
  for (const client of clients.splice(0)) {
    client.destroy()
  }
  await server.close()
  await session.close()
})

async function logIn(name: string, secret = password) {
  return fetch(`${server.url}auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: secret }),
  })
}

async function cookieOf(name: string): Promise<string> {
  const response = await logIn(name)
  expect(response.status).toBe(200)
  return response.headers.get('set-cookie')!.split(';')[0]!
}

function call(channel: string, input: unknown, cookie?: string, origin?: string) {
  return fetch(`${server.url}api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(cookie ? { Cookie: cookie } : {}),
      ...(origin ? { Origin: origin } : {}),
    },
    body: JSON.stringify(input),
  })
}

/** A browser tab's live document connection, in Node: its WebSocket carries the session cookie. */
function connect(cookie: string, name = `section:${sectionId}`) {
  const client = connectLiveClient(server.url, cookie, name)
  clients.push(client)
  return { ...client, text: () => paragraphsOf(client.provider.document) }
}

function paragraphsOf(ydoc: Y.Doc): string[] {
  return (yDocToDocument(ydoc).content ?? []).map((block) =>
    (block.content ?? []).map((inline) => inline.text ?? '').join(''),
  )
}

function type(ydoc: Y.Doc, offset: number, text: string): void {
  const paragraph = ydoc.getXmlFragment(sectionFragment).get(0) as Y.XmlElement
  ;(paragraph.get(0) as Y.XmlText).insert(offset, text)
}

const teamRevisions = () =>
  listRevisions(session.workspace, sectionId).filter((revision) => revision.reason === 'team')

describe('signing in to the team server', () => {
  it('sets an HttpOnly SameSite=Strict session cookie, answers /auth/me, and ends it on logout', async () => {
    const response = await logIn('张三')
    expect(await response.json()).toEqual({
      user: { id: userIds['张三'], name: '张三', role: 'writer' },
    })
    const setCookie = response.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^dajuan_team=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\/$/)
    const cookie = setCookie.split(';')[0]!
    const me = await fetch(`${server.url}auth/me`, { headers: { Cookie: cookie } })
    expect(await me.json()).toEqual({ user: { id: userIds['张三'], name: '张三', role: 'writer' } })
    const out = await fetch(`${server.url}auth/logout`, {
      method: 'POST',
      headers: { Cookie: cookie },
    })
    expect(out.status).toBe(204)
    expect(out.headers.get('set-cookie')).toContain(`${teamCookieName}=;`)
    const after = await fetch(`${server.url}auth/me`, { headers: { Cookie: cookie } })
    expect(after.status).toBe(401)
    expect(await after.json()).toMatchObject({ ok: false, code: 'team_login_required' })
  })

  it('marks the cookie Secure when the server sits behind HTTPS', async () => {
    const secure = await start({ secureCookie: true })
    const response = await fetch(`${secure.url}auth/login`, {
      method: 'POST',
      body: JSON.stringify({ name: '王编辑', password }),
    })
    expect(response.headers.get('set-cookie')).toMatch(/; Secure$/)
    await secure.close()
  })

  it('refuses a wrong password with 401, then throttles that name with 429', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await logIn('张三', 'wrong-password')
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({
        code: 'team_login_failed',
        message: '账号或密码不正确。',
      })
    }
    const throttled = await logIn('张三')
    expect(throttled.status).toBe(429)
    expect(throttled.headers.get('retry-after')).toBe('1')
    expect(await throttled.json()).toMatchObject({ ok: false, code: 'team_login_throttled' })
    expect(throttled.headers.get('set-cookie')).toBeNull()
  })
})

describe('contract calls on the team server', () => {
  it('need a session (401), a role that may call the channel (403) and a matching Origin', async () => {
    const anonymous = await call('sections.get', { sectionId })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ code: 'team_login_required' })
    const writer = await cookieOf('张三')
    const refused = await call('metrics.setValue', { seriesId: 1, year: 2025, text: '1' }, writer)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ ok: false, code: 'team_forbidden' })
    const allowed = await call('sections.get', { sectionId }, writer)
    expect(await allowed.json()).toMatchObject({ ok: true, value: { id: sectionId, version: 2 } })
    const host = new URL(server.url).host
    const sameOrigin = await call('sections.get', { sectionId }, writer, `http://${host}`)
    expect(sameOrigin.status).toBe(200)
    const foreign = await call('sections.get', { sectionId }, writer, 'http://evil.example')
    expect(foreign.status).toBe(403)
  })

  it('answer 401 once the account is disabled', async () => {
    const writer = await cookieOf('张三')
    expect((await call('sections.get', { sectionId }, writer)).status).toBe(200)
    setTeamUserDisabled(createTeamUserRepository(session.workspace.db), userIds['张三']!, true)
    const refused = await call('sections.get', { sectionId }, writer)
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ code: 'team_login_required' })
  })

  it('keep a writer out of a section assigned to someone else', async () => {
    const editor = await cookieOf('王编辑')
    await call('sections.assign', { sectionId, userIds: [userIds['李四']] }, editor)
    const writer = await cookieOf('张三')
    const save = { sectionId, baseVersion: 2, doc: doc('改写') }
    expect((await call('sections.save', save, writer)).status).toBe(403)
    const assignee = await cookieOf('李四')
    expect(await (await call('sections.save', save, assignee)).json()).toMatchObject({ ok: true })
  })
})

describe('live documents over /collab', () => {
  it('refuse an upgrade without a session cookie, loading nothing', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}collab`)
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      socket.on('open', () => reject(new Error('opened')))
      socket.on('error', () => undefined)
    })
    expect(status).toBe(401)
    const wrongPath = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}other`, {
        headers: { Cookie: 'dajuan_team=nothing' },
      })
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      socket.on('error', () => undefined)
    })
    expect(wrongPath).toBe(401)
    expect(collaboration.hocuspocus.getDocumentsCount()).toBe(0)
  })

  it('let two writers converge, each update on disk before it is acknowledged', async () => {
    const first = connect(await cookieOf('张三'))
    const second = connect(await cookieOf('李四'))
    await waitUntil(() => first.provider.isSynced && second.provider.isSynced, 'sync')
    expect(first.scopes).toEqual(['read-write'])
    expect(first.text()).toEqual(['冬日的太行山脉'])
    const observer = openWorkspace(file)
    const logged = () => createLiveDocumentRepository(observer.db).listUpdates(sectionId).length
    const before = logged()
    let loggedAtAck = -1
    first.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0 && loggedAtAck < 0) {
        loggedAtAck = logged()
      }
    })
    type(first.provider.document, 0, '今年')
    await waitUntil(() => loggedAtAck >= 0, 'the acknowledgement')
    expect(loggedAtAck).toBe(before + 1)
    await waitUntil(() => second.text()[0] === '今年冬日的太行山脉', 'the first edit')
    type(second.provider.document, 9, '，一片银白')
    await waitUntil(() => first.text()[0] === '今年冬日的太行山脉，一片银白', 'the second edit')
    const presence = await call('team.presence', { reportId }, await cookieOf('赵审核'))
    expect(await presence.json()).toEqual({
      ok: true,
      value: [
        {
          sectionId,
          members: [
            { name: '张三', role: 'writer' },
            { name: '李四', role: 'writer' },
          ],
        },
      ],
    })
    observer.close()
  })

  it('acknowledge nothing that could not be written, and drop that connection', async () => {
    const writer = connect(await cookieOf('张三'))
    await waitUntil(() => writer.provider.isSynced, 'sync')
    session.workspace.db.exec(
      `CREATE TEMP TRIGGER refuse_updates BEFORE INSERT ON live_document_updates
       BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    )
    let disconnected = false
    writer.provider.on('disconnect', () => (disconnected = true))
    type(writer.provider.document, 0, '丢')
    await waitUntil(() => disconnected, 'the dropped connection')
    expect(writer.provider.unsyncedChanges).toBeGreaterThan(0)
    session.workspace.db.exec('DROP TRIGGER refuse_updates')
  })

  it('give a reviewer a read-only connection whose edits the server does not apply', async () => {
    const writer = connect(await cookieOf('张三'))
    const reviewer = connect(await cookieOf('赵审核'))
    await waitUntil(() => writer.provider.isSynced && reviewer.provider.isSynced, 'sync')
    expect(reviewer.scopes).toEqual(['readonly'])
    type(reviewer.provider.document, 0, '审核改的')
    type(writer.provider.document, 7, '。')
    await waitUntil(() => reviewer.text()[0] === '审核改的冬日的太行山脉。', 'the writer’s edit')
    const live = collaboration.hocuspocus.documents.get(`section:${sectionId}`)!
    expect(paragraphsOf(live)).toEqual(['冬日的太行山脉。'])
    expect(writer.text()).toEqual(['冬日的太行山脉。'])
  })

  it('refuse a section that does not exist, and one of another name', async () => {
    const cookie = await cookieOf('张三')
    const missing = connect(cookie, 'section:987654')
    const other = connect(cookie, 'report:1')
    await waitUntil(() => missing.denied.length > 0 && other.denied.length > 0, 'the refusals')
    expect(missing.denied[0]).toContain('找不到该栏目')
    expect(collaboration.hocuspocus.getDocumentsCount()).toBe(0)
  })

  it('store one team revision per idle pause, not one per keystroke', async () => {
    const writer = connect(await cookieOf('张三'))
    await waitUntil(() => writer.provider.isSynced, 'sync')
    for (const [offset, character] of [...'，一片银白'].entries()) {
      type(writer.provider.document, 7 + offset, character)
      await new Promise((resolve) => setTimeout(resolve, 60))
    }
    await waitUntil(() => teamRevisions().length > 0, 'the revision')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(teamRevisions()).toHaveLength(1)
    expect(session.workspace.sections.get(sectionId)!.doc).toEqual(doc('冬日的太行山脉，一片银白'))
  })

  it('keep acknowledged edits through a crash: the workspace reopened without a store has them', async () => {
    await collaboration.close()
    collaboration = createLiveCollaboration({
      workspace: () => session.workspace,
      debounceMs: 60_000,
      maxDebounceMs: 60_000,
    })
    await server.close()
    server = await start()
    const writer = connect(await cookieOf('张三'))
    await waitUntil(() => writer.provider.isSynced, 'sync')
    type(writer.provider.document, 0, '今年')
    await waitUntil(() => writer.provider.unsyncedChanges === 0, 'the acknowledgement')
    const reopened = openWorkspace(file)
    expect(reopened.sections.get(sectionId)!.version).toBe(2)
    expect(paragraphsOf(createLiveDocumentStore(() => reopened).load(sectionId))).toEqual([
      '今年冬日的太行山脉',
    ])
    reopened.close()
  })

  it('show the text a contract call restored, and reconnect a writer whose section was assigned away', async () => {
    const writer = connect(await cookieOf('张三'))
    await waitUntil(() => writer.provider.isSynced, 'sync')
    type(writer.provider.document, 7, '，一片银白')
    await waitUntil(() => writer.provider.unsyncedChanges === 0, 'the acknowledgement')
    const editor = await cookieOf('王编辑')
    const first = listRevisions(session.workspace, sectionId).find((r) => r.version === 1)!
    const restored = await call(
      'sections.restoreRevision',
      { sectionId, revisionId: first.id },
      editor,
    )
    expect(await restored.json()).toMatchObject({ ok: true })
    await waitUntil(() => writer.text()[0] !== '冬日的太行山脉，一片银白', 'the restored text')
    expect(yDocToDocument(writer.provider.document)).toEqual(
      session.workspace.sections.get(sectionId)!.doc,
    )
    expect(
      listRevisions(session.workspace, sectionId)
        .map((r) => r.reason)
        .slice(0, 2),
    ).toEqual(['restore', 'team'])
    await call('sections.assign', { sectionId, userIds: [userIds['李四']] }, editor)
    await waitUntil(() => writer.scopes.length === 2, 'the new scope')
    expect(writer.scopes).toEqual(['read-write', 'readonly'])
  })
})

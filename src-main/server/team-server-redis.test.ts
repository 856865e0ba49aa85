import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { Redis } from '@hocuspocus/extension-redis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createHandlers } from '../handlers/create-handlers'
import { createReport, openReport } from '../reports/report-service'
import { listRevisions, saveSection } from '../sections/section-service'
import type { LiveCollaboration } from '../team/live-collaboration'
import { createLiveCollaboration } from '../team/live-collaboration'
import { sectionFragment } from '../shared/team/section-fragment'
import { addTeamUser } from '../team/team-account-service'
import { createTeamUserRepository } from '../team/team-user-repository'
import { yDocToDocument } from '../team/ydoc-to-document'
import { connectLiveClient, waitUntil } from '../test-support/live-client'
import { useTempFolder } from '../test-support/temp-folder'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import type { RunningTeamServer } from './team-http-server'
import { startTeamHttpServer } from './team-http-server'

const redisServer = '/usr/bin/redis-server'
const cheap = { cost: { N: 1024, r: 8, p: 1 } }
const tempFolder = useTempFolder()

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

const text = (ydoc: Y.Doc) =>
  (yDocToDocument(ydoc).content?.[0]?.content ?? []).map((inline) => inline.text).join('')

interface Instance {
  session: WorkspaceSession
  collaboration: LiveCollaboration
  server: RunningTeamServer
}

describe.skipIf(!existsSync(redisServer))(
  'two team servers sharing live documents through Redis',
  () => {
    let redis: ChildProcess
    let redisPort: number
    let file: string
    let folder: string
    let sectionId: number
    const instances: Instance[] = []
    const closers: (() => void)[] = []

    beforeAll(async () => {
      redisPort = await freePort()
      redis = spawn(
        redisServer,
        ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', ''],
        {
          stdio: 'ignore',
        },
      )
      folder = tempFolder()
      writeFileSync(join(folder, 'index.html'), '<!doctype html>')
      file = join(folder, 'workspace.sqlite')
      for (let index = 0; index < 2; index++) {
        const collaboration = createLiveCollaboration({
          workspace: () => session.workspace,
          debounceMs: 300,
          maxDebounceMs: 1500,
          extensions: [new Redis({ host: '127.0.0.1', port: redisPort })],
        })
        const session = openWorkspaceSession(file, createHandlers, {
          seedSample: false,
          backupOnStart: false,
        })
        if (index === 0) {
          const reportId = createReport(session.workspace, {
            year: 2025,
            title: '答卷',
            organization: '',
          }).id
          sectionId = openReport(session.workspace, reportId).sections.find(
            (s) => s.kind === 'lead',
          )!.id
          saveSection(session.workspace, {
            sectionId,
            baseVersion: 1,
            doc: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '两会' }] }],
            },
          })
          const users = createTeamUserRepository(session.workspace.db)
          await addTeamUser(users, { name: '甲', role: 'writer', password: 'password-a' }, cheap)
          await addTeamUser(users, { name: '乙', role: 'writer', password: 'password-b' }, cheap)
        }
        const server = await startTeamHttpServer({
          handlers: session.handlers,
          workspace: () => session.workspace,
          collaboration,
          rendererFolder: folder,
          accountOptions: cheap,
        })
        instances.push({ session, collaboration, server })
      }
    })

    afterAll(async () => {
      closers.forEach((close) => close())
      for (const { server, session } of instances) {
        await server.close()
        await session.close()
      }
      redis.kill()
    })

    async function connect(instance: Instance, name: string, password: string) {
      const login = await fetch(`${instance.server.url}auth/login`, {
        method: 'POST',
        body: JSON.stringify({ name, password }),
      })
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!
      const client = connectLiveClient(instance.server.url, cookie, `section:${sectionId}`)
      closers.push(client.destroy)
      await waitUntil(() => client.provider.isSynced, 'sync')
      return client.provider
    }

    it('take Redis’s store lock before storing, then let A on one and B on the other converge', async () => {
      const names = instances[0]!.collaboration.hocuspocus.configuration.extensions.map(
        (extension) => extension.extensionName ?? extension.constructor.name,
      )
      expect(names.indexOf('Redis')).toBeLessThan(names.indexOf('dajuan-live-documents'))

      const a = await connect(instances[0]!, '甲', 'password-a')
      const b = await connect(instances[1]!, '乙', 'password-b')
      const paragraph = (ydoc: Y.Doc) =>
        (ydoc.getXmlFragment(sectionFragment).get(0) as Y.XmlElement).get(0) as Y.XmlText
      paragraph(a.document).insert(2, '特刊')
      await waitUntil(() => text(b.document) === '两会特刊', 'A’s edit on instance 2')
      paragraph(b.document).insert(0, '全国')
      await waitUntil(() => text(a.document) === '全国两会特刊', 'B’s edit on instance 1')
      const session = instances[0]!.session
      await waitUntil(
        () =>
          session.workspace.sections.get(sectionId)!.doc.content?.[0]?.content?.[0]?.text ===
          '全国两会特刊',
        'the stored revision',
      )
      const team = listRevisions(session.workspace, sectionId).filter((r) => r.reason === 'team')
      expect(team.length).toBeGreaterThanOrEqual(1)
    })
  },
)

import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createHandlers } from '../handlers/create-handlers'
import { createLiveDocumentStore } from '../team/live-document-store'
import { createLoginThrottle } from '../team/login-throttle'
import type { TeamCollaboration } from '../team/team-collaboration'
import { createTeamCollaboration } from '../team/team-collaboration'
import { createTeamUserRepository } from '../team/team-user-repository'
import { ensureWorkspaceFolder } from '../workspace/ensure-workspace-folder'
import { resolveWorkspaceFile } from '../workspace/start-workspace'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import { takeWorkspaceLock } from '../workspace/workspace-lock'
import { startTeamHttpServer } from './team-http-server'

process.on('unhandledRejection', (error) => console.error('[dajuan] unhandled rejection:', error))

/** `redis://HOST:PORT` as host and port; throws a Chinese message for anything else. */
function parseRedisAddress(value: string): { host: string; port: number } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`Redis 地址无效：${value}（应为 redis://主机:端口）`)
  }
  const port = Number(url.port || 6379)
  if (url.protocol !== 'redis:' || !url.hostname || !Number.isInteger(port)) {
    throw new Error(`Redis 地址无效：${value}（应为 redis://主机:端口）`)
  }
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      redis: { type: 'string' },
      'secure-cookie': { type: 'boolean' },
    },
    strict: true,
  })
  const port = values.port === undefined ? 8080 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${values.port}`)
  }
  const redis = values.redis === undefined ? undefined : parseRedisAddress(values.redis)
  const file = resolveWorkspaceFile(values.db)
  ensureWorkspaceFolder(file)
  const lock = takeWorkspaceLock(file, 'team')
  let session: WorkspaceSession
  let collaboration: TeamCollaboration | undefined
  try {
    session = openWorkspaceSession(file, (workspace, control) =>
      createHandlers(workspace, control, {
        presence: (reportId) => collaboration?.presence(reportId) ?? [],
        onAssignmentChanged: (sectionId) => collaboration?.rescopeSection(sectionId),
        onLockChanged: (reportId) => collaboration?.rescopeReport(reportId),
      }),
    )
  } catch (error) {
    lock.release()
    throw error
  }
  const current = () => session.workspace
  const store = createLiveDocumentStore(current)
  // Updates logged before a crash and never stored become revisions now.
  const recovered = store.storeLogged()
  if (recovered.length > 0) {
    console.log(`已从上次中断时的记录恢复 ${recovered.length} 个栏目的协同修改。`)
  }
  collaboration = createTeamCollaboration({ workspace: current, store, redis })
  const running = await startTeamHttpServer({
    handlers: session.handlers,
    users: () => createTeamUserRepository(current().db),
    throttle: createLoginThrottle(),
    collaboration,
    rendererFolder: join(__dirname, '..', 'renderer'),
    host: values.host ?? '127.0.0.1',
    port,
    secureCookie: values['secure-cookie'] ?? false,
  })
  lock.update({ url: running.url })
  console.log(`答卷团队服务器已启动，工作区：${session.status.workspace}`)
  console.log(
    `请在浏览器中打开：${running.url}${redis ? `（经 Redis ${values.redis} 与其他实例共享）` : ''}`,
  )
  console.log(`DAJUAN_TEAM_URL=${running.url}`)
  let stopping = false
  const stop = () => {
    if (stopping) {
      return
    }
    stopping = true
    void running
      .close()
      .then(() => session.close())
      .finally(() => {
        lock.release()
        process.exit(0)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`启动失败：${(error as Error).message}`)
  process.exit(1)
})

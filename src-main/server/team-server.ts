import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Redis } from '@hocuspocus/extension-redis'
import { createHandlers } from '../handlers/create-handlers'
import { createLiveCollaboration } from '../team/live-collaboration'
import { ensureWorkspaceFolder } from '../workspace/ensure-workspace-folder'
import { takeWorkspaceLock } from '../workspace/workspace-lock'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import { resolveWorkspaceFile } from '../workspace/start-workspace'
import { startTeamHttpServer } from './team-http-server'

// The last line of defence: a failure nothing else caught is logged, and the server keeps serving.
process.on('unhandledRejection', (error) => console.error('[dajuan] unhandled rejection:', error))

function parsePort(value: string | undefined): number {
  const port = value === undefined ? 0 : Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${value}`)
  }
  return port
}

function parseRedis(value: string | undefined): { host: string; port: number } | undefined {
  if (value === undefined) {
    return undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`Redis 地址无效：${value}（应为 redis://主机:端口）`)
  }
  if (url.protocol !== 'redis:' || !url.hostname) {
    throw new Error(`Redis 地址无效：${value}（应为 redis://主机:端口）`)
  }
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port ? Number(url.port) : 6379 }
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
  const port = parsePort(values.port)
  const redis = parseRedis(values.redis)
  const file = resolveWorkspaceFile(values.db)
  ensureWorkspaceFolder(file)
  const lock = takeWorkspaceLock(file, 'team')
  let session: WorkspaceSession | undefined
  const collaboration = createLiveCollaboration({
    workspace: () => session!.workspace,
    extensions: redis ? [new Redis({ host: redis.host, port: redis.port })] : [],
  })
  try {
    session = openWorkspaceSession(file, (workspace, control) =>
      createHandlers(workspace, control, {
        team: {
          presence: (reportId) => collaboration.presence(reportId),
          onAssignmentChanged: (sectionId) => collaboration.rescopeSection(sectionId),
        },
        review: { onLockChanged: (reportId) => collaboration.rescopeReport(reportId) },
      }),
    )
  } catch (error) {
    lock.release()
    throw error
  }
  const { recovered } = session.status
  if (recovered) {
    console.error(
      `工作区文件已损坏（${recovered.problem}），已移到：${recovered.movedTo}（未删除）。请由管理员从备份恢复。`,
    )
  }
  const stored = collaboration.store.storeLogged()
  if (stored.length > 0) {
    console.log(`已保存上次未及保存的协同编辑：${stored.length} 个栏目。`)
  }
  const running = await startTeamHttpServer({
    handlers: session.handlers,
    workspace: () => session!.workspace,
    collaboration,
    rendererFolder: join(__dirname, '..', 'renderer'),
    host: values.host,
    port,
    secureCookie: values['secure-cookie'] ?? false,
  })
  lock.update({ url: running.url })
  console.log(`答卷团队服务器已启动，工作区：${session.status.workspace}`)
  if (redis) {
    console.log(`与其他团队服务器经 Redis（${redis.host}:${redis.port}）共享协同文档。`)
  }
  console.log(`DAJUAN_TEAM_URL=${running.url}`)
  const stop = () => {
    void running
      .close()
      .then(() => session!.close())
      .catch((error: unknown) => console.error('[dajuan] 关闭时出错：', error))
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

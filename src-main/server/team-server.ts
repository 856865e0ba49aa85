import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { Redis } from '@hocuspocus/extension-redis'
import { createHandlers } from '../handlers/create-handlers'
import { createLiveCollaboration } from '../team/live-collaboration'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openServedWorkspace, parsePort } from './open-served-workspace'
import { startTeamHttpServer } from './team-http-server'

// The last line of defence: a failure nothing else caught is logged, and the server keeps serving.
process.on('unhandledRejection', (error) => console.error('[dajuan] unhandled rejection:', error))

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
  let session: WorkspaceSession | undefined
  const collaboration = createLiveCollaboration({
    workspace: () => session!.workspace,
    extensions: redis ? [new Redis({ host: redis.host, port: redis.port })] : [],
  })
  const served = openServedWorkspace(
    values.db,
    'team',
    (workspace, control) =>
      createHandlers(workspace, control, {
        team: {
          presence: (reportId) => collaboration.presence(reportId),
          onAssignmentChanged: (sectionId) => collaboration.rescopeSection(sectionId),
        },
        review: { onLockChanged: (reportId) => collaboration.rescopeReport(reportId) },
      }),
    '请由管理员从备份恢复。',
  )
  session = served.session
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
  served.lock.update({ url: running.url })
  console.log(`答卷团队服务器已启动，工作区：${session.status.workspace}`)
  if (redis) {
    console.log(`与其他团队服务器经 Redis（${redis.host}:${redis.port}）共享协同文档。`)
  }
  console.log(`DAJUAN_TEAM_URL=${running.url}`)
  served.stopOnSignals(running.close)
}

main().catch((error: unknown) => {
  console.error(`启动失败：${(error as Error).message}`)
  process.exit(1)
})

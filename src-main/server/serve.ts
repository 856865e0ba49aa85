import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import { createHandlers } from '../handlers/create-handlers'
import { ensureWorkspaceFolder } from '../workspace/ensure-workspace-folder'
import { takeWorkspaceLock } from '../workspace/workspace-lock'
import { resolveWorkspaceFile } from '../workspace/start-workspace'
import { startBrowserServer } from './browser-server'
import { openInBrowser } from './open-in-browser'

// The last line of defence: a failure nothing else caught is logged, and the server keeps serving.
process.on('unhandledRejection', (error) => console.error('[dajuan] unhandled rejection:', error))

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${values.port}`)
  }
  const file = resolveWorkspaceFile(values.db)
  ensureWorkspaceFolder(file)
  const lock = takeWorkspaceLock(file, 'browser')
  let session: WorkspaceSession
  try {
    session = openWorkspaceSession(file, createHandlers)
  } catch (error) {
    lock.release()
    throw error
  }
  const { recovered } = session.status
  if (recovered) {
    console.error(
      `工作区文件已损坏（${recovered.problem}），已移到：${recovered.movedTo}（未删除）。请在页面上从备份恢复。`,
    )
  }
  const running = await startBrowserServer({
    handlers: session.handlers,
    rendererFolder: join(__dirname, '..', 'renderer'),
    token: randomBytes(24).toString('base64url'),
    port,
  })
  lock.update({ url: running.url })
  console.log(`答卷（浏览器模式）已启动，工作区：${session.status.workspace}`)
  console.log(`请在浏览器中打开：${running.url}`)
  console.log(`DAJUAN_URL=${running.url}`)
  if (!values['no-open']) {
    const opened = await openInBrowser(running.url)
    console.log(opened ? '已在默认浏览器中打开。' : '未能自动打开浏览器，请手动打开上面的地址。')
  }
  const stop = () => {
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

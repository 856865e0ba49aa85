import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createHandlers } from '../handlers/create-handlers'
import { resolveWorkspaceFile, startWorkspace } from '../workspace/start-workspace'
import { startBrowserServer } from './browser-server'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`端口无效：${values.port}`)
  }
  const workspace = startWorkspace(resolveWorkspaceFile(values.db))
  const running = await startBrowserServer({
    handlers: createHandlers(workspace),
    rendererFolder: join(__dirname, '..', 'renderer'),
    token: randomBytes(24).toString('base64url'),
    port,
  })
  console.log(`答卷（浏览器模式）已启动，工作区：${workspace.file}`)
  console.log(`请在浏览器中打开：${running.url}`)
  console.log(`DAJUAN_URL=${running.url}`)
  const stop = () => {
    void running.close().finally(() => {
      workspace.close()
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

import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createHandlers } from '../handlers/create-handlers'
import { startBrowserServer } from './browser-server'
import { openInBrowser } from './open-in-browser'
import { openServedWorkspace, parsePort } from './open-served-workspace'

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
  const port = parsePort(values.port)
  const { session, lock, stopOnSignals } = openServedWorkspace(
    values.db,
    'browser',
    createHandlers,
    '请在页面上从备份恢复。',
  )
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
  stopOnSignals(running.close)
}

main().catch((error: unknown) => {
  console.error(`启动失败：${(error as Error).message}`)
  process.exit(1)
})

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, app, ipcMain, session } from 'electron'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { contentSecurityPolicy } from '../server/content-security-policy'
import { startWorkspace } from '../workspace/start-workspace'
import { workspaceFileIn } from '../workspace/default-workspace-path'
import type { Workspace } from '../workspace/workspace'

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html')
const rendererUrl = pathToFileURL(rendererIndex).href
const closeTimeoutMs = 3000

let workspace: Workspace | undefined
let mainWindow: BrowserWindow | undefined

function isOurRenderer(url: string | undefined): boolean {
  return url === rendererUrl || (url ?? '').startsWith(`${rendererUrl}#`)
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '答卷',
    show: false,
    webPreferences: {
      preload: join(__dirname, '..', 'preload', 'index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-redirect', (event) => event.preventDefault())

  let closeConfirmed = false
  window.on('close', (event) => {
    if (closeConfirmed) {
      return
    }
    event.preventDefault()
    const finish = () => {
      closeConfirmed = true
      window.close()
    }
    const timer = setTimeout(finish, closeTimeoutMs)
    ipcMain.once('dajuan:close-ready', () => {
      clearTimeout(timer)
      finish()
    })
    window.webContents.send('dajuan:before-close')
  })
  void window.loadFile(rendererIndex)
  return window
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    })
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

function registerIpc(open: Workspace): void {
  const handlers = createHandlers(open)
  ipcMain.handle('dajuan:invoke', (event, channel: unknown, input: unknown) => {
    if (!isOurRenderer(event.senderFrame?.url)) {
      return { ok: false, code: 'forbidden', message: '拒绝访问：请求不是来自答卷的窗口。' }
    }
    return dispatch(handlers, String(channel), input, { mode: 'electron' })
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore()
      }
      mainWindow.focus()
    }
  })
  void app.whenReady().then(() => {
    hardenSessions()
    workspace = startWorkspace(workspaceFileIn(app.getPath('userData')))
    registerIpc(workspace)
    mainWindow = createWindow()
  })
  app.on('window-all-closed', () => {
    workspace?.close()
    workspace = undefined
    app.quit()
  })
}

import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { IpcMainEvent } from 'electron'
import { BrowserWindow, app, dialog, ipcMain, session } from 'electron'
import { errorMessage } from '../shared/errors/app-error'
import type { WorkspaceSession } from '../workspace/workspace-session'
import { openWorkspaceSession } from '../workspace/workspace-session'
import type { Handlers } from '../contract/channels'
import { createHandlers } from '../handlers/create-handlers'
import { dispatch } from '../handlers/dispatch'
import { contentSecurityPolicy } from '../server/content-security-policy'
import { workspaceFileIn } from '../workspace/default-workspace-path'
import { ensureWorkspaceFolder } from '../workspace/ensure-workspace-folder'
import type { WorkspaceLock } from '../workspace/workspace-lock'
import { takeWorkspaceLock } from '../workspace/workspace-lock'
import { exportFileExtensions } from '../shared/export/export-formats'
import { teamServerFromArgs } from './team-server-address'
import { createHardenedWindow } from './hardened-window'
import { openTeamWindow } from './team-window'

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html')
const rendererUrl = pathToFileURL(rendererIndex).href
const closeTimeoutMs = 3000

let workspaceSession: WorkspaceSession | undefined
let workspaceLock: WorkspaceLock | undefined
let mainWindow: BrowserWindow | undefined

function isOurRenderer(url: string | undefined): boolean {
  return url === rendererUrl || (url ?? '').startsWith(`${rendererUrl}#`)
}

function createWindow(): BrowserWindow {
  const window = createHardenedWindow('答卷', {
    preload: join(__dirname, '..', 'preload', 'index.js'),
  })
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
    // Only this window's own page may end its close hand-shake early.
    const onReady = (ready: IpcMainEvent) => {
      if (ready.sender !== window.webContents || !isOurRenderer(ready.senderFrame?.url)) {
        return
      }
      ipcMain.removeListener('dajuan:close-ready', onReady)
      clearTimeout(timer)
      finish()
    }
    const timer = setTimeout(() => {
      ipcMain.removeListener('dajuan:close-ready', onReady)
      finish()
    }, closeTimeoutMs)
    ipcMain.on('dajuan:close-ready', onReady)
    window.webContents.send('dajuan:before-close')
  })
  void window.loadFile(rendererIndex)
  return window
}

function hardenSessions(): void {
  // Copy as rich text writes the clipboard (sanitized, write only); nothing else is granted.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  )
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    })
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/** Paths the user chose in a save dialog: the only ones the path-writing channels may write. */
const chosenSavePaths = new Set<string>()
const pathWritingChannels = new Set(['export.toFile', 'compare.toFile'])

async function pickSavePath(
  owner: BrowserWindow | null,
  defaultName: unknown,
  extension: unknown,
  filterName: unknown,
): Promise<string | null> {
  // The extensions the app exports to (the 公众号 package is a .zip); nothing else is offered.
  if (!Object.values(exportFileExtensions).includes(String(extension))) {
    return null
  }
  const options = {
    defaultPath: join(app.getPath('documents'), basename(String(defaultName))),
    filters: [{ name: String(filterName).slice(0, 80), extensions: [String(extension)] }],
  }
  const result = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) {
    return null
  }
  chosenSavePaths.add(result.filePath)
  return result.filePath
}

function registerIpc(handlers: Handlers): void {
  ipcMain.handle('dajuan:pick-save-path', (event, ...choice: unknown[]) => {
    if (!isOurRenderer(event.senderFrame?.url)) {
      return null
    }
    const [name, extension, filter] = choice
    return pickSavePath(BrowserWindow.fromWebContents(event.sender), name, extension, filter)
  })
  ipcMain.handle('dajuan:invoke', (event, channel: unknown, input: unknown) => {
    if (!isOurRenderer(event.senderFrame?.url)) {
      return { ok: false, code: 'forbidden', message: '拒绝访问：请求不是来自答卷的窗口。' }
    }
    // A renderer writes files only where the user pointed a save dialog.
    const path = (input as { path?: unknown } | null)?.path
    if (pathWritingChannels.has(String(channel)) && !chosenSavePaths.has(String(path))) {
      return { ok: false, code: 'forbidden', message: errorMessage('forbidden') }
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
    // `--team-server URL`: the window joins a team server; no local workspace is opened.
    let teamServer: URL | undefined
    try {
      teamServer = teamServerFromArgs(process.argv)
    } catch (error) {
      dialog.showErrorBox('答卷无法启动', (error as Error).message)
      app.quit()
      return
    }
    if (teamServer) {
      mainWindow = openTeamWindow(teamServer)
      return
    }
    const workspaceFile = workspaceFileIn(app.getPath('userData'))
    try {
      ensureWorkspaceFolder(workspaceFile)
      // Browser mode on the same workspace holds the same lock, and says where it is.
      workspaceLock = takeWorkspaceLock(workspaceFile, 'electron')
      // A damaged workspace is moved aside here and the renderer offers the backups (workspace.status).
      workspaceSession = openWorkspaceSession(workspaceFile, createHandlers)
    } catch (error) {
      workspaceLock?.release()
      dialog.showErrorBox('答卷无法启动', (error as Error).message)
      app.quit()
      return
    }
    registerIpc(workspaceSession.handlers)
    mainWindow = createWindow()
  })
  app.on('window-all-closed', () => {
    const closing = workspaceSession?.close() ?? Promise.resolve()
    workspaceSession = undefined
    void closing.finally(() => {
      workspaceLock?.release()
      app.quit()
    })
  })
}

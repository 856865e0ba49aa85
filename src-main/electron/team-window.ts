import type { BrowserWindow } from 'electron'
import { app, dialog, session } from 'electron'
import zhCN from '../../resources/locales/zh-CN.json'
import { errorMessage } from '../shared/errors/app-error'
import { createHardenedWindow } from './hardened-window'
import { isTeamServerPage } from './team-server-address'

/** The window's storage (cookies: the team session) kept across launches, apart from the local app's. */
const teamPartition = 'persist:dajuan-team'
/** Chromium's code for a load the page itself cancelled (not a network failure). */
const loadAborted = -3

const labels = zhCN.ui.desktop

/**
 * The desktop window as a client of a team server: it shows the server's own pages (the same app a
 * browser tab gets, signed in with the team session cookie) with no preload and no way to reach this
 * machine's files or the main process; it never leaves the server's origin. The page's live
 * documents keep what is typed while the network is down and merge it when the server is back; a
 * close while edits are still unsent asks first. A server that cannot be reached says so, with
 * 重试 and 退出.
 */
export function openTeamWindow(teamServer: URL): BrowserWindow {
  const teamSession = session.fromPartition(teamPartition)
  // Copy as rich text writes the clipboard (sanitized, write only); nothing else is granted.
  teamSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  )
  teamSession.setPermissionCheckHandler(
    (_contents, permission) => permission === 'clipboard-sanitized-write',
  )

  const window = createHardenedWindow(`答卷 · ${teamServer.host}`, { partition: teamPartition })
  const contents = window.webContents
  const stayOnServer = (event: { preventDefault: () => void }, url: string) => {
    if (!isTeamServerPage(url, teamServer)) {
      event.preventDefault()
    }
  }
  contents.on('will-navigate', stayOnServer)
  contents.on('will-redirect', stayOnServer)

  // The page's beforeunload says edits are still unsent: closing anyway is the person's choice.
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: '答卷',
      message: errorMessage('team_unsent_on_close'),
      buttons: [labels.keepOpen, labels.closeAnyway],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    if (choice === 1) {
      event.preventDefault()
    }
  })

  contents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
    if (!isMainFrame || code === loadAborted) {
      return
    }
    const choice = dialog.showMessageBoxSync(window, {
      type: 'error',
      title: '答卷',
      message: errorMessage('team_server_unreachable', {
        server: teamServer.origin,
        reason: description,
      }),
      buttons: [labels.retry, labels.quit],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    })
    if (choice === 0) {
      void window.loadURL(teamServer.href)
    } else {
      app.quit()
    }
  })

  void window.loadURL(teamServer.href)
  return window
}

import type { WebPreferences } from 'electron'
import { BrowserWindow } from 'electron'

/**
 * A window for Dajuan's pages: isolated, sandboxed, no Node, no pop-ups, shown once painted. The
 * caller adds where its page comes from (a preload for the local app, a session partition for a
 * team server) and where it may navigate.
 */
export function createHardenedWindow(
  title: string,
  source: Pick<WebPreferences, 'preload' | 'partition'>,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title,
    show: false,
    webPreferences: {
      ...source,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  return window
}

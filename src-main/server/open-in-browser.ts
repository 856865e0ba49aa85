import { spawn } from 'node:child_process'

/** The command that opens an address in the default browser, per platform. */
function openerFor(platform: NodeJS.Platform, url: string): [string, string[]] {
  if (platform === 'win32') {
    return ['cmd', ['/c', 'start', '""', url]]
  }
  if (platform === 'darwin') {
    return ['open', [url]]
  }
  return ['xdg-open', [url]]
}

/**
 * Opens the address in the default browser (xdg-open on Linux, UOS and Kylin; start on Windows);
 * resolves false when there is none to open it with, which only means the address must be opened
 * by hand.
 */
export function openInBrowser(url: string, platform = process.platform): Promise<boolean> {
  const [command, args] = openerFor(platform, url)
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true })
      child.once('error', () => resolve(false))
      child.once('spawn', () => {
        child.unref()
        resolve(true)
      })
    } catch {
      resolve(false)
    }
  })
}

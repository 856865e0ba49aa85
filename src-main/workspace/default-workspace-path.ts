import { homedir } from 'node:os'
import { join } from 'node:path'

/** The product folder name under the OS's per-user application data (Electron's userData). */
export const appFolderName = 'Dajuan'

/** The per-user data folder Electron's app.getPath('userData') gives, computed without Electron. */
export function defaultUserDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appFolderName)
  }
  if (platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', appFolderName)
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appFolderName)
}

/** The workspace database inside a user-data folder. */
export function workspaceFileIn(userDataFolder: string): string {
  return join(userDataFolder, 'workspace.sqlite')
}

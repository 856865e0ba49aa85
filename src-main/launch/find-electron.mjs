import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The installed Electron binary, or undefined. Reads electron's path.txt itself because
 * require('electron') tries to download a missing binary, which hangs on machines without internet.
 */
export function findElectron(root) {
  const packageFolder = join(root, 'node_modules', 'electron')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
    return existsSync(candidate) ? candidate : undefined
  }
  const pathFile = join(packageFolder, 'path.txt')
  if (!existsSync(pathFile)) {
    return undefined
  }
  const binary = join(packageFolder, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

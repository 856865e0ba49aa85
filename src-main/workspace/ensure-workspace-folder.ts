import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../shared/errors/app-error'

/** Creates the folder a workspace file goes in, or fails in Chinese when that is not possible. */
export function ensureWorkspaceFolder(file: string): void {
  if (file === ':memory:') {
    return
  }
  const folder = dirname(file)
  try {
    mkdirSync(folder, { recursive: true })
  } catch {
    throw new AppError('workspace_folder_read_only', { folder })
  }
}

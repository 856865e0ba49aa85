import { checkEmptyWorkspace } from './check-empty-workspace'
import { defaultUserDataFolder, workspaceFileIn } from './default-workspace-path'
import { ensureWorkspaceFolder } from './ensure-workspace-folder'
import { seedSampleOnFirstLaunch } from './seed-sample'
import type { Workspace } from './workspace'
import { openWorkspace } from './workspace'

/** The workspace file to use: --db, else the per-user default the Electron app uses. */
export function resolveWorkspaceFile(dbOption: string | undefined): string {
  return dbOption ?? workspaceFileIn(defaultUserDataFolder())
}

/**
 * Opens the workspace an app launch works on, creating its folder and, for the app (not the CLI),
 * seeding the sample on first launch.
 */
export function startWorkspace(file: string, options: { seedSample?: boolean } = {}): Workspace {
  ensureWorkspaceFolder(file)
  checkEmptyWorkspace(file)
  const workspace = openWorkspace(file)
  if (options.seedSample ?? true) {
    seedSampleOnFirstLaunch(workspace)
  }
  return workspace
}

import type { Handlers } from '../contract/channels'
import type { Workspace } from './workspace'
import type { WorkspaceControl } from './workspace-control'

/** The channels about the workspace as a whole: which file, its status, its backups and restore. */
export function workspaceHandlers(workspace: Workspace, control: WorkspaceControl) {
  return {
    'app.info': (_input, context) => ({ workspace: workspace.file, mode: context.mode }),
    'workspace.status': () => control.status(),
    'backups.list': () => control.listBackups(),
    'backups.create': () => control.createBackup(),
    'backups.restore': ({ file }) => control.restoreBackup(file),
  } satisfies Partial<Handlers>
}

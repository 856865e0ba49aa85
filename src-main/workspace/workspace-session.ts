import type { CallContext, Handlers } from '../contract/channels'
import { channels } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'
import { checkEmptyWorkspace } from './check-empty-workspace'
import { ensureWorkspaceFolder } from './ensure-workspace-folder'
import { seedSampleOnFirstLaunch } from './seed-sample'
import type { Workspace } from './workspace'
import { openWorkspace } from './workspace'
import { backupsFolderFor } from '../backup/backup-location'
import type { BackupScheduler } from '../backup/backup-scheduler'
import { createBackupScheduler } from '../backup/backup-scheduler'
import { findBackupFile } from '../backup/find-backup-file'
import { isDatabaseWritable } from './is-database-writable'
import { listBackups } from '../backup/list-backups'
import { moveDatabaseAside } from '../backup/move-database-aside'
import { replaceWorkspaceFile } from '../backup/replace-workspace-file'
import { verifyDatabaseFile } from '../backup/verify-database-file'
import type { WorkspaceControl, WorkspaceStatus } from './workspace-control'

export interface WorkspaceSessionOptions {
  /** Import the bundled sample into a new workspace (the app does; tests may not). */
  seedSample?: boolean
  /** Take a backup right after opening (default true). */
  backupOnStart?: boolean
  backupDelayMs?: number
  now?: () => Date
}

/** Builds the channel table over an open workspace; the shells pass `createHandlers`. */
export type HandlerFactory = (workspace: Workspace, control: WorkspaceControl) => Handlers

/** The app's hold on its workspace: the handler table to serve, which survives a restore. */
export interface WorkspaceSession {
  readonly handlers: Handlers
  readonly workspace: Workspace
  readonly status: WorkspaceStatus
  /** Resolves when the backup taken at start is written (or has failed and been logged). */
  readonly startupBackup: Promise<void>
  close: () => Promise<void>
}

type Recovery = NonNullable<WorkspaceStatus['recovered']>

/** Refusals of a workspace file that the app answers by moving it aside and offering the backups. */
const recoverableProblems: Record<string, (error: AppError) => string> = {
  database_corrupt: (error) => String(error.params.problem ?? error.message),
  workspace_empty: () => '工作区文件是空的（0 字节），而已有备份',
}

/** Opens the workspace; a damaged file is moved aside (never deleted) and a new one is opened in its place. */
function openOrRecover(
  file: string,
  now: Date,
): { workspace: Workspace; recovered: Recovery | undefined } {
  if (file === ':memory:') {
    return { workspace: openWorkspace(file), recovered: undefined }
  }
  ensureWorkspaceFolder(file)
  let problem: string
  try {
    checkEmptyWorkspace(file)
    return { workspace: openWorkspace(file), recovered: undefined }
  } catch (error) {
    const describe = error instanceof AppError ? recoverableProblems[error.code] : undefined
    if (!describe) {
      throw error
    }
    problem = describe(error as AppError)
  }
  const movedTo = moveDatabaseAside(file, 'corrupt', now) ?? file
  return { workspace: openWorkspace(file), recovered: { movedTo, problem, at: now.toISOString() } }
}

/**
 * Opens the workspace an app launch works on and keeps it backed up: at start, and a few minutes
 * after editing begins. A damaged workspace is moved aside and reported in `workspace.status`
 * (automatic backups then wait, so the damaged state cannot rotate good backups away).
 * `backups.restore` closes the workspace, puts a copy of the backup in its place and reopens it;
 * the handler table stays the same object, so the server or IPC never needs re-registering.
 */
export function openWorkspaceSession(
  file: string,
  createHandlers: HandlerFactory,
  options: WorkspaceSessionOptions = {},
): WorkspaceSession {
  const now = options.now ?? (() => new Date())
  const opened = openOrRecover(file, now())
  let workspace = opened.workspace
  let recovered = opened.recovered
  let readOnly = file !== ':memory:' && !isDatabaseWritable(workspace.db)
  let busy = false

  const startScheduler = (): BackupScheduler => {
    const created = createBackupScheduler({
      db: workspace.db,
      workspaceFile: file,
      delayMs: options.backupDelayMs,
      now,
    })
    if (file !== ':memory:' && !recovered && !readOnly) {
      created.start()
    }
    return created
  }
  let scheduler = startScheduler()

  const control: WorkspaceControl = {
    status: () => ({
      workspace: file,
      backupsFolder: file === ':memory:' ? null : backupsFolderFor(file),
      readOnly,
      recovered: recovered ?? null,
    }),
    listBackups: () => (file === ':memory:' ? [] : listBackups(file)),
    createBackup: () => {
      if (readOnly) {
        return Promise.reject(new AppError('workspace_read_only', { file }))
      }
      return scheduler.backupNow()
    },
    restoreBackup: async (name) => {
      if (readOnly) {
        throw new AppError('workspace_read_only', { file })
      }
      if (busy || file === ':memory:') {
        throw new AppError(busy ? 'restore_busy' : 'backups_unavailable')
      }
      const backupFile = findBackupFile(file, name)
      verifyDatabaseFile(backupFile)
      busy = true
      try {
        await scheduler.stop()
        workspace.close()
        let movedTo: string | undefined
        try {
          movedTo = await replaceWorkspaceFile(file, backupFile, now())
          recovered = undefined
        } finally {
          workspace = openWorkspace(file)
          readOnly = !isDatabaseWritable(workspace.db)
          table = createHandlers(workspace, control)
          scheduler = startScheduler()
        }
        return { restoredFrom: name, movedTo: movedTo ?? null }
      } finally {
        busy = false
      }
    },
  }

  let table: Handlers = createHandlers(workspace, control)
  if ((options.seedSample ?? true) && !recovered && !readOnly) {
    seedSampleOnFirstLaunch(workspace)
  }
  const startupBackup =
    file !== ':memory:' && !recovered && !readOnly && (options.backupOnStart ?? true)
      ? scheduler.backupNow().then(
          () => undefined,
          (error: unknown) => console.error('[dajuan] 启动时备份失败：', error),
        )
      : Promise.resolve()

  const handlers = Object.fromEntries(
    Object.keys(channels).map((name) => [
      name,
      (input: unknown, context: CallContext) => {
        if (busy && name !== 'workspace.status') {
          throw new AppError('restore_busy')
        }
        return (table as Record<string, (input: unknown, context: CallContext) => unknown>)[name](
          input,
          context,
        )
      },
    ]),
  ) as unknown as Handlers

  return {
    handlers,
    get workspace() {
      return workspace
    },
    get status() {
      return control.status()
    },
    startupBackup,
    close: async () => {
      await scheduler.stop()
      workspace.close()
    },
  }
}

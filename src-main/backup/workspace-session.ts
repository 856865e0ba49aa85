import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { CallContext, Handlers } from '../contract/channels'
import { channels } from '../contract/channels'
import { AppError } from '../errors/app-error'
import { createHandlers } from '../handlers/create-handlers'
import { seedSampleOnFirstLaunch } from '../workspace/seed-sample'
import type { Workspace } from '../workspace/workspace'
import { openWorkspace } from '../workspace/workspace'
import { backupsFolderFor } from './backup-location'
import type { BackupScheduler } from './backup-scheduler'
import { createBackupScheduler } from './backup-scheduler'
import { findBackupFile } from './find-backup-file'
import { isDatabaseWritable } from './is-database-writable'
import { listBackups } from './list-backups'
import { moveDatabaseAside } from './move-database-aside'
import { replaceWorkspaceFile } from './replace-workspace-file'
import { verifyDatabaseFile } from './verify-database-file'
import type { WorkspaceControl, WorkspaceStatus } from './workspace-control'

export interface WorkspaceSessionOptions {
  /** Import the bundled sample into a new workspace (the app does; tests may not). */
  seedSample?: boolean
  /** Take a backup right after opening (default true). */
  backupOnStart?: boolean
  backupDelayMs?: number
  now?: () => Date
}

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

function emptyWorkspaceProblem(file: string): string | undefined {
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size
  if (size(file) !== 0 || (size(`${file}-wal`) ?? 0) > 0 || listBackups(file).length === 0) {
    return undefined
  }
  return '工作区文件是空的（0 字节），而已有备份'
}

/** Opens the workspace; a damaged file is moved aside (never deleted) and a new one is opened in its place. */
function openOrRecover(
  file: string,
  now: Date,
): { workspace: Workspace; recovered: Recovery | undefined } {
  if (file === ':memory:') {
    return { workspace: openWorkspace(file), recovered: undefined }
  }
  mkdirSync(dirname(file), { recursive: true })
  let problem = emptyWorkspaceProblem(file)
  if (problem === undefined) {
    try {
      return { workspace: openWorkspace(file), recovered: undefined }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'database_corrupt')) {
        throw error
      }
      problem = String(error.params.problem ?? error.message)
    }
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
    if (file !== ':memory:' && !recovered) {
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
    createBackup: () => scheduler.backupNow(),
    restoreBackup: async (name) => {
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
    file !== ':memory:' && !recovered && (options.backupOnStart ?? true)
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

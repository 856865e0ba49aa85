import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import type { CallMode } from '../contract/channels'
import { AppError } from '../shared/errors/app-error'

/** Who holds a workspace: written into its lock file, so a second instance can say where the first is. */
export interface LockHolder {
  pid: number
  /** The app's own modes: the CLI never holds the lock. */
  mode: Exclude<CallMode, 'cli'>
  /** The address browser mode serves the app at, once it listens. */
  url?: string
  startedAt: string
}

export interface WorkspaceLock {
  /** Records where this instance can be reached (browser mode's address). */
  update: (change: Pick<LockHolder, 'url'>) => void
  release: () => void
}

/** How long an unreadable lock file counts as one an instance is still writing. */
const startingMs = 5000

/** Where a place cannot be written at all; a workspace there opens read-only and needs no lock. */
const readOnlyPlaceCodes = new Set(['EROFS', 'EACCES', 'EPERM'])

/** The lock file of a workspace: `<workspace>.lock` beside it. */
export function workspaceLockFile(workspaceFile: string): string {
  return `${workspaceFile}.lock`
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(lockFile: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>
    return Number.isInteger(holder.pid) && (holder.pid ?? 0) > 0
      ? (holder as LockHolder)
      : undefined
  } catch {
    return undefined
  }
}

function lockedError(workspaceFile: string, holder: LockHolder | undefined): AppError {
  const where =
    holder?.url ?? (holder?.mode === 'electron' ? '答卷桌面程序' : '浏览器模式（正在启动）')
  return new AppError('workspace_locked', {
    file: workspaceFile,
    where,
    pid: holder?.pid ?? '未知',
  })
}

/**
 * Takes the single-instance lock of one workspace, for the Electron app and browser mode alike: a
 * lock file created exclusively beside it, naming the holder's process and address. A second
 * instance gets `workspace_locked`, saying where the first one is; a lock left by a process that
 * no longer runs is taken over. Team servers (mode 'team') share one lock among themselves. Where nothing can be written (a read-only folder or disk) there
 * is no lock, and none is needed: the workspace opens read-only.
 */
export function takeWorkspaceLock(workspaceFile: string, mode: LockHolder['mode']): WorkspaceLock {
  const lockFile = workspaceLockFile(workspaceFile)
  const holder: LockHolder = { pid: process.pid, mode, startedAt: new Date().toISOString() }
  const write = (flag: 'wx' | 'w') =>
    writeFileSync(lockFile, `${JSON.stringify(holder)}\n`, { flag, mode: 0o600 })
  const ours = () => readHolder(lockFile)?.pid === process.pid
  const lock: WorkspaceLock = {
    update: (change) => {
      Object.assign(holder, change)
      if (ours()) {
        write('w')
      }
    },
    release: () => {
      if (ours()) {
        unlinkSync(lockFile)
      }
    },
  }
  for (let attempt = 0; ; attempt++) {
    try {
      write('wx')
      return lock
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (readOnlyPlaceCodes.has(code)) {
        return { update: () => undefined, release: () => undefined }
      }
      if (code !== 'EEXIST') {
        throw error
      }
    }
    const current = readHolder(lockFile)
    // A lock still being written by an instance starting at this moment reads as nothing yet.
    const starting =
      !current &&
      Date.now() - (statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? 0) < startingMs
    // Team servers share a workspace (several instances behind Redis); nothing else shares one.
    if (mode === 'team' && current?.mode === 'team' && isRunning(current.pid)) {
      return { update: () => undefined, release: () => undefined }
    }
    if (attempt > 0 || starting || (current && isRunning(current.pid))) {
      throw lockedError(workspaceFile, current)
    }
    rmSync(lockFile, { force: true })
  }
}

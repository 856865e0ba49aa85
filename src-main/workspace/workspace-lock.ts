import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
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
  /** Which team server of several on the workspace this is (team servers share a workspace). */
  member?: string
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
  const starting: Record<LockHolder['mode'], string> = {
    electron: '答卷桌面程序',
    browser: '浏览器模式（正在启动）',
    team: '团队服务器（正在启动）',
  }
  const where = holder?.url ?? starting[holder?.mode ?? 'browser']
  return new AppError('workspace_locked', {
    file: workspaceFile,
    where,
    pid: holder?.pid ?? '未知',
  })
}

/** The files naming each team server that shares a workspace: `<lock>.team-<member>`. */
function teamMemberFiles(lockFile: string): string[] {
  const prefix = `${basename(lockFile)}.team-`
  try {
    return readdirSync(dirname(lockFile))
      .filter((name) => name.startsWith(prefix))
      .map((name) => join(dirname(lockFile), name))
  } catch {
    return []
  }
}

/** A running team server sharing the workspace, other than `except`; ended ones' files go. */
function otherLiveTeamMember(lockFile: string, except: string): LockHolder | undefined {
  for (const memberFile of teamMemberFiles(lockFile)) {
    const member = readHolder(memberFile)
    if (member?.member === except) {
      continue
    }
    if (member && isRunning(member.pid)) {
      return member
    }
    rmSync(memberFile, { force: true })
  }
  return undefined
}

/**
 * A team server's share of a workspace: several team servers (with Redis) work on one workspace
 * file together, while the desktop app and browser mode stay refused. Each writes its own
 * member file; the lock file names one of them and is handed on when that one stops.
 */
function joinTeam(lockFile: string, holder: LockHolder): WorkspaceLock {
  const memberFile = `${lockFile}.team-${holder.member}`
  const writeMember = () =>
    writeFileSync(memberFile, `${JSON.stringify(holder)}\n`, { flag: 'w', mode: 0o600 })
  writeMember()
  const named = () => readHolder(lockFile)?.member === holder.member
  return {
    update: (change) => {
      Object.assign(holder, change)
      writeMember()
      if (named()) {
        writeFileSync(lockFile, `${JSON.stringify(holder)}\n`, { flag: 'w', mode: 0o600 })
      }
    },
    release: () => {
      rmSync(memberFile, { force: true })
      if (!named()) {
        return
      }
      const next = otherLiveTeamMember(lockFile, holder.member ?? '')
      if (next) {
        writeFileSync(lockFile, `${JSON.stringify(next)}\n`, { flag: 'w', mode: 0o600 })
      } else {
        rmSync(lockFile, { force: true })
      }
    },
  }
}

/**
 * Takes the single-instance lock of one workspace, for the Electron app and browser mode alike: a
 * lock file created exclusively beside it, naming the holder's process and address. A second
 * instance gets `workspace_locked`, saying where the first one is; a lock left by a process that
 * no longer runs is taken over. Team servers share the workspace with each other (see joinTeam)
 * and with nothing else. Where nothing can be written (a read-only folder or disk) there is no
 * lock, and none is needed: the workspace opens read-only.
 */
export function takeWorkspaceLock(workspaceFile: string, mode: LockHolder['mode']): WorkspaceLock {
  const lockFile = workspaceLockFile(workspaceFile)
  const holder: LockHolder = { pid: process.pid, mode, startedAt: new Date().toISOString() }
  if (mode === 'team') {
    holder.member = `${process.pid}-${randomBytes(6).toString('hex')}`
  }
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
      return mode === 'team' ? joinTeam(lockFile, holder) : lock
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (readOnlyPlaceCodes.has(code)) {
        return { update: () => undefined, release: () => undefined }
      }
      if (code !== 'EEXIST') {
        throw error
      }
    }
    let current = readHolder(lockFile)
    if (current?.mode === 'team' && !isRunning(current.pid)) {
      // The named team server ended; another one sharing the workspace may still run.
      const next = otherLiveTeamMember(lockFile, current.member ?? '')
      if (next) {
        writeFileSync(lockFile, `${JSON.stringify(next)}\n`, { flag: 'w', mode: 0o600 })
        current = next
      }
    }
    if (mode === 'team' && current?.mode === 'team' && isRunning(current.pid)) {
      return joinTeam(lockFile, holder)
    }
    // A lock still being written by an instance starting at this moment reads as nothing yet.
    const starting =
      !current &&
      Date.now() - (statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs ?? 0) < startingMs
    if (attempt > 0 || starting || (current && isRunning(current.pid))) {
      throw lockedError(workspaceFile, current)
    }
    rmSync(lockFile, { force: true })
  }
}

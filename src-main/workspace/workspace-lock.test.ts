import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppError } from '../shared/errors/app-error'
import { useTempFolder } from '../test-support/temp-folder'
import { takeWorkspaceLock, workspaceLockFile } from './workspace-lock'

const tempFolder = useTempFolder()
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

function lockedError(file: string): AppError {
  try {
    takeWorkspaceLock(file, 'browser').release()
  } catch (error) {
    return error as AppError
  }
  throw new Error('took a lock another instance holds')
}

describe('takeWorkspaceLock', () => {
  it('holds a workspace until released, and tells a second instance where the first one is', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const lock = takeWorkspaceLock(file, 'browser')
    const lockFile = workspaceLockFile(file)
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({
      pid: process.pid,
      mode: 'browser',
    })
    expect(statSync(lockFile).mode & 0o777).toBe(0o600)
    lock.update({ url: 'http://127.0.0.1:4567/#token=abc' })

    const error = lockedError(file)
    expect(error.code).toBe('workspace_locked')
    expect(error.message).toContain('http://127.0.0.1:4567/#token=abc')
    expect(error.message).toContain(`进程 ${process.pid}`)

    lock.release()
    expect(existsSync(lockFile)).toBe(false)
    takeWorkspaceLock(file, 'browser').release()
  })

  it('refuses while another running process holds it, and takes over from one that has ended', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' })
    stops.push(() => sleeper.kill())
    const holder = { pid: sleeper.pid, mode: 'electron', startedAt: new Date().toISOString() }
    writeFileSync(workspaceLockFile(file), JSON.stringify(holder))
    expect(lockedError(file).message).toContain('答卷桌面程序')

    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    writeFileSync(workspaceLockFile(file), JSON.stringify({ ...holder, pid: Number(ended.stdout) }))
    const lock = takeWorkspaceLock(file, 'browser')
    expect(JSON.parse(readFileSync(workspaceLockFile(file), 'utf8')).pid).toBe(process.pid)
    lock.release()
  })

  it('waits out a lock file still being written, and takes over an old unreadable one', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    writeFileSync(workspaceLockFile(file), '')
    expect(lockedError(file).code).toBe('workspace_locked')
    const old = new Date(Date.now() - 60_000)
    utimesSync(workspaceLockFile(file), old, old)
    takeWorkspaceLock(file, 'browser').release()
  })

  it('lets team servers share a workspace, and keeps the desktop app and browser mode out', () => {
    const file = join(tempFolder(), 'workspace.sqlite')
    const first = takeWorkspaceLock(file, 'team')
    first.update({ url: 'http://10.0.0.2:8080/' })
    const second = takeWorkspaceLock(file, 'team')
    expect(lockedError(file).message).toContain('http://10.0.0.2:8080/')
    first.release()
    const lockFile = workspaceLockFile(file)
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ mode: 'team' })
    expect(lockedError(file).code).toBe('workspace_locked')
    second.release()
    expect(existsSync(lockFile)).toBe(false)
    const browser = takeWorkspaceLock(file, 'browser')
    expect(() => takeWorkspaceLock(file, 'team')).toThrow(
      expect.objectContaining({ code: 'workspace_locked' }),
    )
    browser.release()
    takeWorkspaceLock(file, 'team').release()
    expect(existsSync(lockFile)).toBe(false)
  })
})

import { createHash } from 'node:crypto'
import { closeSync, copyFileSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openSampleWorkspace } from '../durability/sample-workspace'
import { AppError } from '../shared/errors/app-error'
import { useTempFolder } from '../test-support/temp-folder'
import { openDatabase } from './open-database'

const tempFolder = useTempFolder()

/** The database and its -wal; the -shm is SQLite's index of the -wal, rebuilt by every reader. */
function fingerprint(file: string): string[] {
  return ['', '-wal'].map((suffix) => {
    try {
      return createHash('sha256')
        .update(readFileSync(file + suffix))
        .digest('hex')
    } catch {
      return 'absent'
    }
  })
}

function patch(file: string, offset: number, bytes: number[]): void {
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.from(bytes), 0, bytes.length, offset)
  closeSync(fd)
}

/** The sample workspace as a crash leaves it: one save only in the -wal, the -shm beside it. */
function crashedWorkspace(): string {
  const folder = tempFolder()
  const live = join(folder, 'live.sqlite')
  const { workspace } = openSampleWorkspace(live)
  workspace.db.pragma('wal_checkpoint(TRUNCATE)')
  workspace.settings.set('reviewer', '只在 -wal 里')
  const crashed = join(folder, 'workspace.sqlite')
  for (const suffix of ['', '-wal', '-shm']) {
    copyFileSync(live + suffix, crashed + suffix)
  }
  workspace.close()
  return crashed
}

function openError(file: string): AppError {
  try {
    openDatabase(file).close()
  } catch (error) {
    return error as AppError
  }
  throw new Error('opened a damaged workspace')
}

describe('openDatabase on a damaged file', () => {
  it.each<[string, (file: string) => void]>([
    ['header overwritten', (file) => patch(file, 0, [...Buffer.from('not a database!!')])],
    ['b-tree page header damaged', (file) => patch(file, 4096, [0x00, 0xff, 0xff, 0xff])],
    ['file truncated', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 3))],
  ])(
    'refuses a workspace with its %s and leaves it and its -wal byte for byte as found',
    (_name, damage) => {
      const file = crashedWorkspace()
      damage(file)
      const before = fingerprint(file)
      expect(before[1]).not.toBe('absent')

      const error = openError(file)
      expect(error).toBeInstanceOf(AppError)
      expect(error.code).toBe('database_corrupt')
      expect(error.message).toMatch(/^工作区文件已损坏/)
      expect(fingerprint(file)).toEqual(before)
    },
  )

  it('opens a crashed but whole workspace and keeps the save that was only in the -wal', () => {
    const db = openDatabase(crashedWorkspace())
    expect(db.prepare("SELECT value FROM settings WHERE key = 'reviewer'").get()).toEqual({
      value: '只在 -wal 里',
    })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})
